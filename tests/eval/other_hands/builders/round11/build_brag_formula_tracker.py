"""Build the independent case `brag_formula_tracker`.

A force tracker whose BRAG column is an Excel formula over "% complete" and "Target date"
(with cached values stored), some BRAG cells typed over by hand, some blank but shaded,
and a "Closed items" sheet; an HMICFRS definitive list in xlsx.

Run: /work/main/.venv/bin/python /tmp/indep11/brag/build.py
"""
from __future__ import annotations

import csv
import random
import re
import sys
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    ABBREVIATIONS, BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, EVERYONE_PLAN, LOCAL_ACTIONS,
    NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)

random.seed(20240314)
OUT = Path("/tmp/indep11/brag/brag_formula_tracker")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGHBOUR = "Nottinghamshire Police"
TODAY = date(2024, 3, 14)          # the day the tracker was last saved: cached TODAY()
LIST_DATE = date(2024, 3, 1)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- reports
# key -> (HMICFRS title, publication date, tracker short name, tracker heading)
REPORTS = {
    "integrity": (NATIONAL["integrity"][0], date(*NATIONAL["integrity"][1]), "Integrity matters",
                  "Integrity Matters 2015 (national)"),
    "everyone": (NATIONAL["everyone"][0], date(*NATIONAL["everyone"][1]),
                 "Everyone's Business (DA) 2014", "Domestic abuse - Everyone's business (March 2014)"),
    "austerity": (NATIONAL["austerity"][0], date(*NATIONAL["austerity"][1]),
                  "Policing in Austerity 2014", "Policing in Austerity – Meeting the Challenge"),
    "core": (NATIONAL["core"][0], date(*NATIONAL["core"][1]), "Core Business 2014",
             "Core Business 2014"),
    "sas13": (NATIONAL["sas13"][0], date(*NATIONAL["sas13"][1]), "Stop and Search 2013",
              "Stop & Search powers (HMIC 2013)"),
    "sas15": (NATIONAL["sas15"][0], date(*NATIONAL["sas15"][1]), "Stop and Search 2 (2015)",
              "Stop & search powers 2"),
    "picture": (NATIONAL["picture"][0], date(*NATIONAL["picture"][1]), "Building the Picture 2015",
                "Information management (Building the Picture)"),
    "firearms": (NATIONAL["firearms"][0], date(*NATIONAL["firearms"][1]),
                 "Firearms licensing 2015", "Targeting the Risk (Firearms Licensing) 2015"),
    "efc16": ("PEEL: Police efficiency 2016", date(2016, 11, 3), "PEEL Efficiency 16",
              "PEEL Efficiency 2016"),
    "leg16": ("PEEL: Police legitimacy 2016", date(2016, 12, 8), "PEEL Legit 16",
              "PEEL Legitimacy 2016"),
    "eff16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2), "PEEL Effectiveness 2016",
              "PEEL Effectiveness 2016 – published 2 March 2017 (2 causes of concern)"),
    "cdi17": ("Crime data integrity inspection 2017", date(2017, 9, 21), "CDI 2017",
              "Crime Data Integrity 2017"),
    "stolen": (NATIONAL["stolen"][0], date(*NATIONAL["stolen"][1]), "Stolen Freedom (MSHT) 2017",
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17": (NATIONAL["efc17"][0], date(*NATIONAL["efc17"][1]), "PEEL Efficiency 17 (all forces)",
              "PEEL Efficiency 2017 - national"),
    "leg17": (NATIONAL["leg17"][0], date(*NATIONAL["leg17"][1]), "PEEL Legit 17 S&S",
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 14), "NCPI 2018",
               "National Child Protection 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 date(2019, 5, 2), "PEEL 2018/19",
                 "PEEL 2018/2019 – published May 2019. This report makes 1 cause of concern "
                 "and 9 recommendations."),
    "cdi19": ("Crime data integrity inspection 2019", date(2019, 9, 26), "CDI 2019",
              "CDI inspection 2019"),
    "powers": (NATIONAL["powers"][0], date(*NATIONAL["powers"][1]),
               "Police powers spotlight (Feb 21)", "Disproportionate use of police powers 2021"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 5, 12),
                 "PEEL 2021/22", "PEEL Assessment 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 date(2023, 10, 20), "PEEL 2023/24", "PEEL Assessment 2023/24"),
}
REF_BASE = {"integrity": 902, "everyone": 2321, "austerity": 3360, "core": 4822, "sas15": 5105,
            "picture": 5630, "firearms": 6010, "efc16": 6870, "leg16": 6905, "eff16": 6950,
            "cdi17": 7480, "stolen": 8110, "efc17": 8390, "leg17": 8538, "ncpi18": 8960,
            "peel1819": 9410, "cdi19": 9905, "powers": 10840, "peel2122": 11620,
            "peel2324": 12870}


def nat(key, i):
    return NATIONAL[key][2][i][1]


def topic(i, t):
    return TOPIC_BODIES[i].format(t=t)


MISSING_KIDS = ("review its approach to reports of missing children and take steps to ensure "
                "that:\n• call takers understand and use the missing and absent category "
                "appropriately;\n• call takers and frontline staff have the necessary knowledge "
                "to identify risk factors associated with child sexual exploitation and how to "
                "respond to such cases; and\n• supervisors provide the correct oversight of "
                "missing person enquiries and direct appropriate and timely investigative and "
                "safeguarding action")
DETENTION = ("in conjunction with children’s social care services, review how it manages the "
             "detention of children. As a minimum it should:• ensure that all children are only "
             "detained when absolutely necessary and for the absolute minimum amount of time;• "
             "ensure that officers and staff in the custody suite assess at an early stage a "
             "child’s need for alternative accommodation (secure or otherwise) and work with "
             "children’s social care services to achieve the most appropriate option for the "
             "child;• ensure that custody staff make a record of all actions taken and decisions "
             "made on the relevant documentation; and• improve the timeliness of adequate "
             "appropriate adult support for children who are arrested")

