"""Build the independent case `jac_committee_appendix` (West Midlands Police, JAC 30 Nov 2017).

HMICFRS side: the "definitive list" held against the force (xlsx, title rows above the header).
Force side: "Appendix B – HMICFRS recommendations position statement", one sheet per
portfolio, rows grouped by report with merged Report/Date cells, BRAG (Blue = complete).

Run: /work/main/.venv/bin/python /tmp/indep2/jac/build.py
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main/reconcile/casegen")  # the texts package only, read as data
import texts as T  # noqa: E402

import pandas as pd  # noqa: E402

rng = random.Random(20171130)
OUT = Path("/tmp/indep2/jac/jac_committee_appendix")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")


def body(prefix: str) -> str:
    hits = [b for b in T.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def nat(key: str, i: int) -> str:
    return T.NATIONAL[key][2][i][1]


def topic(i: int, t: str) -> str:
    assert t in T.TOPICS, t
    return T.TOPIC_BODIES[i].format(t=t)


# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force's own name for it)
D = dt.date
REPORTS = {
    "sas13": (T.NATIONAL["sas13"][0], D(2013, 7, 9), "S&S 2013"),
    "everyone": (T.NATIONAL["everyone"][0], D(2014, 3, 27), "Everyone's Business – DA (2014)"),
    "austerity": (T.NATIONAL["austerity"][0], D(2014, 7, 22), "Policing in Austerity"),
    "core": (T.NATIONAL["core"][0], D(2014, 9, 4), "Core Business"),
    "cdi14": ("Crime data integrity inspection 2014 – West Midlands Police", D(2014, 11, 18),
              "CDI 2014"),
    "eff14": ("PEEL: Police effectiveness 2014 – West Midlands Police", D(2014, 11, 27),
              "PEEL Eff 2014"),
    "integrity": (T.NATIONAL["integrity"][0], D(2015, 1, 30), "Integrity Matters"),
    "sas15": (T.NATIONAL["sas15"][0], D(2015, 3, 24), "S&S Powers 2"),
    "picture": (T.NATIONAL["picture"][0], D(2015, 7, 1), "Building the Picture (Info Mgt)"),
    "firearms": (T.NATIONAL["firearms"][0], D(2015, 9, 15),
                 "Firearms Licensing – Targeting the Risk"),
    "efy15": ("PEEL: Police efficiency 2015 – West Midlands Police", D(2015, 10, 15),
              "PEEL Efficiency 2015"),
    "leg15": ("PEEL: Police legitimacy 2015 – West Midlands Police", D(2016, 2, 11),
              "PEEL Legit 2015"),
    "eff15": ("PEEL: Police effectiveness 2015 – West Midlands Police", D(2016, 2, 18),
              "PEEL Eff 2015 (incl. Vulnerability)"),
    "cust16": ("Report on an unannounced inspection visit to police custody suites in West "
               "Midlands", D(2016, 7, 12), "Custody (HMIP/HMIC) 2016"),
    "efy16": ("PEEL: Police efficiency 2016 – West Midlands Police", D(2016, 11, 3),
              "PEEL Efficiency 2016"),
    "leg16": ("PEEL: Police legitimacy 2016 – West Midlands Police", D(2016, 12, 8),
              "PEEL Legit 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – West Midlands Police", D(2017, 3, 2),
              "PEEL Eff 2016"),
    "cdi17": ("West Midlands Police: Crime Data Integrity inspection 2017", D(2017, 9, 7),
              "CDI 2017"),
    "stolen": (T.NATIONAL["stolen"][0], D(2017, 10, 24), "Stolen Freedom – MSHT"),
    "efc17": (T.NATIONAL["efc17"][0], D(2017, 11, 9), "PEEL Efficiency 2017 (national)"),
    "efy17": ("PEEL: Police efficiency 2017 – West Midlands Police", D(2017, 11, 9),
              "PEEL Efficiency 2017"),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"
AR, BP, CO = "awaiting-review", "being-progressed", "complete"

DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. This is "
    "an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still "
    "needs to be implemented. In cases where a DASH risk assessment is not completed the "
    "officer should record an assessment on the crime management system. HMIC found that "
    "officers are not consistently completing a DASH in circumstances where force policy "
    "requires that they should do so. This means that some victims of domestic abuse who may "
    "be at risk of harm are not being appropriately risk-assessed.")
DASH_REC = ("To address this cause of concern, HMIC recommends the force should immediately take "
            "steps to ensure that:\n• there is effective supervision of the initial risk "
            "assessment process, specifically in relation to the completion of DASH risk "
            "assessment in appropriate cases.")
MISSING_COC = REAL.text[25]
MISSING_REC = REAL.text[26]
CUSTODY_CHILDREN = REAL.text[57].replace("Bedfordshire Police", "West Midlands Police")
CDI_VICTIMS = "Within six months the force should " + T.CDI_VICTIMS_BODY + "."

# --------------------------------------------------------------------------------------------
# The HMICFRS definitive list: (ref, report, type, text, status)
ITEMS: list[tuple[int, str, str, str, str]] = [
    (1236, "sas13", NAT, nat("sas13", 0), CO),
    (1237, "sas13", NAT, nat("sas13", 1), CO),
    (1238, "sas13", NAT, nat("sas13", 2), BP),
    (2321, "everyone", NAT, nat("everyone", 0), BP),
    (3011, "austerity", NAT, nat("austerity", 0), CO),
    (3012, "austerity", NAT, nat("austerity", 1), CO),
    (3013, "austerity", NAT, nat("austerity", 2), CO),
    (3014, "austerity", NAT, nat("austerity", 3), CO),
    (4822, "core", NAT, nat("core", 0), BP),
    (4823, "core", NAT, nat("core", 1), BP),
    (4105, "cdi14", REC, "HMIC recommends that within six months the force should: "
     + topic(5, "hate crime") + ";", CO),
    (4106, "cdi14", REC, "Immediately, the force should " + body("revise its approach to cautions")
     + ".", BP),
    (4107, "cdi14", REC, "Within three months, the force should "
     + topic(5, "stalking and harassment") + ".", CO),
    (3402, "eff14", AFI, "The force should " + topic(2, "domestic abuse") + ".", CO),
    (3403, "eff14", AFI, "The force should " + topic(1, "residential burglary") + ".", CO),
    (3404, "eff14", AFI, "The force should " + topic(13, "anti-social behaviour") + ".", CO),
    (3405, "eff14", REC, "HMIC recommends that within six months the force should: "
     + body("ensure regular and active supervision") + ";", BP),
    (3406, "eff14", AFI, "The force should " + topic(11, "people with mental ill health") + ".",
     CO),
    (3407, "eff14", AFI, "The force should " + topic(6, "serious and organised crime") + ".", CO),
    (902, "integrity", NAT, nat("integrity", 0), CO),
    (5130, "sas15", NAT, nat("sas15", 0), BP),
    (5402, "picture", NAT, nat("picture", 0), BP),
    (5617, "firearms", NAT, nat("firearms", 0), CO),
    (5618, "firearms", NAT, nat("firearms", 1), BP),
    (5619, "firearms", NAT, nat("firearms", 2), CO),
    (5620, "firearms", NAT, nat("firearms", 3), BP),
    (5621, "firearms", NAT, nat("firearms", 4), BP),
    (5803, "efy15", AFI, REAL.text[14], CO),
    (5804, "efy15", AFI, "The force should " + body("develop its understanding of the links") + ".",
     BP),
    (5805, "efy15", AFI, REAL.text[16], BP),
    (5806, "efy15", AFI, "The force should " + body("improve its arrangements both to consult")
     + ".", CO),
    (5807, "efy15", AFI, "The force should " + topic(6, "neighbourhood crime") + ".", CO),
    (6240, "leg15", AFI, "The force should " + body("make sure it provides a confidential way")
     + ".", CO),
    (6241, "leg15", AFI, "The force should " + body("review the support available") + ".", BP),
    (6242, "leg15", AFI, "The force should " + body("put plans in place to monitor") + ".", CO),
    (6243, "leg15", AFI, "The force should " + body("review how it gathers and uses equality")
     + ".", BP),
    (6244, "leg15", AFI, "The force should " + topic(4, "hate crime") + ".", CO),
    (6110, "eff15", AFI, "The force should " + topic(0, "child sexual exploitation") + ".", BP),
    (6111, "eff15", AFI, "The force should " + topic(14, "online child sexual abuse") + ".", BP),
    (6112, "eff15", AFI, "The force should " + topic(7, "serious and organised crime") + ".", BP),
    (6113, "eff15", AFI, "The force should " + topic(9, "serious and organised crime") + ".", CO),
    (6114, "eff15", AFI, "The force should " + topic(12, "hate crime") + ".", BP),
    (6115, "eff15", REC, "Within six months the force should "
     + body("improve its ability to retrieve digital evidence") + ".", BP),
    (6116, "eff15", AFI, "The force should " + topic(15, "anti-social behaviour") + ".", CO),
    (6117, "eff15", AFI, "The force should " + topic(8, "stalking and harassment") + ".", BP),
    (6118, "eff15", AFI, "The force should " + topic(4, "honour-based abuse") + ".", BP),
    (6119, "eff15", AFI, "The force should " + topic(4, "female genital mutilation") + ".", CO),
    (6120, "eff15", AFI, "The force should " + topic(2, "vulnerable adults") + ".", BP),
    (6650, "cust16", REC, CUSTODY_CHILDREN, BP),
    (6651, "cust16", REC, "Within three months, the force should "
     + topic(10, "people with mental ill health") + ".", BP),
    (7012, "efy16", AFI, "The force should " + body("expand the skills project work") + ".", BP),
    (7013, "efy16", AFI, "The force should " + topic(10, "neighbourhood crime") + ".", CO),
    (7014, "efy16", AFI, "The force should " + body("make sure all processes in place") + ".", BP),
    (7015, "efy16", AFI, "The force should " + body("make sure it has access to accurate data")
     + ".", BP),
    (7016, "efy16", AFI, "The force should " + topic(14, "cyber crime") + ".", BP),
    (7017, "efy16", AFI, REAL.text[14], BP),
    (7320, "leg16", REC, "Within six months the force should "
     + body("ensure all staff have received at least") + ".", BP),
    (7321, "leg16", AFI, "The force should " + body("make sure it provides accessible information")
     + ".", BP),
    (7322, "leg16", AFI, "The force should " + body("specify in succession plans") + ".", BP),
    (7323, "leg16", AFI, "The force should " + topic(3, "hate crime") + ".", BP),
    (7324, "leg16", AFI, "The force should " + body("make sure the corporate risk register") + ".",
     CO),
    (8794, "eff16", COC, MISSING_COC, BP),
    (8796, "eff16", REC, MISSING_REC, BP),
    (8795, "eff16", COC, DASH_COC, BP),
    (8797, "eff16", REC, DASH_REC, BP),
    (7150, "eff16", AFI, "The force should " + topic(9, "county lines drug dealing") + ".", BP),
    (7151, "eff16", AFI, "The force should " + topic(1, "rape and serious sexual offences") + ".",
     BP),
    (7152, "eff16", AFI, "The force should " + body("conduct a review of officers") + ".", BP),
    (7153, "eff16", AFI, "The force should " + topic(0, "fraud") + ".", BP),
    (7154, "eff16", AFI, "The force should " + topic(12, "domestic abuse") + ".", CO),
    (7155, "eff16", AFI, "The force should " + body("improve the supervision of investigations")
     + ".", BP),
    (7156, "eff16", AFI, "The force should " + topic(7, "online child sexual abuse") + ".", BP),
    (7157, "eff16", AFI, "The force should " + body("develop a clear prevention strategy") + ".",
     BP),
    (7158, "eff16", AFI, "The force should " + topic(0, "forced marriage") + ".", CO),
    (7159, "eff16", AFI, "The force should " + body("take steps to understand and address")
     + ".", BP),
    (8630, "cdi17", REC, CDI_VICTIMS, AR),
    (8631, "cdi17", REC, "Within three months, the force should "
     + topic(5, "rape and serious sexual offences") + ".", AR),
    (8632, "cdi17", REC, "Within six months the force should " + topic(5, "domestic abuse") + ".",
     AR),
    (8633, "cdi17", REC, "Within three months, the force should "
     + topic(5, "sexual offences against children") + ".", AR),
    (8634, "cdi17", AFI, "The force should "
     + body("improve its use of its crime-recording") + ".", AR),
    (8635, "cdi17", AFI, "The force should "
     + topic(4, "modern slavery and human trafficking") + ".", AR),
    (8515, "stolen", NAT, nat("stolen", 0), AR),
    (8516, "stolen", NAT, nat("stolen", 1), AR),
    (8517, "stolen", NAT, nat("stolen", 2), AR),
    (8518, "stolen", NAT, nat("stolen", 3), AR),
    (8519, "stolen", NAT, nat("stolen", 4), AR),
    (8520, "stolen", NAT, nat("stolen", 5), AR),
    (8521, "stolen", NAT, nat("stolen", 6), AR),
    (8533, "efc17", NAT, nat("efc17", 0), AR),
    (8534, "efy17", AFI, T.CONTROL_ROOM, AR),
]
ITEM = {i[0]: i for i in ITEMS}
assert len(ITEM) == len(ITEMS)

# Closure comments (real register wording, research file 1.2)
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
                "inspections. Where a cause of concern still exists this will appear in the "
                "register against these subsequent inspections.")
C_COMPLETE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_NEW = "New recommendation"


def ordinal(d: dt.date) -> str:
    s = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{s} {d.strftime('%B %Y')}"


# --------------------------------------------------------------------------------------------
# Force-side text habits
ABBR = [(re.compile(p, re.I), r) for p, r in T.ABBREVIATIONS if r != "&"]
AMP = (re.compile(r"\band\b"), "&")


def strip_stem(t: str) -> str:
    t = re.sub(r"^(HMICFRS|HMIC) recommends that (the force should)", r"The force should", t)
    t = re.sub(r"^HMIC recommends that within six months the force should: ",
               "Within six months the force should ", t)
    return t.rstrip(";").rstrip()


def abbr(t: str, k: int = 4, amp: bool = False) -> str:
    subs = [a for a in ABBR if a[0].search(t)]
    rng.shuffle(subs)
    for p, r in subs[:k]:
        t = p.sub(r, t)
    if amp:
        t = AMP[0].sub(AMP[1], t)
    return t[0].upper() + t[1:]


def trunc(t: str, n: int = 110) -> str:
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def misspell(t: str) -> str:
    for right, wrong in T.MISSPELLINGS.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def flat(t: str) -> str:
    return re.sub(r"\s*\n\s*•\s*", " - ", t).replace("\n", " ")


def no_force_should(t: str) -> str:
    """'The force should improve ...' -> 'Improve ...' (action-list style)."""
    m = re.match(r"^The force should (\w)(.*)$", t, re.S)
    return (m.group(1).upper() + m.group(2)) if m else t


def habit(t: str) -> str:
    """A random mix of the habits for an ordinary row."""
    t = strip_stem(t)
    r = rng.random()
    if r < 0.25:
        return t
    if r < 0.45:
        return abbr(t)
    if r < 0.6:
        return trunc(t, rng.choice([90, 120, 150]))
    if r < 0.72:
        return no_force_should(t)
    if r < 0.84:
        return misspell(t)
    return abbr(trunc(t, 140), 2, amp=True)


# --------------------------------------------------------------------------------------------
# BRAG and narratives
def d17(m: int, d: int) -> str:
    return dt.date(2017, m, d).strftime("%d/%m/%y")


def rdate() -> str:
    return (dt.date(2017, 6, 1) + dt.timedelta(days=rng.randrange(0, 165))).strftime("%d/%m/%y")


NARR = {
    "Blue": ["Complete. Evidence submitted to HMICFRS for closure {d}.",
             "Proposed for closure – evidence pack with Risk & Organisational Learning {d}.",
             "Pending sign off by the chief officer lead.",
             "{d} – Complete. Signed off at Force Executive Team; to be submitted to HMICFRS.",
             "Already complete / believed to be complete within short time scale (and within "
             "deadline)."],
    "Green": ["{d} – Work on track; owner reviewing progress monthly at portfolio meeting.",
              "{d} – Action plan agreed, delivery on track for March 2018.",
              "Work on track. Next update due to JAC in February.",
              "{d} – Ready to move to Blue once the evaluation report is signed off."],
    "Amber": ["Work undertaken in area but still requires development to complete.",
              "{d} – Dependent on WMP2020 design work; revised date March 2018.",
              "{d} – Awaiting allocation of analyst resource. Slippage against original date.",
              "{d} – Draft policy out for consultation; some slippage."],
    "Red": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "{d} – Beyond original deadline. Escalated to ACC."],
}


def narr(brag: str) -> str:
    k = "Blue" if brag in ("Blue", "BLUE", "") else brag.split("/")[0].title()
    d1, d2 = sorted([rdate(), rdate()], key=lambda x: dt.datetime.strptime(x, "%d/%m/%y"))
    s = rng.choice(NARR[k]).format(d=d2)
    if rng.random() < 0.3:
        s = f"{d1} – Update requested from lead.\n" + s
    return s


FILL = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

LEADS = {
    "Crime & Justice": ["ACC Crime", "Det Ch Supt Force CID", "C/Supt Bell",
                        "Ch Supt Public Protection", "C/Insp Howat (FCR)",
                        "Head of Criminal Justice"],
    "Local Policing": ["ACC Local Policing", "Supt Contact Centre", "Ch Supt Response",
                       "Supt Neighbourhood Policing"],
    "Security": ["ACC Security", "Head of Professional Standards", "Supt Firearms Licensing",
                 "Head of Intelligence"],
    "Corporate Services": ["DCC", "Director of People", "Director of Finance",
                           "Head of Corporate Development", "Head of Information Management"],
}

# --------------------------------------------------------------------------------------------
# Force rows. Each row: dict(ref, text, lead, brag, narr, items=[ids], fill_only, note)
# Groups per sheet: list of (report display, date cell value, [rows]) in the sheet's order.


def row(items, text, brag, ref=None, lead=None, narrative=None, fill_only=False, why=None):
    return dict(items=list(items), text=text, brag=brag, ref=ref, lead=lead,
                narr=narrative, fill_only=fill_only, why=why)


def R(i, brag, ref=True, text=None, **kw):
    """An ordinary row for item i; ref=True writes the HMICFRS ref as a number."""
    t = text if text is not None else habit(ITEM[i][3])
    r = ref if ref is not True else i
    if ref is False:
        r = None
    return row([i], t, brag, ref=r, **kw)


def rep(key):
    return REPORTS[key][2], REPORTS[key][1]


SF_BULLETS = [b.strip().rstrip(";").removeprefix("and").strip()
              for b in nat("stolen", 0).split("•")[1:]]
CDI_BULLETS = [b.strip().rstrip(";.").removesuffix(" and").strip()
               for b in CDI_VICTIMS.split("•")[1:]]

CJ = "Crime & Justice"
LP = "Local Policing"
SEC = "Security"
CORP = "Corporate Services"

SHEETS: dict[str, list] = {
    CJ: [
        (*rep("everyone"), [
            R(2321, "Blue", ref=False, text=T.EVERYONE_PLAN_RUN_ON,
              narrative="DA action plan published September 2014 and refreshed 2016 as part of "
                        "the Vulnerability Improvement Delivery Plan. 12/10/17 – Submitted to "
                        "HMICFRS for closure."),
        ]),
        (*rep("cdi14"), [
            R(4105, "Blue", ref=False),
            R(4106, "Blue", ref=False, text=trunc(strip_stem(ITEM[4106][3]), 160),
              narrative="Out of court disposals policy rewritten; FCR audit shows 94% "
                        "compliance. 03/10/17 – Proposed for closure."),
            R(4107, "Amber", ref=False),
        ]),
        (*rep("eff14"), [
            R(3402, "Blue", ref=False),
            R(3405, "Amber", ref=False, text=abbr(strip_stem(ITEM[3405][3]))),
        ]),
        (*rep("eff15"), [
            R(6110, "Green", text="AFI – " + strip_stem(ITEM[6110][3])),
            R(6111, "Amber", text="AFI – " + abbr(strip_stem(ITEM[6111][3]))),
            R(6115, "Red", text="Rec – " + trunc(strip_stem(ITEM[6115][3]), 120),
              narrative="21/09/17 – DFU backlog 1,400 devices. Business case for kiosks with "
                        "FET.\n09/11/17 – Kiosk roll-out delayed to Q1 2018."),
            R(6117, "Amber", text="Recommendation – " + strip_stem(ITEM[6117][3]),
              why="type differs: HMICFRS lists it as an area for improvement; the force row "
                  "labels it 'Recommendation –'"),
            R(6118, "Amber", ref=False, text="AFI – " + strip_stem(ITEM[6118][3])),
            R(6119, "Blue", text="AFI – " + strip_stem(ITEM[6119][3])),
            R(6120, "Green", text="AFI – " + abbr(strip_stem(ITEM[6120][3]))),
        ]),
        (*rep("cust16"), [
            R(6650, "Amber", text=trunc(flat(ITEM[6650][3]), 200), lead="Ch Insp Custody"),
            R(6651, "Blue", lead="Ch Insp Custody"),
        ]),
        (*rep("eff16"), [
            row([8795, 8797],
                "Cause of concern: The force's response to DA is a cause of concern to HMIC. "
                "Force policy allowing officer discretion to complete a DASH does not provide "
                "confidence that risk is always assessed appropriately.\nRecommendation: "
                "Immediately take steps to ensure there is effective supervison of the initial "
                "risk assessment process, specifically in relation to the completion of DASH "
                "risk assessment in appropriate cases.",
                "Red", ref="8795/8797", lead="C/Supt Bell",
                narrative="Addressed as part of the wider Vulnerability Improvement Delivery "
                          "Plan.\nThe Force Executive Team agreed on 25 July that we would "
                          "risk-assess all DA incidents. A Task & Finish group has been set up "
                          "and a full implementation/project plan, policy rewrite and "
                          "communications plan is now completed. The policy is now signed off "
                          "and in place with an implementation date of the end of October."),
            R(7151, "Green", text="AFI – " + strip_stem(ITEM[7151][3])),
            R(7152, "Amber", ref=7125, text="AFI – " + strip_stem(ITEM[7152][3]),
              why="reference differs: the force row carries 7125, HMICFRS's reference for this "
                  "text is 7152 (7125 is not on the list)"),
            R(7154, "Amber", text="AFI – " + abbr(strip_stem(ITEM[7154][3]))),
            R(7155, "Blue", text="AFI – " + strip_stem(ITEM[7155][3]),
              narrative="Investigation standards dip-sample Q2 shows plans set and reviewed in "
                        "88% of crimes. 30/10/17 – Proposed for closure."),
            R(7156, "Amber", text="AFI – " + strip_stem(ITEM[7156][3])),
            R(7158, "Amber", ref=False, text="AFI – " + strip_stem(ITEM[7158][3])),
            R(7159, "Green", text="AFI – " + abbr(strip_stem(ITEM[7159][3]))),
        ]),
        ("Vulnerability Improvement Delivery Plan", None, [
            row([], "Task & Finish group to review the domestic abuse policy and report to the "
                    "Force Executive Team", "Blue", lead="C/Supt Bell",
                narrative="FET agreed 25/07/17 to risk-assess all DA incidents; policy signed "
                          "off.",
                why="the force's own delivery-plan action, not an HMICFRS item"),
        ]),
        (*rep("cdi17"), [
            row([8630], "Within 6 months put in place arrangements to ensure that: "
                + CDI_BULLETS[0], "Amber", ref=8630, lead="C/Insp Howat (FCR)"),
            row([8630], CDI_BULLETS[1][0].upper() + CDI_BULLETS[1][1:], "Green", ref=8630,
                lead="C/Insp Howat (FCR)"),
            row([8630], CDI_BULLETS[3][0].upper() + CDI_BULLETS[3][1:], "Amber", ref=8630,
                lead="C/Insp Howat (FCR)"),
            row([8630], CDI_BULLETS[4][0].upper() + CDI_BULLETS[4][1:], "Amber", ref=8630,
                lead="C/Insp Howat (FCR)"),
            R(8631, "Amber", lead="C/Insp Howat (FCR)"),
            R(8632, "Green", lead="C/Insp Howat (FCR)"),
            R(8633, "Blue", lead="C/Insp Howat (FCR)",
              narrative="31/10/17 – Audit of 200 child sexual offence incidents complete; "
                        "recording accuracy 96%. Proposed for closure."),
            R(8634, "Green", text="AFI – " + strip_stem(ITEM[8634][3]),
              lead="C/Insp Howat (FCR)"),
        ]),
        (*rep("stolen"), [
            row([8515], "Within 12 months, review leadership & governance arrangements for MSHT "
                        "to ensure that:\n• " + SF_BULLETS[0], "Amber", ref=8515,
                lead="Det Ch Supt Force CID"),
            row([8515], "• " + SF_BULLETS[1], "Amber", lead="Det Ch Supt Force CID"),
            row([8515], "• " + SF_BULLETS[2], "Green", lead="Det Ch Supt Force CID"),
            row([8515], "• " + SF_BULLETS[3], "Amber", lead="Det Ch Supt Force CID"),
            R(8516, "Amber", text="Within 12 months, forces should have in place active ISAs "
                                  "with other agencies to facilitate speedy exchange of "
                                  "intelligence and in order to safeguard victims better and to "
                                  "identify suspects as early as possible",
              lead="Det Ch Supt Force CID",
              why="timescale differs: HMICFRS text says 'Within six months', the force row says "
                  "'Within 12 months'"),
            R(8518, "Amber", text=abbr(ITEM[8518][3]), lead="Det Ch Supt Force CID"),
            R(8519, "Green", text=abbr(ITEM[8519][3], 2), lead="C/Insp Howat (FCR)"),
            R(8520, "Amber", ref=False, text=trunc(ITEM[8520][3], 180),
              lead="Det Ch Supt Force CID"),
            R(8521, "Blue", text=ITEM[8521][3], lead="Det Ch Supt Force CID",
              narrative="10/11/17 – All MSHT investigations reviewed for STPO/STRO "
                        "opportunities; process embedded in MSHT SOP. Blue – to be submitted."),
        ]),
        ("Internal Audit 2016/17 – Crime Recording", dt.date(2017, 3, 31), [
            row([], "Internal audit action: Dip-sample 50 domestic abuse crime reports each "
                    "quarter and report findings to the Crime Standards Board", "Amber",
                lead="C/Insp Howat (FCR)", why="internal audit action, not an HMICFRS item"),
        ]),
    ],
    LP: [
        (*rep("sas13"), [
            R(1237, "Blue", ref=False, text=abbr(ITEM[1237][3], 3)),
            R(1238, "Blue", ref=False, text=trunc(ITEM[1238][3], 150),
              narrative="Community scrutiny panels in place in all LPUs, incl. youth panel. "
                        "14/07/17 – Submitted for closure."),
        ]),
        (REPORTS["sas15"][2], dt.date(2014, 3, 24), [
            R(5130, "Amber", ref=False, text=abbr(ITEM[5130][3], 3),
              why="publication date differs: the force row's report date is 24/03/2014, "
                  "HMICFRS has 24 March 2015"),
        ]),
        (*rep("core"), [
            R(4822, "Green", lead="Supt Contact Centre",
              narrative="THRIVE embedded in FCC. Refresher training 80% complete."),
        ]),
        (*rep("eff14"), [
            R(3403, "Blue", ref=False),
            R(3404, "Green", ref=False,
              narrative="Problem-solving approach being re-launched under WMP2020 "
                        "neighbourhood model."),
            R(3406, "", ref=False, fill_only=True, narrative=""),
        ]),
        (*rep("efy15"), [
            R(5807, "Blue", ref=False),
        ]),
        (*rep("leg15"), [
            R(6244, "Blue"),
        ]),
        (*rep("eff15"), [
            R(6114, "Blue"),
            R(6116, "Blue", ref=False, fill_only=True),
            row([], "AFI – The force should improve how it gathers, assesses and acts on "
                    "intelligence about knife crime.", "Green", ref=None,
                lead="Supt Neighbourhood Policing",
                why="a PEEL 2015 area for improvement HMICFRS no longer lists (closed / not "
                    "held); query with HMICFRS"),
        ]),
        (*rep("efy16"), [
            R(8534, "Amber", ref=False, text="AFI – " + T.CONTROL_ROOM, lead="Supt Contact Centre",
              narrative="09/11/17 – Control room resourcing model under review; 30 additional "
                        "call handlers in recruitment.",
              why="report differs: filed under PEEL Efficiency 2016 (03/11/2016); HMICFRS has it "
                  "in PEEL: Police efficiency 2017, published 9 November 2017"),
        ]),
        (*rep("eff16"), [
            row([8794, 8796],
                "CoC – missing & absent children. " + trunc(flat(MISSING_REC), 330),
                "Amber", ref="8794 / 8796", lead="Ch Supt Response",
                narrative="Absent category removed from 01/06/17 in line with national "
                          "guidance.\n06/10/17 – Hot debrief: HMICFRS still to test "
                          "supervisory oversight."),
            R(7157, "Green", text=no_force_should(ITEM[7157][3])),
        ]),
        (*rep("firearms"), [
            R(5621, "Amber", ref="see 5621", text=trunc(ITEM[5621][3], 200),
              lead="Supt Contact Centre",
              narrative="FCC element – STORM flag for certificate holders. See Security sheet "
                        "for owner's update."),
        ]),
        (*rep("stolen"), [
            R(8518, "Amber", ref="see 8518", text="NRM – frontline officers to notify the Home "
                                                  "Office of suspected adult victims (duty to "
                                                  "notify, MSA 2015). Owned by C&J.",
              lead="ACC Local Policing"),
            R(8521, "Blue", ref="see 8521", text="Prevention orders – review use of preventative "
                                                 "powers under the Modern Slavery Act 2015 "
                                                 "(LPU element)", lead="ACC Local Policing",
              narrative="LPU briefing on STPOs delivered 06/11/17. See C&J sheet."),
        ]),
        ("Hate Crime Action Plan 2017", None, [
            row([], "Force action - Appoint a single point of contact for hate crime in each "
                    "local policing area", "Green", lead="Supt Neighbourhood Policing",
                why="the force's own action plan, not an HMICFRS item"),
        ]),
    ],
    SEC: [
        (*rep("eff14"), [
            R(3407, "Blue", ref=False),
        ]),
        (*rep("integrity"), [
            R(902, "Amber", ref=False, lead="Head of Professional Standards",
              narrative="PSD reviewing NFA outcomes by protected characteristic; report to "
                        "Ethics Committee delayed."),
        ]),
        (*rep("firearms"), [
            R(5617, "Blue", ref=False, lead="Supt Firearms Licensing"),
            R(5618, "Blue", ref=False, lead="Supt Firearms Licensing",
              narrative="Demand review completed; uplift of 4 FLM staff agreed at FET "
                        "15/08/17. Blue – ready for submission."),
            R(5619, "Amber", ref=False, lead="Supt Firearms Licensing"),
            R(5621, "Blue", lead="Supt Firearms Licensing",
              narrative="Security element complete (NFLMS / PNC markers). FCC STORM flag sits "
                        "with Local Policing."),
        ]),
        (*rep("leg15"), [
            R(6240, "Blue", lead="Head of Professional Standards"),
            R(6241, "Blue", lead="Head of Professional Standards"),
        ]),
        (*rep("eff15"), [
            R(6112, "Green", lead="Head of Intelligence"),
            R(6113, "Blue"),
        ]),
        (*rep("efy16"), [
            R(7016, "Amber"),
        ]),
        (*rep("leg16"), [
            R(7320, "Red", lead="Head of Professional Standards",
              narrative="Vetting backlog 2,100 (Oct 17). Additional vetting officers recruited; "
                        "trajectory to clear backlog by Sept 2018."),
            R(7321, "Green", lead="Head of Professional Standards"),
        ]),
        (*rep("eff16"), [
            R(7150, "Amber", lead="Head of Intelligence"),
        ]),
        ("PEEL Legit 2014", dt.date(2015, 2, 12), [
            row([], "AFI – The force should make sure its analysis of counter-corruption "
                    "informs its strategic assessment and control strategy", "Blue",
                lead="Head of Professional Standards",
                narrative="Closed by HMIC 2016 – retained for audit trail.",
                why="a PEEL Legitimacy 2014 item the force says HMIC closed; not on the list"),
        ]),
    ],
    CORP: [
        (*rep("austerity"), [
            R(3011, "Amber", ref=False, lead="Director of Finance",
              narrative="Addressed holistically as part of the WMP2020 Programme."),
            R(3012, "Amber", ref=False, lead="Director of Finance",
              narrative="Addressed holistically as part of the WMP2020 Programme."),
            R(3013, "Green", ref=False, lead="Director of Finance",
              narrative="Addressed holistically as part of the WMP2020 Programme."),
            R(3014, "Amber", ref=False, lead="Director of Finance",
              narrative="Addressed holistically as part of the WMP2020 Programme."),
        ]),
        (*rep("picture"), [
            R(5402, "Blue", ref=False, lead="Head of Information Management",
              narrative="Information Management Board now scrutinises MoPI audits quarterly. "
                        "Proposed for closure 22/09/17."),
        ]),
        (*rep("efy15"), [
            R(5803, "Blue", ref=False),
            R(5804, "Blue"),
            R(5805, "Amber"),
            R(5806, "Green", ref=False),
        ]),
        (*rep("leg15"), [
            R(6242, "Amber", lead="Director of People"),
            R(6243, "Amber", lead="Director of People"),
        ]),
        (*rep("efy16"), [
            R(7012, "Amber", lead="Director of People"),
            R(7013, "Blue"),
            R(7014, "Blue", narrative="Performance framework refreshed Sept 2017; signed off at "
                                      "Strategic Performance Board. Blue."),
            R(7015, "Amber/Green"),
            R(7017, "Amber", text=trunc(REAL.text[14], 100), lead="Head of Corporate Development",
              narrative="Force Management Statement work will provide the demand picture; "
                        "first FMS due May 2018."),
        ]),
        (*rep("leg16"), [
            R(7322, "Amber", lead="Director of People"),
            R(7324, "BLUE"),
        ]),
        ("JAC actions 2017", dt.date(2017, 9, 28), [
            row([], "JAC action: Add modern slavery and human trafficking measures to the "
                    "monthly Force Performance pack", "Amber",
                lead="Head of Corporate Development",
                why="a Joint Audit Committee action, not an HMICFRS item"),
        ]),
    ],
}

# Items with a force row whose facts clearly disagree (conflict); the why is on the row.
CONFLICT_ITEMS = {8516: None, 8534: None, 7152: None, 6117: None, 5130: None,
                  8630: "a bullet is missing: the force split 8630 into one row per bullet but "
                        "has no row for 'multiple crimes are always recorded when described "
                        "within incident records...'"}

DONE = {"Blue", "BLUE", ""}  # "" = blue fill with no text


# --------------------------------------------------------------------------------------------
# Write the HMICFRS list
def write_hmicfrs(path: Path) -> dict[int, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Recommendations held against West Midlands Police (definitive list)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Produced for force reconciliation, 10 November 2017. Status key: "
                "awaiting-review / being-progressed / complete.")
    hdr = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
           "Status", "Status date", "Latest comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    order = sorted(ITEMS, key=lambda i: (REPORTS[i[1]][1], REPORTS[i[1]][0], i[0]))
    prov = {}
    r = 5
    for ref, repk, typ, text, st in order:
        title, pub, _ = REPORTS[repk]
        if st == CO:
            com = C_SUPERSEDED if repk == "austerity" else rng.choice([C_COMPLETE, C_AUTH])
            sd = pub + dt.timedelta(days=rng.randrange(300, 700))
            sd = min(sd, dt.date(2017, 10, 30))
        elif st == BP:
            com = rng.choice([C_MONITOR, C_MONITOR, C_REVIEW])
            sd = min(pub + dt.timedelta(days=rng.randrange(30, 400)), dt.date(2017, 10, 30))
        else:
            com = C_NEW
            sd = pub + dt.timedelta(days=1)
        vals = [ref, "West Midlands", title, pub, typ, text, st, ordinal(sd), com]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        prov[ref] = f"{ws.title}!{r}"
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 15, 40, 14, 22, 90, 17, 20, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)
    return prov


# --------------------------------------------------------------------------------------------
# Write the force appendix
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PORTFOLIO = {CJ: "ACC Crime", LP: "ACC Local Policing", SEC: "ACC Security",
             CORP: "Deputy Chief Constable"}
KEY_TEXT = ("BRAG key: Blue – complete / proposed for closure;  Green – on track;  Amber – some "
            "slippage, action in hand;  Red – off track or beyond deadline.")


def write_tracker(path: Path):
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    rows_out = []  # (prov, row dict, sheet)
    counts = {}
    for sheet, groups in SHEETS.items():
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Appendix B – HMICFRS recommendations position statement"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A2"] = f"Portfolio: {sheet} ({PORTFOLIO[sheet]})    Position as at 17/11/2017"
        ws["A2"].font = Font(italic=True)
        hdr = ["HMICFRS Ref", "Report", "Date", "Recommendation", "Lead", "BRAG", "Narrative"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F3864")
            cell.border = BOX
        r = 5
        for gi, (rname, rdate_, rows) in enumerate(groups):
            start = r
            for x in rows:
                ref = x["ref"]
                lead = x["lead"] or rng.choice(LEADS[sheet])
                brag = x["brag"]
                nar = x["narr"] if x["narr"] is not None else narr(brag)
                vals = [ref, rname if r == start else None,
                        rdate_ if r == start else None, x["text"], lead,
                        None if x["fill_only"] else brag, nar or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                ws.cell(row=r, column=3).number_format = "dd/mm/yyyy"
                key = "Blue" if brag in ("", "BLUE") else brag.split("/")[0]
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=FILL[key])
                counts[(sheet, key)] = counts.get((sheet, key), 0) + 1
                rows_out.append((f"{sheet}!{r}", x, sheet))
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
                ws.merge_cells(start_row=start, end_row=r - 1, start_column=3, end_column=3)
            ws.cell(row=start, column=2).alignment = Alignment(wrap_text=True, vertical="center")
            ws.cell(row=start, column=3).alignment = Alignment(vertical="center")
            # a blank spacer row after some groups, as the paper's author did by hand
            if gi % 3 == 2:
                r += 1
        r += 1
        ws.cell(row=r, column=1, value=KEY_TEXT).font = Font(italic=True, size=9)
        if sheet == LP:
            ws.cell(row=r + 1, column=1,
                    value="Note: national recommendations owned by Crime & Justice or Security "
                          "are repeated here where Local Policing holds an element (marked "
                          "'see …').").font = Font(italic=True, size=9)
        for col, w in zip("ABCDEFG", [12, 22, 12, 80, 22, 9, 60]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"

    # Summary sheet (not items)
    summ["A1"] = "Appendix B – HMICFRS recommendations position statement"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Summary of BRAG status by portfolio – position as at 17/11/2017"
    heads = ["Portfolio", "Blue", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(heads, 1):
        summ.cell(row=4, column=c, value=h).font = Font(bold=True)
    rr = 5
    for sheet in SHEETS:
        summ.cell(row=rr, column=1, value=sheet)
        tot = 0
        for c, k in enumerate(["Blue", "Green", "Amber", "Red"], 2):
            n = counts.get((sheet, k), 0)
            tot += n
            summ.cell(row=rr, column=c, value=n)
        summ.cell(row=rr, column=6, value=tot)
        rr += 1
    summ.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        col = "ABCDEF"[c - 1]
        summ.cell(row=rr, column=c, value=f"=SUM({col}5:{col}{rr - 1})").font = Font(bold=True)
    summ.cell(row=rr + 2, column=1,
              value="National recommendations that cut across portfolios appear on each "
                    "portfolio's sheet; the owning portfolio is shown on the first.")
    summ.column_dimensions["A"].width = 24

    key = wb.create_sheet("Key")
    key["A1"] = "BRAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, d) in enumerate([
            ("Blue", "Complete – evidence held; proposed to HMICFRS for closure"),
            ("Green", "On track – action in progress and expected to be delivered on time"),
            ("Amber", "Some slippage – action in hand but at risk against the target date"),
            ("Red", "Off track – beyond designated deadline or cannot be delivered")], 3):
        key.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL[k])
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 70
    wb.save(path)
    return rows_out


# --------------------------------------------------------------------------------------------
def main():
    hprov = write_hmicfrs(OUT / "hmicfrs.xlsx")
    rows = write_tracker(OUT / "tracker.xlsx")

    by_item: dict[int, list] = {}
    truth = []
    for prov, x, sheet in rows:
        if not x["items"]:
            truth.append(("", prov, "not_on_hmicfrs_list", x["why"]))
        for i in x["items"]:
            by_item.setdefault(i, []).append((prov, x))

    order = sorted(ITEMS, key=lambda i: (REPORTS[i[1]][1], REPORTS[i[1]][0], i[0]))
    for ref, repk, typ, text, st in order:
        hp = hprov[ref]
        fr = by_item.get(ref, [])
        if not fr:
            truth.append((hp, "", "missing_from_force",
                          f"{ref} ({REPORTS[repk][2]}, {st}) has no row in the force appendix"))
            continue
        hclosed = st == CO
        fdone = all(x["brag"] in DONE for _, x in fr)
        if ref in CONFLICT_ITEMS:
            why = CONFLICT_ITEMS[ref] or next(x["why"] for _, x in fr if x["why"])
            cat = "conflict"
        elif hclosed and fdone:
            cat, why = "in_sync", "closed at HMICFRS (complete); force Blue"
        elif hclosed:
            cat, why = "closeable_local", "HMICFRS complete; force still open (" + "/".join(
                x["brag"] for _, x in fr) + ")"
        elif fdone:
            cat, why = "closeable_submit", f"HMICFRS {st}; force Blue (complete)"
        else:
            cat, why = "in_sync", f"HMICFRS {st}; force open (" + "/".join(
                x["brag"] or "blue fill" for _, x in fr) + ")"
        extra = []
        if any(x["fill_only"] for _, x in fr):
            extra.append("BRAG given by blue cell fill only")
        if len({p.split("!")[0] for p, _ in fr}) > 1:
            extra.append("tracked on two portfolio sheets: " + ", ".join(p for p, _ in fr))
        elif len(fr) > 1:
            extra.append(f"force split it into {len(fr)} rows")
        if any(len(x["items"]) > 1 for _, x in fr):
            extra.append("one force row carries both the cause of concern and its "
                         "recommendation")
        if extra:
            why += "; " + "; ".join(extra)
        for prov, _ in fr:
            truth.append((hp, prov, cat, why))

    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    # sizes
    n_force = len(rows)
    n_ref = sum(1 for _, x, _ in rows if x["ref"] is not None)
    cats = {}
    for t in truth:
        cats[t[2]] = cats.get(t[2], 0) + 1
    print(f"HMICFRS items: {len(ITEMS)}; force item rows: {n_force}; with ref: {n_ref} "
          f"({n_ref / n_force:.0%}); truth lines: {len(truth)}")
    print(cats)


if __name__ == "__main__":
    main()