# ---------------------------------------------------------------- HMICFRS items
# (key, report, type, text, HMICFRS status)
ITEMS = [
    # PEEL effectiveness 2016
    ("e1", "eff16", COC, CAUSES[0], "Being progressed"),
    ("e2", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment "
     "in appropriate cases.", "Complete"),
    ("e3", "eff16", REC, "Immediately, the force should cease the practice of conducting domestic "
     "abuse risk assessments over the telephone and dealing with domestic abuse in the "
     "resolution centre.", "Complete"),
    ("e4", "eff16", REC, "Within three months, the force should take steps to understand and "
     "address the reason behind why such a high proportion of victims of domestic abuse do not "
     "support the police investigation.", "Being progressed"),
    ("e5", "eff16", COC, CAUSES[1], "Superseded"),
    ("e6", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately " + MISSING_KIDS + ".", "Superseded"),
    # PEEL efficiency 2016
    ("f1", "efc16", AFI, "The force should undertake further work to gain a fuller understanding "
     "of current demand for its services, and likely future changes in demand. This is so it can "
     "make best use of its resources by matching them to demand to meet the needs of the "
     "public.", "Complete"),
    ("f2", "efc16", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", "Being progressed"),
    ("f3", "efc16", AFI, "The force should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.", "Being progressed"),
    # PEEL legitimacy 2016
    ("g1", "leg16", AFI, f"{FORCE} should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed"),
    ("g2", "leg16", AFI, "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination.", "Being progressed"),
    ("g3", "leg16", AFI, "The force should revise its approach to cautions, cannabis warning and "
     "penalty notices for disorder to ensure that there is a clear and auditable explanation to "
     "the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.", "Complete"),
    # CDI 2017
    ("c1", "cdi17", REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed"),
    ("c2", "cdi17", REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", "Awaiting review"),
    # NCPI 2018
    ("n1", "ncpi18", REC, f"Within six months {FORCE} should, " + DETENTION + ".",
     "Being progressed"),
    ("n2", "ncpi18", REC, "Within six months the force should " +
     topic(4, "child sexual exploitation") + ".", "Being progressed"),
    # PEEL 2018/19
    ("p0", "peel1819", COC, CAUSES[2], "Being progressed"),
    ("p1", "peel1819", REC, "HMIC recommends that the force should immediately: conduct a review "
     "of officers’ capabilities and capacity to manage their investigative workload, to better "
     "understand investigative demand and the pressures placed upon them; and",
     "Being progressed"),
    ("p2", "peel1819", REC, "HMIC recommends that the force should immediately: conduct a review, "
     "involving its partners, of the approach to vulnerability to better safeguard vulnerable "
     "people.", "Being progressed"),
    ("p3", "peel1819", REC, "HMIC recommends that the force should immediately: expand the skills "
     "project work to include an assessment of all skills, not only operational, including "
     "potential future skills requirements. This assessment should inform workforce plans;",
     "Being progressed"),
    ("p4", "peel1819", REC, "HMIC recommends that the force should immediately:clearly define its "
     "new operating model, ensuring all operational and support services are affordable and fit "
     f"to protect the communities of {AREA};", "Complete"),
    ("p5", "peel1819", REC, "HMIC recommends that the force should immediately:agree arrangements "
     f"with {NEIGHBOUR} to secure a smooth transition to its future operating model, ensuring no "
     "disruption to public services; and", "Superseded"),
    ("p6", "peel1819", REC, "HMIC recommends that the force should immediately:improve its "
     "arrangements both to consult with the public about business planning and to feed back on "
     "changes made to service delivery as a result of such consultation.", "Being progressed"),
    ("p7", "peel1819", REC, "HMIC recommends that within six months the force should: ensure "
     "regular and active supervision of the quality and progress of investigations. This "
     "supervision should be properly recorded;", "Being progressed"),
    ("p8", "peel1819", REC, "HMIC recommends that within six months the force should: improve its "
     "ability to retrieve digital evidence from mobile phones, computers and other electronic "
     "devices quickly enough to ensure investigations are not delayed; and", "Being progressed"),
    ("p9", "peel1819", REC, "HMIC recommends that within six months the force should: improve its "
     "understanding of suspects released under investigation and the management of those "
     "released on bail.", "Being progressed"),
    # CDI 2019
    ("d1", "cdi19", REC, "Within six months the force should " +
     topic(5, "rape and serious sexual offences") + ".", "Complete"),
    ("d2", "cdi19", REC, "Within six months the force should improve its use of its "
     "crime-recording and management system to better manage its case files and investigative "
     "processes.", "Being progressed"),
    # PEEL 2021/22
    ("q1", "peel2122", AFI, "The force should " + topic(0, "violence against women and girls") + ".",
     "Being progressed"),
    ("q2", "peel2122", AFI, "The force should " + topic(1, "stalking and harassment") + ".",
     "Being progressed"),
    ("q3", "peel2122", AFI, "The force should " + topic(2, "county lines drug dealing") + ".",
     "Being progressed"),
    ("q4", "peel2122", AFI, "The force should " + topic(12, "fraud") + ".", "Being progressed"),
    ("q5", "peel2122", AFI, "The force should " + topic(11, "domestic abuse") + ".",
     "Being progressed"),
    ("q6", "peel2122", AFI, "The force should " + topic(10, "hate crime") + ".", "Complete"),
    ("q7", "peel2122", AFI, CONTROL_ROOM, "Being progressed"),
    ("q8", "peel2122", AFI, "The force should " + topic(14, "online child sexual abuse") + ".",
     "Being progressed"),
    ("q9", "peel2122", AFI, "The force should " + topic(7, "serious and organised crime") + ".",
     "Being progressed"),
    ("qa", "peel2122", AFI, "The force should " + topic(8, "stalking and harassment") + ".",
     "Being progressed"),
    ("qb", "peel2122", AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "Complete"),
    # PEEL 2023/24
    ("r1", "peel2324", AFI, "The force should " + topic(4, "honour-based abuse") + ".",
     "Awaiting review"),
    ("r2", "peel2324", AFI, "The force should " + topic(5, "anti-social behaviour") + ".",
     "Awaiting review"),
    ("r3", "peel2324", AFI, "The force should " + topic(13, "neighbourhood crime") + ".",
     "Awaiting review"),
    ("r4", "peel2324", AFI, "The force should " + topic(6, "serious and organised crime") + ".",
     "Awaiting review"),
    ("r5", "peel2324", AFI, "The force should " + topic(9, "county lines drug dealing") + ".",
     "Awaiting review"),
    ("r6", "peel2324", AFI, "The force should " + topic(3, "rape and serious sexual offences") + ".",
     "Awaiting review"),
    ("r7", "peel2324", AFI, "The force should " + topic(15, "knife crime") + ".", "Awaiting review"),
    ("r8", "peel2324", AFI, "The force should make sure it has access to accurate data and "
     "analysis to support effective performance management.", "Awaiting review"),
    ("r9", "peel2324", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", "Awaiting review"),
    ("ra", "peel2324", AFI, "The force should specify in succession plans how it intends to "
     "improve diversity across all levels of the force. This should include offering increased "
     "direct-entry opportunities.", "Awaiting review"),
    ("rb", "peel2324", AFI, "The force should review the support available for those who have "
     "raised concerns and take any action needed to make sure these provisions are suitable.",
     "Awaiting review"),
    # national
    ("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete"),
    ("core1", "core", NAT, nat("core", 0), "Complete"),
    ("core2", "core", NAT, nat("core", 1), "Being progressed"),
    ("integ", "integrity", NAT, nat("integrity", 0), "Complete"),
    ("sas15", "sas15", NAT, nat("sas15", 0), "Superseded"),
    ("pict", "picture", NAT, nat("picture", 0), "Being progressed"),
    ("fa1", "firearms", NAT, nat("firearms", 0), "Complete"),
    ("fa2", "firearms", NAT, nat("firearms", 1), "Being progressed"),
    ("fa3", "firearms", NAT, nat("firearms", 2), "Complete"),
    ("fa4", "firearms", NAT, nat("firearms", 3), "Being progressed"),
    ("fa5", "firearms", NAT, nat("firearms", 4), "Being progressed"),
    ("aus4", "austerity", NAT, nat("austerity", 3), "Superseded"),
    ("sf1", "stolen", NAT, nat("stolen", 0), "Being progressed"),
    ("sf2", "stolen", NAT, nat("stolen", 1), "Being progressed"),
    ("sf3", "stolen", NAT, nat("stolen", 2), "Being progressed"),
    ("sf4", "stolen", NAT, nat("stolen", 3), "Being progressed"),
    ("sf5", "stolen", NAT, nat("stolen", 4), "Complete"),
    ("sf6", "stolen", NAT, nat("stolen", 5), "Being progressed"),
    ("sf7", "stolen", NAT, nat("stolen", 6), "Being progressed"),
    ("efc17", "efc17", NAT, nat("efc17", 0), "Being progressed"),
    ("l0", "leg17", COC, nat("leg17", 0), "Complete"),
    ("l1", "leg17", NAT, nat("leg17", 1), "Complete"),
    ("l2", "leg17", NAT, nat("leg17", 2), "Being progressed"),
    ("l3", "leg17", NAT, nat("leg17", 3), "Being progressed"),
    ("l4", "leg17", NAT, nat("leg17", 4), "Being progressed"),
    ("w1", "powers", NAT, nat("powers", 0), "Being progressed"),
    ("w2", "powers", NAT, nat("powers", 1), "Being progressed"),
    ("w3", "powers", NAT, nat("powers", 2), "Being progressed"),
    ("w4", "powers", NAT, nat("powers", 3), "Being progressed"),
    ("w5", "powers", NAT, nat("powers", 4), "Complete"),
]
assert nat("leg17", 1) == SAS_MONITORING_2017 and nat("powers", 2) == BWV_2021
assert nat("stolen", 0) == SF_LEADERSHIP
ITEM = {k: dict(key=k, rep=r, type=t, text=x, status=s) for k, r, t, x, s in ITEMS}
assert len(ITEM) == len(ITEMS)

# references: per report, consecutive from a base, in listed order
_count: dict[str, int] = {}
for k, r, *_ in ITEMS:
    ITEM[k]["ref"] = REF_BASE[r] + _count.get(r, 0)
    _count[r] = _count.get(r, 0) + 1
assert ITEM["l2"]["ref"] == 8540
WRONG_REF = 8504                   # digits transposed
REFS = {v["ref"] for v in ITEM.values()}
assert len(REFS) == len(ITEM) and WRONG_REF not in REFS

HM_CLOSED = {"Complete", "Superseded"}

# ---------------------------------------------------------------- text habits
STEM_RES = [
    r"^HMIC(?:FRS)? recommends that (?:within six months )?the force should(?: immediately)?: ?",
    r"^To address this cause of concern, HMIC recommends the force should immediately ",
]


def strip_stem(t):
    for s in STEM_RES:
        t = re.sub(s, "", t)
    t = re.sub(r";( and)?$", "", t).strip()
    return t[0].upper() + t[1:]


def abbrev(t, amp=False):
    for pat, rep in ABBREVIATIONS:
        if pat == r"\band\b" and not amp:
            continue
        t = re.sub(pat, rep, t, flags=re.I) if pat != r"\band\b" else re.sub(pat, rep, t)
    return t


def first_sentence(t):
    m = re.match(r"(.+?[a-z)]\.)\s", t, flags=re.S)
    return m.group(1) if m else t


def trunc(t, n):
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0]
    return cut + "..."


def flat(t):
    return re.sub(r"\s*\n\s*", " ", t)


# ---------------------------------------------------------------- force rows
# Each force row: dict(sheet, key or None, text, type, ref, brag=(mode, ...), pct, target, lead,
# progress, upd, report, published, cat, why).
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Supt Firearms Licensing"]
PROG_OPEN = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC to inform the 56-day "
    "response.",
    "xxx",
    None,
]
PROG_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "The policy is now signed off and in place.",
    "Signed off by chief officer lead at Force Assurance Board.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]

FORCE_TYPE = {REC: ["Rec", "Recommendation", "Rec"], AFI: ["AFI", "AFI", "Area for Improvement"],
              COC: ["CoC", "Cause for concern"], NAT: ["Rec", "National rec", "Recommendation"]}

rows_open: list[dict] = []     # in display order, with heading markers
rows_closed: list[dict] = []


def fdate(y, m, d):
    return date(y, m, d)


def future():
    if random.random() < 0.7:
        return date(2024, random.choice([4, 5, 6, 7, 9, 10, 12]), random.choice([1, 15, 30]))
    return date(2025, random.choice([1, 3, 6]), 1)


def past():
    d = date(random.choice([2022, 2023, 2023, 2024]), random.choice([1, 2, 3, 6, 9, 12]),
             random.choice([1, 28]))
    return d if d < TODAY else date(2023, 12, 31)


def mk_status(want):
    """pct, target for a formula row that evaluates to `want`."""
    if want == "BLUE":
        return 1, past()
    if want == "GREEN":
        return random.choice([0.5, 0.6, 0.75, 0.8, 0.9]), future()
    if want == "AMBER":
        return random.choice([0, 0.1, 0.2, 0.25, 0.4]), future()
    if want == "RED":
        d = past()
        while d >= TODAY:
            d = past()
        return random.choice([0.1, 0.25, 0.4, 0.6, 0.75]), d
    raise ValueError(want)


def default_pub(rep):
    return REPORTS[rep][1]


def add(sheet, key, text, *, want=None, typed=None, blank=None, pct="auto", target="auto",
        ftype=None, ref="auto", progress="auto", lead="auto", report=None, published="auto",
        cat=None, why="", rep=None):
    """want: BRAG the formula shows; typed: value typed over the formula (want = what the
    formula would have said); blank: colour of a blank shaded cell."""
    it = ITEM.get(key) if key else None
    rep = rep or (it["rep"] if it else None)
    if pct == "auto" or target == "auto":
        base = want or (typed if typed and typed.upper() != "BLUE" else None) or blank or "AMBER"
        base = base.upper()
        p, t = mk_status(base)
        pct = p if pct == "auto" else pct
        target = t if target == "auto" else target
    if ftype is None:
        ftype = random.choice(FORCE_TYPE[it["type"]]) if it else "Action"
    if ref == "auto":
        ref = it["ref"] if (it and random.random() < 0.55) else None
    shown = typed or want or blank
    done = (shown or "").upper() == "BLUE"
    if progress == "auto":
        progress = random.choice(PROG_DONE if done else PROG_OPEN)
    if lead == "auto":
        lead = random.choice(LEADS)
    if published == "auto":
        published = default_pub(rep) if rep else None
        if published and random.random() < 0.25:
            published = published.strftime("%b %Y")
    upd = date(2024, random.choice([1, 2, 3]), random.randint(1, 28))
    if upd > TODAY:
        upd = date(2024, 3, random.randint(1, 13))
    r = dict(sheet=sheet, key=key, text=text, want=want, typed=typed, blank=blank, pct=pct,
             target=target, ftype=ftype, ref=ref, progress=progress, lead=lead,
             report=report or (REPORTS[rep][2] if rep else ""), published=published, cat=cat,
             why=why, rep=rep, upd=upd)
    (rows_open if sheet == "O" else rows_closed).append(r)
    return r


def heading(sheet, text):
    (rows_open if sheet == "O" else rows_closed).append(dict(heading=text))


def blankrow(sheet):
    (rows_open if sheet == "O" else rows_closed).append(dict(blank_row=True))


def hm_open(k):
    return ITEM[k]["status"] not in HM_CLOSED


def cat_for(k, force_done):
    ho = hm_open(k)
    if ho and force_done:
        return "closeable_submit"
    if not ho and not force_done:
        return "closeable_local"
    return "in_sync"


def why_for(k, force_word):
    s = ITEM[k]["status"]
    return f"HMICFRS '{s}'; force BRAG {force_word}"


# ======================================================= open sheet, by report (oldest first)
O, C = "O", "C"

heading(O, REPORTS["austerity"][3])
add(O, None, strip_stem(abbrev(nat("austerity", 1))), want="GREEN", rep="austerity", ftype="Rec",
    cat="not_on_hmicfrs_list",
    why="Policing in Austerity 2014 item (savings through collaboration); not on the HMICFRS list")
heading(O, REPORTS["core"][3])
add(O, "core2", abbrev(nat("core", 1)), want="GREEN")
heading(O, REPORTS["sas13"][3])
add(O, None, trunc(nat("sas13", 2), 200), want="AMBER", rep="sas13", ftype="Rec",
    cat="not_on_hmicfrs_list",
    why="Stop and search 2013 item (scrutiny by community representatives); the 2013 report is "
    "not on the HMICFRS list")
heading(O, REPORTS["sas15"][3])
add(O, "sas15", abbrev(nat("sas15", 0), amp=True), want="AMBER")
heading(O, REPORTS["firearms"][3])
add(O, "fa3", nat("firearms", 2), want="RED", progress="Backlog of total expired records "
    "reduced from 212 to 57; weekly review in place.")
add(O, "fa5", trunc(nat("firearms", 4), 230), want="AMBER")
blankrow(O)
heading(O, REPORTS["efc16"][3])
add(O, "f2", "Develop understanding of the links between outcomes, outputs & costs", want="GREEN")
add(O, "f3", strip_stem(ITEM["f3"]["text"]), want="BLUE", progress="Workforce plan 2023-26 "
    "approved at Force Executive Board 12/12/2023. Ready to submit for closure.")
heading(O, REPORTS["leg16"][3])
add(O, "g1", "Ensure all staff have at least the lowest level of vetting clearance for their "
    "roles; clear the vetting backlog and renewals so the force complies with national vetting "
    "guidelines.", want="AMBER", lead="Head of Professional Standards")
heading(O, REPORTS["eff16"][3])
add(O, "e1", trunc(CAUSES[0], 180), want="RED", ftype="Cause for concern",
    lead="Ch Supt Public Protection")
add(O, "e2", "Effective supervision of the initial risk assessment process – completion of DASH "
    "in appropriate cases", want="AMBER")
add(O, "e3", abbrev(strip_stem(ITEM["e3"]["text"])), want="BLUE",
    progress="Telephone DASH ceased 01/08/2017; resolution centre no longer deals with DA.")
add(O, "e4", abbrev(ITEM["e4"]["text"]), typed="BLUE", want="GREEN", pct=0.8,
    target=date(2024, 6, 30), progress="Evidence pack submitted to HMICFRS 05/02/2024 for "
    "closure. % to be updated.")
add(O, "e6", "Review approach to reports of missing children:\n• call takers use missing/absent "
    "category appropriately\n• CSE risk factors known to call takers/frontline\n• supervisor "
    "oversight of missing person enquiries", want="RED", ftype="Rec")
heading(O, REPORTS["cdi17"][3])
for b, (lbl, txt) in enumerate([
        ("a", "at the point of report, victims are believed"),
        ("b", "conversations between call handlers and callers summarised accurately in the "
              "incident log"),
        ("c", "multiple crimes always recorded when described within incident records"),
        ("d", "stop awaiting results of medical examinations / video interviews before making "
              "crime-recording decisions")]):
    add(O, "c1", f"CDI rec 1({lbl}) – {txt}", want=["BLUE", "GREEN", "AMBER", "BLUE"][b],
        ref=ITEM["c1"]["ref"], ftype="Rec", lead="Force Crime Registrar")
add(O, "c2", strip_stem(ITEM["c2"]["text"]), want="BLUE", lead="Supt Contact Centre",
    progress="THRIVE criteria issued to all call handlers; QA dip sample complete.")
heading(O, REPORTS["stolen"][3])
sf_bul = ["senior leaders prioritise the response to MSHT",
          "every MSHT incident allocated appropriate resources with the skills, experience and "
          "capacity to investigate",
          "effective partnership arrangements to co-ordinate activity, share information and "
          "safeguard victims",
          "performance & QA measures so senior leaders can assess the service to victims"]
for b, txt in enumerate(sf_bul):
    add(O, "sf1", f"MSHT leadership & governance review (within 12 months) – {txt}"
        if b == 0 else f"MSHT leadership & governance – {txt}",
        want=["BLUE", "BLUE", "AMBER", "BLUE"][b], ref=ITEM["sf1"]["ref"] if b == 0 else None,
        ftype="Rec", published=REPORTS["stolen"][1], lead="Det Ch Supt Force CID")
add(O, "sf2", "Within 12 months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence & to safeguard victims better & identify "
    "suspects as early as possible.", want="GREEN", published=REPORTS["stolen"][1],
    cat="conflict", why="Timescale differs: HMICFRS text says 'Within six months', the force's "
    "text says 'Within 12 months'")
add(O, "sf3", abbrev(nat("stolen", 2)), want="GREEN", published=REPORTS["stolen"][1])
add(O, "sf4", abbrev(nat("stolen", 3)), want="AMBER", published=date(2017, 11, 9),
    ref=ITEM["sf4"]["ref"], cat="conflict",
    why="Publication date differs: HMICFRS 24/10/2017 (Stolen Freedom), force row says "
    "09/11/2017")
add(O, "sf5", abbrev(trunc(nat("stolen", 4), 160)), typed="BLUE", want="RED", pct=0.9,
    target=date(2018, 4, 30), published=REPORTS["stolen"][1],
    progress="FCR audit capacity increased; NCRS compliance audit for MSHT 96%. Closed by "
    "HMICFRS – move to closed tab.")
add(O, "sf6", trunc(abbrev(nat("stolen", 5)), 150), want="BLUE", published=REPORTS["stolen"][1],
    progress="All MSHT investigations now allocated to Op Aidant team; DI review at 7 days.")
add(O, "sf7", abbrev(nat("stolen", 6)), want="RED", published=REPORTS["stolen"][1])
heading(O, REPORTS["efc17"][3])
add(O, "efc17", first_sentence(nat("efc17", 0)), blank="RED", pct=0.3, target=date(2018, 9, 30),
    progress="Digital strategy refresh delayed – dependent on national Digital Public Contact "
    "programme.")
heading(O, REPORTS["leg17"][3])
add(O, "l2", flat(nat("leg17", 2)).replace("•", "- "), want="GREEN", ref=WRONG_REF,
    cat="conflict", why=f"Reference differs: force records HMICFRS ref {WRONG_REF}, the list has "
    f"this item as {ITEM['l2']['ref']} (the texts are the same)")
add(O, "l3", nat("leg17", 3), want="GREEN", ref=None)
heading(O, REPORTS["ncpi18"][3])
det = ["ensure all children are only detained when absolutely necessary and for the absolute "
       "minimum amount of time",
       "custody staff assess at an early stage a child's need for alternative accommodation and "
       "work with children's social care",
       "custody staff record all actions taken and decisions made on the relevant documentation",
       "improve timeliness of appropriate adult support for children who are arrested"]
for b, txt in enumerate(det):
    add(O, "n1", f"Detention of children (NCPI rec 2) – {txt}", want="BLUE",
        ref=ITEM["n1"]["ref"], lead="Ch Insp Custody", ftype="Rec",
        progress="Custody children's protocol agreed with LSCP; dip sample Q3 shows compliance."
        if b == 0 else random.choice(PROG_DONE))
add(O, "n2", "Within 6 months – training for officers & staff to identify and respond to CSE",
    want="GREEN")
heading(O, REPORTS["peel1819"][3])
add(O, "p0", first_sentence(ITEM["p0"]["text"]), want="AMBER", ftype="CoC")
add(O, "p1", strip_stem(ITEM["p1"]["text"]), want="BLUE")
add(O, "p2", strip_stem(ITEM["p2"]["text"]), want="RED")
add(O, "p3", strip_stem(ITEM["p3"]["text"]), want="GREEN", ftype="AFI", ref=ITEM["p3"]["ref"],
    cat="conflict", why="Type differs: HMICFRS lists it as a Recommendation, the force as an "
    "AFI")
add(O, "p5", "Agree arrangements with Nottinghamshire to secure a smooth transition to the "
    "future operating model", want="GREEN",
    progress="Joint programme board with Notts meets monthly.")
add(O, "p7", strip_stem(ITEM["p7"]["text"]), typed="AMBER", want="BLUE", pct=1,
    target=date(2019, 11, 2), progress="Reopened 22/01/2024 – dip sample found supervision not "
    "recorded in 40% of files. Set back to AMBER by DCC.")
add(O, "p8", strip_stem(ITEM["p8"]["text"]), blank="BLUE", pct=1, target=date(2020, 3, 31),
    progress="Digital Forensics Unit backlog cleared; kiosks in all hubs. Signed off by ACC "
    "Crime 07/02/2024.")
add(O, "p9", "Improve understanding of suspects RUI & management of those on bail", want="RED")
heading(O, REPORTS["cdi19"][3])
add(O, "d2", ITEM["d2"]["text"], want="AMBER")
heading(O, REPORTS["powers"][3])
add(O, "l4", abbrev(nat("leg17", 4), amp=True), want="GREEN", report=REPORTS["powers"][2],
    published=REPORTS["powers"][1], ref=None, cat="conflict",
    why="Report differs: HMICFRS item is from PEEL: Police legitimacy 2017 (12/12/2017); the force "
    "files it under Disproportionate use of police powers 2021 (26/02/2021)")
add(O, "w1", first_sentence(nat("powers", 0)), want="BLUE")
add(O, "w2", trunc(nat("powers", 1), 140), want="AMBER")
add(O, "w3", "By September 2021 – BWV to record entirety of all S&S encounters; structured "
    "review of BWV footage; scrutiny panel access to BWV footage", want="RED",
    lead="Supt Bell – S&S lead")
heading(O, REPORTS["peel2122"][3])
add(O, "q1", ITEM["q1"]["text"], want="GREEN")
add(O, "q2", ITEM["q2"]["text"], want="BLUE", progress="All stalking investigations now "
    "allocated to PVP-trained officers; audit Feb 2024 shows 94% compliance.")
add(O, "q3", abbrev(ITEM["q3"]["text"]), want="AMBER")
add(O, "q4", ITEM["q4"]["text"].replace("The force should ", ""), want="RED")
add(O, "q6", ITEM["q6"]["text"], want="AMBER")
add(O, "q7", "Sufficient resources in the control room to fulfil the resourcing model & meet "
    "demand, taking account of workforce wellbeing", blank="AMBER", pct=0.5,
    target="Dec 2024", lead="Supt Contact Centre")
add(O, "q8", ITEM["q8"]["text"], typed="Blue", want="GREEN", pct=0.9,
    target=date(2024, 9, 30), progress="POLIT team uplift complete (+4 DCs). Signed off.")
add(O, "q9", ITEM["q9"]["text"], want="GREEN")
add(O, "qb", ITEM["qb"]["text"], want="GREEN", target="No deadline set by HMICFRS", pct=0.6)
heading(O, REPORTS["peel2324"][3])
add(O, "r1", abbrev(ITEM["r1"]["text"]), want="AMBER")
add(O, "r2", ITEM["r2"]["text"], want="AMBER")
add(O, "r3", ITEM["r3"]["text"], want="GREEN")
add(O, "r4", ITEM["r4"]["text"], want="AMBER", pct=None, target=date(2024, 10, 31),
    progress="Awaiting allocation.")
add(O, "r6", ITEM["r6"]["text"], typed="GREEN", want="RED", pct=0.3, target=date(2024, 1, 31),
    progress="Target date to be revised – lead confident on track (Op Soteria roll-out).")
add(O, "r7", ITEM["r7"]["text"], blank="GREEN", pct=0.6, target=date(2024, 12, 31))
add(O, "r8", ITEM["r8"]["text"], want="AMBER")
add(O, "r9", ITEM["r9"]["text"], want="BLUE", progress="Confidential reporting line (Integrity "
    "Line) relaunched; comms to all staff 01/02/2024.")
add(O, "ra", ITEM["ra"]["text"], want="RED", target=date(2024, 2, 29), pct=0.25)
add(O, "rb", ITEM["rb"]["text"], want="AMBER")
blankrow(O)
heading(O, "Internal audit / JAC actions (not HMICFRS)")
for i, (la, t) in enumerate([(0, "domestic abuse"), (2, "hate crime"), (8, "vetting"),
                             (6, "fraud")]):
    pref = ["Internal audit action: ", "JAC action: ", "Internal audit action: ",
            "Force improvement plan: "][i]
    add(O, None, pref + LOCAL_ACTIONS[la].format(t=t),
        **({"blank": "AMBER", "pct": 0.4, "target": date(2024, 6, 30)} if i == 1
           else {"want": ["GREEN", None, "RED", "AMBER"][i]}),
        ftype="Action", ref=None, report="Internal audit 2023/24" if i != 3 else "Force plan",
        published=None, cat="not_on_hmicfrs_list",
        why="force's own action (internal audit / JAC / force plan), not an HMICFRS item")

# ======================================================= closed sheet
add(C, "everyone", "By September 2014 establish & publish a DA action plan that specifies in "
    "detail what steps the force will take to improve its approach to domestic abuse",
    want="BLUE", report=REPORTS["everyone"][2])
add(C, None, trunc(nat("sas13", 0), 160), want="BLUE", rep="sas13", ftype="Rec",
    cat="not_on_hmicfrs_list", why="Stop and search 2013 item (APP specification); the 2013 "
    "report is not on the HMICFRS list (closed item kept on the force's closed tab)")
add(C, None, nat("sas13", 1), want="BLUE", rep="sas13", ftype="Rec",
    cat="not_on_hmicfrs_list", why="Stop and search 2013 item (monitoring of stop and search); "
    "the 2013 report is not on the HMICFRS list")
add(C, None, first_sentence(nat("austerity", 0)), want="BLUE", rep="austerity", ftype="Rec",
    cat="not_on_hmicfrs_list", why="Policing in Austerity 2014 item (review savings plans); not "
    "on the HMICFRS list")
add(C, "aus4", trunc(nat("austerity", 3), 120), typed="BLUE", want="RED", pct=0.8,
    target=date(2015, 3, 31), progress="Superseded – HMICFRS closed. Collaboration now via "
    "EMSOU / East Midlands programme.")
add(C, "integ", nat("integrity", 0), want="BLUE")
add(C, "fa1", first_sentence(nat("firearms", 0)), want="BLUE", lead="Supt Firearms Licensing")
add(C, "fa2", nat("firearms", 1), want="BLUE", lead="Supt Firearms Licensing",
    progress="Demand review complete; 3 additional FEOs funded from 2023/24. Moved to closed "
    "– signed off by DCC.")
add(C, "f1", strip_stem(ITEM["f1"]["text"]), want="BLUE")
add(C, "g3", "Revise approach to cautions, cannabis warnings & PNDs – auditable explanation to "
    "offender and record of victim's views", blank="BLUE", pct=1, target=date(2017, 12, 31))
add(C, "e5", trunc(CAUSES[1], 120), want="BLUE", ftype="CoC")
add(C, "p4", strip_stem(ITEM["p4"]["text"]), want="BLUE")
for b, txt in enumerate(["reasons for any disproportionate representation of different ethnic "
                         "groups in the use of S&S",
                         "extent to which find rates differ between ethnicities and across types "
                         "of searches",
                         "prevalence of possession-only drug searches and alignment with local "
                         "priorities"]):
    add(C, "l1", f"S&S monitoring (by July 2018) – {txt}", want="BLUE",
        ref=ITEM["l1"]["ref"] if b == 0 else None, ftype="Rec")
add(C, "l0", trunc(nat("leg17", 0), 150), want="BLUE", ftype="CoC")
add(C, "d1", ITEM["d1"]["text"], want="BLUE")
add(C, "w4", nat("powers", 3), typed="BLUE", want="AMBER", pct=None, target=None,
    progress="Not the force's responsibility to deliver; dependent upon another organisation.")
add(C, "w5", nat("powers", 4), want="BLUE")
add(C, None, "Internal audit action: " + LOCAL_ACTIONS[6].format(t="missing persons"),
    want="BLUE", ftype="Action", ref=None, report="Internal audit 2022/23", published=None,
    cat="not_on_hmicfrs_list", why="force's own internal audit action, not an HMICFRS item")

# HMICFRS items the force lost (no row anywhere): g2, p6, q5, qa, r5, core1, pict, fa4
LOST = {"g2", "p6", "q5", "qa", "r5", "core1", "pict", "fa4"}
tracked = {r["key"] for r in rows_open + rows_closed if r.get("key")}
assert tracked | LOST == set(ITEM), set(ITEM) - tracked - LOST
assert not (tracked & LOST)

# ---------------------------------------------------------------- BRAG evaluation (Excel)
def excel_brag(pct, target):
    """=IF(H=1,"BLUE",IF(I<TODAY(),"RED",IF(H>=0.5,"GREEN","AMBER"))) with Excel semantics."""
    h = pct if isinstance(pct, (int, float)) else 0   # blank -> 0
    if h == 1:
        return "BLUE"
    if target is None:
        tless = True                                   # blank -> 0 < TODAY()
    elif isinstance(target, str):
        tless = False                                  # text > any number
    else:
        tless = target < TODAY
    if tless:
        return "RED"
    return "GREEN" if h >= 0.5 else "AMBER"


for r in rows_open + rows_closed:
    if "text" not in r:
        continue
    f = excel_brag(r["pct"], r["target"])
    r["formula_val"] = f
    if r["want"] and not r["typed"]:
        assert f == r["want"], (r["key"], r["want"], f, r["pct"], r["target"])
    r["shown"] = r["typed"] or (None if r["blank"] else f)
    r["done"] = (r["typed"] or r["blank"] or f).upper() == "BLUE" or r["sheet"] == "C"
    if r["sheet"] == "C":
        assert (r["typed"] or r["blank"] or f).upper() == "BLUE"

# ---------------------------------------------------------------- write HMICFRS list
order = sorted(ITEM.values(), key=lambda v: v["ref"])
hm = xlsxwriter.Workbook(OUT / "hmicfrs.xlsx")
ws = hm.add_worksheet("Definitive list")
b = hm.add_format({"bold": True, "font_size": 13})
hdr = hm.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white", "border": 1,
                     "text_wrap": True, "valign": "top"})
wrap = hm.add_format({"text_wrap": True, "valign": "top", "border": 1})
dfmt = hm.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
ws.write(0, 0, f"HMICFRS recommendations, causes of concern and areas for improvement – {FORCE}",
         b)
ws.write(1, 0, f"Definitive list as at {LIST_DATE.strftime('%d %B %Y')}. Includes items closed "
         "since the previous list (status Complete / Superseded).")
cols = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status",
        "Status date"]
ws.write_row(3, 0, cols, hdr)
hm_row = {}
for i, v in enumerate(order):
    r = 4 + i
    hm_row[v["key"]] = r + 1
    ws.write_number(r, 0, v["ref"], wrap)
    ws.write(r, 1, REPORTS[v["rep"]][0], wrap)
    ws.write_datetime(r, 2, datetime.combine(REPORTS[v["rep"]][1], datetime.min.time()), dfmt)
    ws.write(r, 3, v["type"], wrap)
    ws.write(r, 4, v["text"], wrap)
    ws.write(r, 5, v["status"], wrap)
    if v["status"] in HM_CLOSED:
        sd = date(random.choice([2019, 2020, 2021, 2022, 2023]), random.randint(1, 12), 1)
        sd = max(sd, REPORTS[v["rep"]][1])
    else:
        sd = REPORTS[v["rep"]][1] if v["status"] == "Awaiting review" else \
            date(random.choice([2022, 2023]), random.randint(1, 12), random.randint(1, 28))
        sd = max(sd, REPORTS[v["rep"]][1])
    ws.write_datetime(r, 6, datetime.combine(sd, datetime.min.time()), dfmt)
ws.set_column(0, 0, 11)
ws.set_column(1, 1, 40)
ws.set_column(2, 2, 14)
ws.set_column(3, 3, 22)
ws.set_column(4, 4, 90)
ws.set_column(5, 6, 16)
ws.freeze_panes(4, 0)
ws.autofilter(3, 0, 3 + len(order), len(cols) - 1)
hm.close()

# ---------------------------------------------------------------- write tracker
wb = xlsxwriter.Workbook(OUT / "tracker.xlsx")
F = {
    "title": wb.add_format({"bold": True, "font_size": 14}),
    "key": wb.add_format({"bold": True, "italic": True}),
    "hdr": wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                          "valign": "top"}),
    "head": wb.add_format({"bold": True, "bg_color": "#BDD7EE", "border": 1}),
    "txt": wb.add_format({"text_wrap": True, "valign": "top", "border": 1}),
    "pct": wb.add_format({"num_format": "0%", "valign": "top", "border": 1}),
    "date": wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1}),
    "brag": wb.add_format({"bold": True, "align": "center", "valign": "top", "border": 1}),
}
FILL = {"BLUE": "#00B0F0", "GREEN": "#92D050", "AMBER": "#FFC000", "RED": "#FF0000"}
for c, hx in FILL.items():
    F["fill_" + c] = wb.add_format({"bold": True, "align": "center", "valign": "top",
                                    "border": 1, "bg_color": hx})
CF = {c: wb.add_format({"bg_color": hx}) for c, hx in FILL.items()}
HEADERS = ["No.", "HMICFRS Ref", "Report", "Date published", "Type",
           "Recommendation / AFI (abridged)", "Lead", "% complete", "Target date", "BRAG",
           "Progress update", "Update date"]
WIDTHS = [6, 11, 24, 13, 12, 70, 24, 10, 12, 9, 55, 12]

force_rowno: list[tuple[dict, str]] = []
counter = [0]


def as_dt(d):
    return datetime.combine(d, datetime.min.time())


def write_sheet(ws, rows, first_hdr_row, sheetname):
    ws.write_row(first_hdr_row, 0, HEADERS, F["hdr"])
    for i, w in enumerate(WIDTHS):
        ws.set_column(i, i, w)
    r = first_hdr_row + 1
    first_data = r
    for row in rows:
        if row.get("blank_row"):
            r += 1
            continue
        if "heading" in row:
            ws.merge_range(r, 0, r, len(HEADERS) - 1, row["heading"], F["head"])
            r += 1
            continue
        excel_r = r + 1
        row["prov"] = f"{sheetname}!{excel_r}"
        if "no" not in row:
            counter[0] += 1
            row["no"] = counter[0]
        ws.write_number(r, 0, row["no"], F["txt"])
        if row["ref"] is not None:
            ws.write_number(r, 1, row["ref"], F["txt"])
        else:
            ws.write_blank(r, 1, None, F["txt"])
        ws.write(r, 2, row["report"], F["txt"])
        p = row["published"]
        if isinstance(p, date):
            ws.write_datetime(r, 3, as_dt(p), F["date"])
        elif p:
            ws.write_string(r, 3, p, F["txt"])
        else:
            ws.write_blank(r, 3, None, F["txt"])
        ws.write(r, 4, row["ftype"], F["txt"])
        ws.write_string(r, 5, row["text"], F["txt"])
        ws.write(r, 6, row["lead"] or "", F["txt"])
        if isinstance(row["pct"], (int, float)):
            ws.write_number(r, 7, row["pct"], F["pct"])
        else:
            ws.write_blank(r, 7, None, F["pct"])
        t = row["target"]
        if isinstance(t, date):
            ws.write_datetime(r, 8, as_dt(t), F["date"])
        elif t:
            ws.write_string(r, 8, t, F["txt"])
        else:
            ws.write_blank(r, 8, None, F["date"])
        if row["typed"]:
            ws.write_string(r, 9, row["typed"], F["brag"])
        elif row["blank"]:
            ws.write_blank(r, 9, None, F["fill_" + row["blank"].upper()])
        else:
            fml = (f'=IF(H{excel_r}=1,"BLUE",IF(I{excel_r}<TODAY(),"RED",'
                   f'IF(H{excel_r}>=0.5,"GREEN","AMBER")))')
            ws.write_formula(r, 9, fml, F["brag"], row["formula_val"])
        ws.write(r, 10, row["progress"] or "", F["txt"])
        ws.write_datetime(r, 11, as_dt(row["upd"]), F["date"])
        r += 1
    last_data = r - 1
    for c in FILL:
        ws.conditional_format(first_data, 9, last_data, 9,
                              {"type": "cell", "criteria": "==", "value": f'"{c}"',
                               "format": CF[c]})
    return first_data, last_data, r


# open sheet
ws = wb.add_worksheet("HMICFRS Tracker")
ws.merge_range(0, 0, 0, 11, f"{FORCE} – HMICFRS Recommendations & AFIs Tracker", F["title"])
ws.write(1, 0, "Owner: Strategic Planning & Organisational Learning   |   Last updated "
         f"{TODAY.strftime('%d/%m/%Y')}   |   Reported to Joint Audit Committee quarterly")
ws.write(2, 0, "BRAG key:  BLUE – Complete (signed off by chief officer lead)  |  GREEN – On "
         "track  |  AMBER – Some slippage  |  RED – Off track / past target date", F["key"])
ws.write(3, 0, "BRAG is calculated from % complete and target date – please do not overwrite. "
         "Items signed off are moved to the 'Closed items' tab.")
fd, ld, nxt = write_sheet(ws, rows_open, 5, "HMICFRS Tracker")
# summary row (not an item)
shown = [r["shown"] for r in rows_open if "text" in r]
cnt = {c: sum(1 for s in shown if s and s.upper() == c) for c in FILL}
sr = nxt + 1
ws.write(sr, 5, "Totals (BLUE / GREEN / AMBER / RED)", F["key"])
rng = f"J{fd + 1}:J{ld + 1}"
ws.write_formula(sr, 9, f'=COUNTIF({rng},"BLUE")&" / "&COUNTIF({rng},"GREEN")&" / "&'
                 f'COUNTIF({rng},"AMBER")&" / "&COUNTIF({rng},"RED")', F["key"],
                 f'{cnt["BLUE"]} / {cnt["GREEN"]} / {cnt["AMBER"]} / {cnt["RED"]}')
ws.write(sr + 1, 5, "Note: blank shaded BRAG cells are counted manually.")
ws.freeze_panes(6, 0)
SUMMARY_ROWS = (sr + 1, sr + 2)

# closed sheet
wc = wb.add_worksheet("Closed items")
wc.write(0, 0, "Closed items – signed off by the chief officer lead and moved from the live "
         "tracker", F["title"])
cf, cl, _ = write_sheet(wc, rows_closed, 2, "Closed items")
wc.freeze_panes(3, 0)
wb.close()

# ---------------------------------------------------------------- truth
truth = []
by_key: dict[str, list[dict]] = {}
for r in rows_open + rows_closed:
    if "text" in r and r["key"]:
        by_key.setdefault(r["key"], []).append(r)


def word(r):
    if r["sheet"] == "C":
        w = f"{r['typed'] or r['formula_val']} on the 'Closed items' sheet"
        if r["blank"]:
            w = "blank cell shaded blue on the 'Closed items' sheet"
        return w
    if r["typed"]:
        return f"{r['typed']} (typed over the formula, which would show {r['formula_val']})"
    if r["blank"]:
        return f"blank cell shaded {r['blank'].lower()}"
    return r["formula_val"]


for k in sorted(ITEM, key=lambda k: hm_row[k]):
    hr = f"Definitive list!{hm_row[k]}"
    if k in LOST:
        truth.append((hr, "", "missing_from_force",
                      f"HMICFRS '{ITEM[k]['status']}' item ({REPORTS[ITEM[k]['rep']][0]}); no "
                      "row on either tracker sheet"))
        continue
    rs = by_key[k]
    item_done = all(r["done"] for r in rs)
    conflict = [r for r in rs if r["cat"] == "conflict"]
    for r in rs:
        if k == "c1":
            cat = "conflict"
            why = ("split item: force has bullets (a)-(d) only; the bullet 'online reports of "
                   f"crime are triaged at the point of receipt' has no force row; this part "
                   f"{word(r)}")
        elif conflict:
            cat, why = "conflict", r["why"] + f"; force BRAG {word(r)}"
        else:
            cat = cat_for(k, item_done)
            why = why_for(k, word(r))
            if len(rs) > 1:
                why += (f"; split item ({len(rs)} rows), "
                        + ("all parts BLUE" if item_done else "not all parts BLUE"))
        truth.append((hr, r["prov"], cat, why))
for r in rows_open + rows_closed:
    if "text" in r and not r["key"]:
        truth.append(("", r["prov"], "not_on_hmicfrs_list", r["why"] + f"; force BRAG {word(r)}"))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print("HMICFRS items", len(ITEM), "force item rows",
      sum(1 for r in rows_open + rows_closed if "text" in r),
      "open", sum(1 for r in rows_open if "text" in r),
      "closed", sum(1 for r in rows_closed if "text" in r), "truth lines", len(truth))
print(Counter(t[2] for t in truth))
print("open sheet data rows", fd + 1, "-", ld + 1, "summary rows", SUMMARY_ROWS,
      "closed rows", cf + 1, "-", cl + 1)
