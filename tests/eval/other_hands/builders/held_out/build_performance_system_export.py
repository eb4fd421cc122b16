"""Builds the independent evaluation case `performance_system_export`.

HMICFRS side: definitive list (xlsx, title rows above the header, a 'Key' sheet).
Force side: a Pentana/Covalent-style performance-system export (CSV, UTF-8 without BOM).
Only real recommendation texts (from /work/main/reconcile/casegen/texts) are used.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    ABBREVIATIONS, BWV_2021, CAUSES, CDI_VICTIMS_BODY, LOCAL_ACTIONS, MISSPELLINGS, NATIONAL,
    SF_LEADERSHIP, TOPIC_BODIES, BODIES,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

SEED = 20240603
rng = random.Random(SEED)
OUT = Path("/tmp/indep4/system/performance_system_export")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Staffordshire Police"
AREA = "Staffordshire"
NEIGHBOUR = "West Midlands Police"
EXPORT = dt.date(2024, 6, 3)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
FTYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern", NAT: "Recommendation"}


def B(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def T(i: int, topic: str) -> str:
    return TOPIC_BODIES[i].replace("{t}", topic)


TB_LABEL = ["understanding", "investigation allocation", "partnership safeguarding", "victim service",
            "training", "recording", "strategic assessment", "offender management",
            "ancillary orders", "intelligence", "performance framework", "response times",
            "victim updates", "problem solving", "specialist capacity", "prevention evaluation"]
TOPIC_SHORT = {"domestic abuse": "DA", "stalking and harassment": "Stalking & harassment",
               "child sexual exploitation": "CSE", "modern slavery and human trafficking": "MSHT",
               "hate crime": "Hate crime", "serious and organised crime": "SOC",
               "county lines drug dealing": "County lines", "online child sexual abuse": "OCSA",
               "fraud": "Fraud", "rape and serious sexual offences": "RASSO",
               "violence against women and girls": "VAWG", "honour-based abuse": "HBA",
               "anti-social behaviour": "ASB", "knife crime": "Knife crime", "cyber crime": "Cyber",
               "repeat victims": "Repeat victims", "youth violence": "Youth violence",
               "neighbourhood crime": "Neighbourhood crime", "rural crime": "Rural crime",
               "road harm": "Roads", "residential burglary": "Burglary",
               "counter-corruption": "CCU", "economic crime": "Economic crime",
               "female genital mutilation": "FGM", "forced marriage": "Forced marriage",
               "sexual offences against children": "Child sexual offences",
               "people with mental ill health": "Mental health", "vulnerable adults": "Vulnerable adults"}


def TA(i: int, topic: str, stem: str = "The force should {b}.") -> tuple[str, str, str]:
    return (AFI if stem.startswith("The force") else REC, stem.format(b=T(i, topic)),
            f"{TOPIC_SHORT[topic]} – {TB_LABEL[i]}")


CUSTODY_CHILDREN = ("The force should, in conjunction with children’s social care services, "
                    "review how it manages the detention of children. As a minimum it should:"
                    + B("in conjunction with children’s social care").split("As a minimum it should:")[1] + ".")
MISSING_CHILDREN_BODY = B("review its approach to reports of missing children")

nat = {k: v for k, v in NATIONAL.items()}

# ----------------------------------------------------------------------------------------------
# Reports: key -> (title, published, force code prefix, force heading title, heading desc, items)
# item = (type, text, force title)
# ----------------------------------------------------------------------------------------------
R: dict[str, tuple] = {}
R["ncpi16"] = ("National child protection inspection 2016", dt.date(2016, 6, 16), "HMI-2016-NCPI",
               "NCPI 2016", "National Child Protection Inspection – published June 2016", [
    (REC, "Within three months, the force should " + T(9, "child sexual exploitation") + ".", "CSE intelligence"),
    (REC, "Within six months the force should " + T(4, "child sexual exploitation") + ".", "CSE training"),
    (REC, "Immediately, the force should " + T(5, "sexual offences against children") + ".", "Child sexual offences recording"),
    (REC, "By December 2016, the force should " + T(7, "online child sexual abuse") + ".", "OCSA offender management"),
    (AFI, "The force should " + T(6, "child sexual exploitation") + ".", "CSE strategic assessment"),
])
R["cdi16"] = ("Crime data integrity inspection 2016", dt.date(2016, 9, 15), "HMI-2016-CDI",
              "CDI 2016", "Crime Data Integrity inspection – published 15/09/2016", [
    (REC, "Within three months, the force should " + T(5, "rape and serious sexual offences") + ".", "CDI – RASSO recording"),
    (REC, "Immediately, the force should " + T(5, "domestic abuse") + ".", "CDI – DA recording"),
    (AFI, "The force should " + T(5, "hate crime") + ".", "CDI – hate crime recording"),
    (AFI, "The force should " + T(4, "modern slavery and human trafficking") + ".", "MSHT awareness training"),
    (AFI, "The force should " + T(5, "female genital mutilation") + ".", "FGM recording"),
])
R["effic16"] = ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "HMI-2016-EFC",
                "PEEL Efficiency 2016", "PEEL Efficiency 2016 – published Nov 2016", [
    (AFI, "The force should " + B("review its plans to deliver savings") + ".", "Savings plans review"),
    (AFI, "The force should " + B("consider whether there is scope") + ".", "Collaboration / VfM"),
    (AFI, "The force should " + B("agree arrangements with") + ".", "Transition – operating model"),
    (AFI, "The force should " + B("improve its arrangements both to consult") + ".", "Public consultation on business planning"),
])
R["eff16"] = ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "HMI-2016-EFF",
              "PEEL Effectiveness 2016", "PEEL Effectiveness 2016 – published 2 March 2017", [
    (COC, CAUSES[0], "DA – DASH risk assessment (CoC)"),
    (REC, "To address this cause of concern, HMIC recommends the force should immediately "
          + B("take steps to ensure that there is effective supervision") + ".", "DASH supervision"),
    (REC, "HMIC recommends that within six months the force should: " + B("cease the practice") + ";", "DA telephone risk assessments"),
    (AFI, "The force should " + T(0, "child sexual exploitation") + ".", "CSE problem profile"),
    (AFI, "The force should " + B("improve the supervision of investigations") + ".", "Investigation supervision"),
    (AFI, "The force should " + T(14, "online child sexual abuse") + ".", "OCSA capacity"),
    (AFI, "The force should " + T(9, "serious and organised crime") + ".", "SOC intelligence"),
])
R["cdi17"] = ("Crime data integrity inspection 2017", dt.date(2017, 9, 21), "HMI-2017-CDI",
              "CDI 2017", "Crime Data Integrity inspection – published Sept 2017", [
    (REC, "HMIC recommends that the force should immediately: " + CDI_VICTIMS_BODY + ".", "CDI – victim-based crime recording"),
    (REC, "Within three months, the force should " + B("revise its approach to cautions") + ".", "OOCD – cautions & PNDs"),
    (AFI, "The force should " + T(5, "rape and serious sexual offences") + ".", "RASSO recording"),
    (AFI, "The force should " + T(5, "stalking and harassment") + ".", "Stalking & harassment recording"),
])
R["stolen"] = (nat["stolen"][0], dt.date(*nat["stolen"][1]), "HMI-2017-MSHT",
               "Stolen Freedom (MSHT) 2017", "National thematic – published 24 October 2017",
               [(t, x, ti) for (t, x), ti in zip(nat["stolen"][2], [
                   "MSHT leadership & governance", "MSHT – information sharing agreements",
                   "MSHT – s45 defence", "MSHT – NRM compliance", "MSHT – NCRS compliance",
                   "MSHT – investigation standards", "MSHT – preventative orders"])])
R["efc17f"] = ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "HMI-2017-EFC",
               "PEEL Efficiency 2017", "PEEL Efficiency 2017 – published Nov 2017", [
    (AFI, "The force should " + B("undertake further work to gain") + ".", "Demand understanding"),
    (AFI, "The force should " + B("develop its understanding of the links") + ".", "Outcomes, outputs & costs"),
    (AFI, FORCE + " should " + B("develop a future workforce plan") + ".", "Workforce plan"),
    (AFI, "The force should " + B("expand the skills project") + ".", "Skills assessment"),
])
R["efc17"] = (nat["efc17"][0], dt.date(*nat["efc17"][1]), "HMI-2017-NEFF",
              "PEEL Efficiency 17 (all forces)", "National overview – published 9 November 2017",
              [(nat["efc17"][2][0][0], nat["efc17"][2][0][1], "Digital services plan")])
R["leg17f"] = ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "HMI-2017-LEG",
               "PEEL Legitimacy 2017", "PEEL Legitimacy 2017 – published Dec 2017", [
    (AFI, "The force should " + B("make sure it provides a confidential way") + ".", "Whistleblowing"),
    (AFI, "The force should " + B("review the support available") + ".", "Support for those raising concerns"),
    (AFI, "The force should " + B("ensure all staff have received") + ".", "Vetting – backlog & renewals"),
    (AFI, "The force should " + B("satisfy itself that it has processes") + ".", "Misconduct NFA – fairness"),
])
R["leg17"] = (nat["leg17"][0], dt.date(*nat["leg17"][1]), "HMI-2017-NLEG",
              "PEEL Legit 17 S&S", "National overview (stop and search) – published 12 December 2017",
              [(t, x, ti) for (t, x), ti in zip(nat["leg17"][2], [
                  "S&S – fair & reasonable use (CoC)", "S&S – data monitoring",
                  "S&S – explain disparity", "S&S – publish analysis annually",
                  "S&S – unconscious bias training"])])
R["eff17f"] = ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "HMI-2017-EFF",
               "PEEL Effectiveness 2017", "PEEL Effectiveness 2017 – published March 2018", [
    TA(2, "honour-based abuse"), TA(4, "female genital mutilation"), TA(4, "forced marriage"),
    TA(13, "neighbourhood crime"), TA(7, "serious and organised crime"), TA(15, "youth violence"),
    TA(0, "modern slavery and human trafficking"), TA(10, "repeat victims"),
    TA(12, "domestic abuse"), TA(3, "vulnerable adults"),
])
R["ncpi18"] = ("National child protection inspection 2018", dt.date(2018, 6, 14), "HMI-2018-NCPI",
               "NCPI 2018", "National Child Protection Inspection – published June 2018", [
    (COC, CAUSES[1], "Missing & absent children (CoC)"),
    (REC, "Within six months the force should " + MISSING_CHILDREN_BODY + ".", "Missing children – call handling & CSE"),
    (REC, "Within three months, the force should " + T(1, "child sexual exploitation") + ".", "CSE investigation allocation"),
    (REC, "Immediately, the force should " + T(2, "child sexual exploitation") + ".", "CSE partnership safeguarding"),
    (REC, "Within six months the force should " + T(4, "online child sexual abuse") + ".", "OCSA training"),
    (REC, "Within twelve months, the force should " + T(14, "sexual offences against children") + ".", "Child sexual offences capacity"),
    TA(12, "sexual offences against children"),
])
R["cus18"] = ("Report on an unannounced inspection visit to police custody suites 2018", dt.date(2018, 8, 9),
              "HMI-2018-CUS", "Custody inspection 2018", "HMICFRS/HMIP unannounced custody inspection – Aug 2018", [
    (REC, CUSTODY_CHILDREN, "Custody – detention of children"),
    (AFI, "The force should " + T(4, "people with mental ill health") + ".", "Custody – mental health training"),
    (AFI, "The force should " + B("make sure it has access to accurate data") + ".", "Custody performance data"),
    (AFI, "The force should " + T(4, "vulnerable adults") + ".", "Custody – vulnerable adults training"),
])
R["peel19"] = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
               "HMI-2019-PEEL", "PEEL 2018/19", "PEEL Assessment 2018/19 – published May 2019", [
    (COC, CAUSES[2], "Investigation capacity & capability (CoC)"),
    (REC, "HMIC recommends that the force should immediately: " + B("conduct a review of officers") + "; and", "Investigative workload review"),
    (REC, "HMIC recommends that within six months the force should: " + B("ensure regular and active supervision") + ";", "Supervision of investigations"),
    (REC, "HMIC recommends that within six months the force should: " + B("improve its ability to retrieve") + ";", "Digital forensics backlog"),
    (AFI, "The force should " + B("improve its understanding of suspects") + ".", "RUI & bail management"),
    (AFI, "The force should " + B("improve its use of its crime-recording") + ".", "Crime system – case files"),
    (AFI, "The force should " + T(7, "county lines drug dealing") + ".", "County lines – offender management"),
    (AFI, "The force should " + T(12, "stalking and harassment") + ".", "Stalking – victim updates"),
    (AFI, "The force should " + T(13, "anti-social behaviour") + ".", "ASB problem solving"),
    (AFI, "The force should " + T(6, "serious and organised crime") + ".", "SOC strategic assessment"),
    (AFI, "The force should " + B("specify in succession plans") + ".", "Succession plans – diversity"),
    (AFI, "The force should " + B("clearly define its new operating model") + ".", "Operating model"),
    TA(1, "fraud"), TA(9, "counter-corruption"), TA(11, "repeat victims"), TA(3, "residential burglary"),
])
R["cdi19"] = ("Crime data integrity inspection 2019", dt.date(2019, 9, 19), "HMI-2019-CDI",
              "CDI 2019", "Crime Data Integrity inspection – published Sept 2019", [
    (REC, "Within three months, the force should " + T(5, "domestic abuse") + ".", "CDI – DA recording"),
    (REC, "Within six months the force should " + T(5, "hate crime") + ".", "CDI – hate crime recording"),
    (REC, "Immediately, the force should " + B("take steps to ensure it fully complies") + ".", "CDI – MSHT NCRS"),
    (AFI, "The force should " + B("provide call-handlers") + ".", "THRIVE criteria for call handlers"),
    (AFI, "The force should " + T(5, "anti-social behaviour") + ".", "ASB recording"),
    (AFI, "The force should " + T(4, "hate crime") + ".", "Hate crime training"),
])
R["cus20"] = ("Report on an unannounced inspection visit to police custody suites 2020", dt.date(2020, 8, 13),
              "HMI-2020-CUS", "Custody inspection 2020", "HMICFRS/HMIP unannounced custody inspection – Aug 2020", [
    (AFI, "The force should " + B("make sure it has access to accurate data") + ".", "Custody performance data"),
    (AFI, "The force should " + B("make sure all processes in place") + ".", "Custody performance processes"),
    (AFI, "The force should " + T(4, "people with mental ill health") + ".", "Custody MH training"),
])
R["powers"] = (nat["powers"][0], dt.date(*nat["powers"][1]), "HMI-2021-PWR",
               "Police powers spotlight (Feb 21)", "National spotlight report – published 26 February 2021",
               [(t, x, ti) for (t, x), ti in zip(nat["powers"][2], [
                   "Communication skills (NPGCM)", "Comms skills CPD & BWV debriefs",
                   "BWV – S&S and use of force", "UoF data quality (HO/NPCC)",
                   "Use of force – internal monitoring"])])
R["cdi21"] = ("Crime data integrity inspection 2021", dt.date(2021, 9, 16), "HMI-2021-CDI",
              "CDI 2021", "Crime Data Integrity inspection – published Sept 2021", [
    (REC, "Within six months the force should " + T(5, "violence against women and girls") + ".", "CDI – VAWG recording"),
    (REC, "By March 2022, the force should " + T(5, "modern slavery and human trafficking") + ".", "CDI – MSHT recording"),
    (AFI, "The force should " + T(5, "stalking and harassment") + ".", "Stalking recording"),
    (AFI, "The force should " + T(5, "honour-based abuse") + ".", "HBA recording"),
])
R["peel22"] = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12),
               "HMI-2022-PEEL", "PEEL 2021/22", "PEEL Assessment 2021/22 – published May 2022", [
    (COC, CAUSES[3].replace("{force}", FORCE), "Vetting backlog (CoC)"),
    (REC, "Within six months " + FORCE + " should " + B("ensure all staff have received") + ".", "Vetting clearance – all staff"),
    (REC, "By August 2022, the force should " + B("make sure it provides accessible information") + ".", "Raising concerns – information"),
    (AFI, "The force should " + B("ensure that all officers who use stop") + ".", "S&S – unconscious bias training"),
    (AFI, "The force should " + T(1, "domestic abuse") + ".", "DA investigation allocation"),
    (AFI, "The force should " + T(11, "domestic abuse") + ".", "DA call response times"),
    (AFI, "The force should " + T(10, "violence against women and girls") + ".", "VAWG performance framework"),
    (AFI, "The force should " + B("put plans in place to monitor") + ".", "Team cultures"),
    (AFI, "The force should " + B("review how it gathers and uses equality") + ".", "E&D workforce data"),
    (AFI, "The force should " + B("make sure the corporate risk register") + ".", "Corporate risk register"),
    (AFI, "The force should " + B("make sure there are appropriate strategic") + ".", "Strategic oversight"),
    (AFI, "The force should " + T(0, "county lines drug dealing") + ".", "County lines – understanding"),
    (AFI, "The force should " + T(12, "fraud") + ".", "Fraud victim updates"),
    (AFI, "The force should " + T(15, "knife crime") + ".", "Knife crime – evaluation"),
    (AFI, "The force should " + B("develop a clear prevention strategy") + ".", "Prevention strategy"),
    TA(3, "rape and serious sexual offences"), TA(14, "cyber crime"), TA(2, "county lines drug dealing"),
    TA(6, "fraud"), TA(12, "residential burglary"),
])
R["cus22"] = ("Report on an unannounced inspection visit to police custody suites 2022", dt.date(2022, 8, 18),
              "HMI-2022-CUS", "Custody inspection 2022", "HMICFRS/HMIP unannounced custody inspection – Aug 2022", [
    (REC, CUSTODY_CHILDREN, "Custody – children detention"),
    (AFI, "The force should " + T(4, "vulnerable adults") + ".", "Vulnerable adults training"),
    (AFI, "The force should " + B("make sure all processes in place") + ".", "Custody – performance processes"),
])
R["peel24"] = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 2, 22),
               "HMI-2024-PEEL", "PEEL 2023/24", "PEEL Assessment 2023–25 – published 22/02/2024", [
    (COC, CAUSES[4].replace("{force}", FORCE) if "{force}" in CAUSES[4] else CAUSES[4], "DA – approach (CoC)"),
    (REC, "Within three months, the force should " + B("consider ways of increasing the use of arrest") + ".", "DA – arrest & ancillary orders"),
    (REC, "Within six months the force should " + B("take steps to understand and address") + ".", "DA – victim attrition"),
    (AFI, "The force should " + B("ensure that officers and staff have effective communication") + ".", "Communication skills"),
    (AFI, "The force should " + B("assess the demand placed on its firearms") + ".", "Firearms licensing demand"),
    (AFI, "The force should " + B("have in place active information-sharing") + ".", "Information sharing agreements"),
    (AFI, "The force should " + B("ensure that it has sufficient resources available in the control room") + ".", "Control room resourcing"),
    (AFI, "The force should " + B("immediately review its current background") + ".", "Background checks"),
    (AFI, "The force should " + T(1, "rape and serious sexual offences") + ".", "RASSO investigation allocation"),
    (AFI, "The force should " + T(9, "county lines drug dealing") + ".", "County lines intelligence"),
    (AFI, "The force should " + T(8, "stalking and harassment") + ".", "Stalking – protective orders"),
    (AFI, "The force should " + T(11, "anti-social behaviour") + ".", "ASB response times"),
    (AFI, "The force should " + T(3, "hate crime") + ".", "Hate crime service"),
    (AFI, "The force should " + T(14, "economic crime") + ".", "Economic crime capacity"),
    (AFI, "The force should " + T(0, "violence against women and girls") + ".", "VAWG understanding"),
    (AFI, "The force should " + T(6, "rural crime") + ".", "Rural crime analysis"),
    TA(3, "anti-social behaviour"), TA(7, "online child sexual abuse"), TA(15, "road harm"),
    TA(2, "modern slavery and human trafficking"), TA(9, "youth violence"), TA(4, "stalking and harassment"),
    TA(11, "domestic abuse"), TA(6, "county lines drug dealing"),
])
# CAUSES index check: [0] DA DASH, [1] missing children, [2] capacity to investigate,
# [3] DA unacceptable, [4] vetting backlog {force}, [5] alliance ends
assert "DASH" in CAUSES[0] and "missing" in CAUSES[1] and "capacity or capability" in CAUSES[2]
assert "unacceptable" in CAUSES[3] and "vetting backlog" in CAUSES[4]
# fix the two CoCs (vetting for 2021/22, DA for 2023/24)
r = R["peel22"]; r[5][0] = (COC, CAUSES[4].replace("{force}", FORCE), "Vetting backlog (CoC)")
r = R["peel24"]; r[5][0] = (COC, CAUSES[3], "DA – approach (CoC)")

ORDER = sorted(R, key=lambda k: (R[k][1], k))

# ----------------------------------------------------------------------------------------------
# HMICFRS items with refs and statuses
# ----------------------------------------------------------------------------------------------
items = []  # dicts
ref = 4700
for k in ORDER:
    title, pub, code, _, _, its = R[k]
    ref += rng.randint(150, 600)
    for i, (t, x, ti) in enumerate(its):
        ref += rng.randint(1, 9)
        items.append(dict(key=f"{k}:{i}", rep=k, idx=i, ref=ref, type=t, text=x, ftitle=ti,
                          report=title, pub=pub))
ITEM = {it["key"]: it for it in items}
texts = [it["text"] for it in items]
dups = {t for t in texts if texts.count(t) > 1}
print("items", len(items), "exact duplicate texts (intended recurring):", len(dups))


def default_hs(pub: dt.date) -> str:
    y = pub.year
    p_open = {2016: .12, 2017: .15, 2018: .35, 2019: .4, 2020: .55, 2021: .6, 2022: .75, 2024: .95}[y]
    if rng.random() < p_open:
        return rng.choice(["Being progressed"] * 3 + (["Awaiting review"] * 2 if y >= 2022 else []))
    if y >= 2024:
        rng.random()
        return "Complete"
    return rng.choice(["Complete"] * 6 + ["Superseded"] * 3 + ["No further action required"])


for it in items:
    it["hs"] = default_hs(it["pub"])

OPEN_H = {"Awaiting review", "Being progressed"}

# ---- plan: special handling ------------------------------------------------------------------
MISSING = ["stolen:1", "powers:3", "leg17:3", "ncpi16:3", "cus20:1", "peel19:9", "peel22:12",
           "peel22:13", "peel24:15", "cdi21:3", "efc17f:1", "eff17f:6", "peel24:20"]
# conflicts: key -> (kind, detail)
CONFLICT = {
    "peel22:9": ("type", "AFI on the list; force Type 'Recommendation'"),
    "cdi19:1": ("type", "Recommendation on the list; force Type 'AFI'"),
    "peel24:2": ("type", "Recommendation on the list; force Type 'AFI'"),
    "ncpi18:1": ("timescale", "list says 'Within six months', force text 'Within twelve months'"),
    "powers:4": ("timescale", "list says 'By July 2021', force text 'By July 2022'"),
    "peel22:6": ("report", "PEEL 2021/22 AFI filed by the force under PEEL 2023/24 (code HMI-2024-PEEL-…)"),
    "cdi21:0": ("report", "CDI 2021 recommendation filed by the force under CDI 2019 (code HMI-2019-CDI-…)"),
    "peel24:6": ("reference", "force quotes a different HMICFRS ref (digits transposed)"),
    "peel24:10": ("reference", "force quotes the ref of the next item (ASB response times)"),
    "stolen:0": ("bullet", "split one row per bullet; 4th bullet (performance and QA measures) has no force row"),
}
# statuses forced for specific items (hs, category target or explicit force status)
FORCE_HS = {
    # recurring traps: older copy closed, newer copy open
    "leg17:4": "Superseded", "peel22:3": "Being progressed",
    "cus18:0": "Superseded", "cus22:0": "Being progressed",
    "cus18:2": "Complete", "cus20:0": "Being progressed",
    "cus18:1": "Complete", "cus20:2": "Being progressed",
    "cus18:3": "Complete", "cus22:1": "Awaiting review",
    "cus22:2": "Being progressed", "cus20:1": "Being progressed",
    "powers:0": "Complete", "peel24:3": "Being progressed",
    "stolen:1": "Being progressed", "peel24:5": "Awaiting review",
    "leg17f:2": "Superseded", "peel22:1": "Being progressed",
    "cdi17:3": "Complete", "cdi21:2": "Being progressed",
    "peel22:5": "Being progressed", "peel24:22": "Awaiting review",
    "cdi17:2": "Complete", "cdi16:0": "Complete",
    # splits
    "cdi17:0": "Being progressed", "powers:2": "Being progressed", "peel22:4": "Being progressed",
    "peel19:2": "Superseded", "peel22:7": "Being progressed", "leg17:1": "Complete",
    # misc
    "powers:3": "No further action required", "peel24:0": "Being progressed",
    "peel24:1": "Being progressed", "peel24:2": "Being progressed",
    "peel19:0": "Complete", "peel19:1": "Complete", "peel19:3": "Being progressed",
    "ncpi18:0": "Being progressed", "ncpi18:1": "Being progressed", "stolen:0": "Being progressed",
    "peel24:6": "Being progressed", "peel24:10": "Being progressed", "peel24:11": "Awaiting review",
}
for k, v in FORCE_HS.items():
    ITEM[k]["hs"] = v
# forced status-based category for matched one-to-one items
FORCE_CAT = {
    "leg17:4": "in_sync", "peel22:3": "in_sync", "cus18:0": "in_sync", "cus18:2": "in_sync",
    "cus20:0": "in_sync", "cus18:1": "in_sync", "cus20:2": "closeable_submit", "cus18:3": "in_sync",
    "cus22:1": "in_sync", "cus22:2": "in_sync", "powers:0": "in_sync", "peel24:3": "in_sync",
    "peel24:5": "in_sync", "leg17f:2": "closeable_local", "cdi17:3": "in_sync", "cdi21:2": "in_sync",
    "peel22:5": "closeable_submit", "peel24:22": "in_sync", "cdi17:2": "in_sync", "cdi16:0": "in_sync",
    "peel24:11": "in_sync",
}

# splits: key -> list of children (title, desc, status)   (parent row holds the rec text)
# child status codes: C=Completed, P=In Progress, O=Overdue
SPLITS = {
    "cdi17:0": dict(kind="bullets_parent", ftype="Recommendation", children=[
        ("Victims believed at point of report", None, "C"),
        ("Call summaries in incident log", None, "C"),
        ("Multiple crimes recorded", None, "C"),
        ("No waiting for medical/VRI results", None, "C"),
        ("Online reports triaged at receipt", None, "C")]),
    "powers:2": dict(kind="bullets_parent", ftype="Recommendation", children=[
        ("BWV – record whole encounter", None, "C"),
        ("BWV – internal review process", None, "C"),
        ("BWV – scrutiny panel access", None, "P")]),
    "cus22:0": dict(kind="bullets_parent", ftype="Recommendation", children=[
        ("Children detained only when necessary", None, "C"),
        ("Early assessment – alternative accommodation", None, "C"),
        ("Custody records of actions/decisions", None, "C"),
        ("Appropriate adult timeliness", None, "C")]),
    "leg17:1": dict(kind="bullets_parent", ftype="Recommendation", children=[
        ("S&S disproportionality monitoring", None, "C"),
        ("Find rates by ethnicity", None, "C"),
        ("Possession-only drug searches", None, "C")]),
    "peel22:1": dict(kind="actions", ftype="Local Action", children=[
        ("Vetting unit uplift", "Recruit additional vetting officers and clear the vetting backlog (business case to Force Executive Team)", "C"),
        ("Vetting renewals tracker", "Add vetting renewals due to the monthly Force Performance pack", "C"),
        ("NVG compliance audit", "Internal audit of the vetting governance arrangements (audit plan 2023/24)", "C")]),
    "peel22:4": dict(kind="actions", ftype="AFI", children=[
        ("DA allocation policy", LOCAL_ACTIONS[0].replace("{t}", "domestic abuse"), "C"),
        ("DA supervision dip sample", LOCAL_ACTIONS[2].replace("{t}", "domestic abuse"), "O")]),
    "peel19:2": dict(kind="actions", ftype="Recommendation", children=[
        ("Supervisor training – investigations", "Deliver refresher training on investigation supervision to all sergeants and inspectors", "C"),
        ("Supervision audit", "Dip-sample 50 crime reports each quarter and report supervision compliance to the Crime Standards Board", "O")]),
    "peel22:7": dict(kind="actions", ftype="AFI", children=[
        ("Staff survey – culture", "Staff survey questions on team culture agreed with staff associations", "C"),
        ("Culture dashboard", "Add team culture indicators to the monthly Force Performance pack", "P")]),
}
AMBIGUOUS_PARENT_DONE = {"peel22:7"}  # parent says Completed 100% but a child is still In Progress
# CoC parents: CoC key -> list of rec keys that the force filed as children of the CoC row
COC_PARENT = {"peel19:0": ["peel19:1", "peel19:2", "peel19:3"],
              "peel24:0": ["peel24:1", "peel24:2"],
              "ncpi18:0": ["ncpi18:1"]}
CHILD_OF_COC = {c: p for p, cs in COC_PARENT.items() for c in cs}

# ----------------------------------------------------------------------------------------------
# Force-side text retyping
# ----------------------------------------------------------------------------------------------
STEM_SUBS = [
    (r"^HMIC recommends that the force should immediately: ?", ["The force should immediately ", "Immediately – ", ""]),
    (r"^HMIC recommends that within six months the force should: ?", ["Within 6 months the force should ", "Within six months: ", "Force should "]),
    (r"^To address this cause of concern, HMIC recommends the force should immediately ", ["To address the CoC the force should immediately ", "Immediately ", ""]),
]
NATIONAL_SUBS = [
    (r"\ball police forces across England and Wales should", "the force should"),
    (r"\bforces should\b", "the force should"),
    (r"\ball chief constables should\b", "the Chief Constable should"),
    (r"\bchief constables should\b", "the Chief Constable should"),
    (r"within their force", "within the force"),
    (r"\bforces\b", "the force"),
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def retype(text: str, *, national: bool = False, allow_cut: bool = True, ref: int | None = None) -> str:
    t = text
    for pat, reps in STEM_SUBS:
        if re.search(pat, t) and rng.random() < 0.75:
            t = re.sub(pat, rng.choice(reps), t)
    if national and rng.random() < 0.6:
        for pat, rep in NATIONAL_SUBS:
            t = re.sub(pat, rep, t, count=1)
    for pat, rep in ABBREVIATIONS:
        p = 0.08 if rep == "&" else 0.35
        if rng.random() < p:
            t = re.sub(pat, rep, t, flags=re.I)
    if rng.random() < 0.18:
        cands = [w for w in MISSPELLINGS if w in t]
        if cands:
            w = rng.choice(cands)
            t = t.replace(w, MISSPELLINGS[w], 1)
    if rng.random() < 0.8:
        t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    if "•" in t:
        r_ = rng.random()
        if r_ < 0.35:
            t = re.sub(r"\s*•\s*", "\n- ", t)
        elif r_ < 0.6:
            t = re.sub(r"\s*•\s*", " • ", t)
    t = re.sub(r";\s*(and)?\s*$", ".", t.strip())
    t = re.sub(r"\s+86\s+and", " and", t) if rng.random() < 0.5 else t   # footnote digit
    if allow_cut and "•" not in text:
        r_ = rng.random()
        if r_ < 0.12 and len(t) > 170:
            cut = t.rfind(" ", 0, rng.randint(120, 160))
            t = t[:cut].rstrip(",;") + "..."
        elif r_ < 0.22 and re.search(r"\.\s+[A-Z]", t[:-1]):
            t = re.split(r"(?<=\.)\s+(?=[A-Z])", t)[0]
    if rng.random() < 0.05:
        t = t.replace("The force should", "The Force should")
    if ref is not None:
        t = rng.choice([f"HMICFRS ref {ref} – ", f"[{ref}] ", f"Ref {ref}: "]) + t
    return cap(t.strip())


# ----------------------------------------------------------------------------------------------
# Force rows
# ----------------------------------------------------------------------------------------------
OWNERS_BY_REP = {
    "ncpi16": ["Ch Supt Public Protection", "DCI Rebecca Lowe"], "cdi16": ["Force Crime Registrar"],
    "effic16": ["Director of Finance", "Head of Corporate Development"],
    "eff16": ["Ch Supt Public Protection", "ACC Crime", "Det Ch Supt Force CID"],
    "cdi17": ["Force Crime Registrar", "Supt Contact Centre"], "stolen": ["Det Supt M. Okafor", "Head of Intelligence"],
    "efc17f": ["Head of Corporate Development", "Director of People"], "efc17": ["Head of Digital Policing"],
    "leg17f": ["Head of Professional Standards", "Director of People"], "leg17": ["Supt Neighbourhoods (S&S lead)"],
    "eff17f": ["Ch Supt Public Protection", "ACC Local Policing", "Head of Intelligence"],
    "ncpi18": ["Ch Supt Public Protection", "DCI Rebecca Lowe"], "cus18": ["Ch Insp Custody"],
    "peel19": ["ACC Crime", "Det Ch Supt Force CID", "Head of Corporate Development", "Director of People"],
    "cdi19": ["Force Crime Registrar"], "cus20": ["Ch Insp Custody", "Supt CJ & Custody"],
    "powers": ["Supt Neighbourhoods (S&S lead)", "Head of Learning & Development"],
    "cdi21": ["Force Crime Registrar"], "peel22": ["DCC", "ACC Local Policing", "Head of Professional Standards",
                                                   "Ch Supt Public Protection", "Director of People"],
    "cus22": ["Supt CJ & Custody"], "peel24": ["ACC Crime", "ACC Local Policing", "Ch Supt Public Protection",
                                               "Supt Contact Centre", "Supt Firearms Licensing", "DCC"],
}
NOTES_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of October.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "xxx",
    "Owner changed following restructure – new lead to provide update.",
    "Dip sample scheduled for Q2; results to go to the Crime Standards Board.",
    "Update requested by Organisational Learning team – no response received.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC to inform the 56-day response.",
]
NOTES_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Closure report approved at Organisational Learning Board.",
    "All actions complete. Evidence pack saved on the OL SharePoint site.",
    "Signed off by chief officer lead. Marked complete.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
NOTES_CANCELLED = [
    "Superseded by later HMICFRS inspection – action closed.",
    "HMICFRS confirmed no further action required. Closed.",
]
AUTHORS = ["J. Harlow", "K. Bains", "OL Team", "S. Whitfield", "M. Okafor", ""]


def fmt(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def status_fields(state: str, pub: dt.date, hs: str | None = None) -> dict:
    """state: 'done', 'open', 'cancel', or explicit 'C'/'P'/'O'."""
    if state in ("C", "done"):
        word = "Completed"
    elif state == "cancel":
        word = "Cancelled"
    elif state == "P":
        word = "In Progress"
    elif state == "O":
        word = "Overdue"
    else:
        word = rng.choice(["In Progress"] * 5 + ["Overdue"] * 3 + ["Not Started"] + ["Check Progress"] * 2)
    base = max(pub + dt.timedelta(days=rng.randint(60, 400)), dt.date(2016, 1, 1))
    if word == "Completed":
        pct = 100
        due = base
        nd = min(due + dt.timedelta(days=rng.randint(-40, 200)), EXPORT - dt.timedelta(days=3))
        note = rng.choice(NOTES_DONE)
    elif word == "Cancelled":
        pct = rng.choice([0, 25, 50])
        due = base
        nd = min(due + dt.timedelta(days=rng.randint(0, 300)), EXPORT - dt.timedelta(days=3))
        note = rng.choice(NOTES_CANCELLED)
    elif word == "Overdue":
        pct = rng.choice(range(20, 85, 5))
        due = min(base, EXPORT - dt.timedelta(days=rng.randint(10, 300)))
        nd = EXPORT - dt.timedelta(days=rng.randint(5, 200))
        note = rng.choice(NOTES_OPEN)
    elif word == "Not Started":
        pct = 0
        due = EXPORT + dt.timedelta(days=rng.randint(30, 300))
        nd = EXPORT - dt.timedelta(days=rng.randint(5, 120))
        note = rng.choice(["Awaiting allocation.", "", "Owner changed following restructure – new lead to provide update."])
    elif word == "Check Progress":
        pct = rng.choice(range(0, 95, 5))
        due = EXPORT + dt.timedelta(days=rng.randint(-200, 200))
        nd = EXPORT - dt.timedelta(days=rng.randint(150, 500))
        note = rng.choice(NOTES_OPEN)
    else:  # In Progress
        pct = rng.choice(range(10, 95, 5))
        due = EXPORT + dt.timedelta(days=rng.randint(20, 330))
        nd = EXPORT - dt.timedelta(days=rng.randint(3, 90))
        note = rng.choice(NOTES_OPEN)
    nd = max(nd, pub + dt.timedelta(days=14))
    if not note:
        return dict(status=word, pct=pct, note="", notedate="", due=due.isoformat())
    author = rng.choice(AUTHORS)
    r_ = rng.random()
    if r_ < 0.55:
        full = f"{fmt(nd)} – {author + ': ' if author else ''}{note}"
    elif r_ < 0.8:
        full = f"Update {fmt(nd)}:\n{note}"
    else:
        full = f"{note} ({author or 'OL'} {nd.strftime('%d %b %Y')})"
    return dict(status=word, pct=pct, note=full, notedate=fmt(nd), due=due.isoformat())


rows = []  # force rows in export order, dicts with 'kind'


def add(kind, **kw):
    d = dict(kind=kind, code="", title="", desc="", owner="", status="", pct="", note="",
             notedate="", due="", parent="", ftype="", items=[], why="")
    d.update(kw)
    rows.append(d)
    return d


def cat_for(hs: str, force_done: bool) -> str:
    h_open = hs in OPEN_H
    if h_open and force_done:
        return "closeable_submit"
    if (not h_open) and (not force_done):
        return "closeable_local"
    return "in_sync"


# decide per-item target category for plain one-to-one items
def pick_force_state(it) -> str:
    k = it["key"]
    h_open = it["hs"] in OPEN_H
    if k in FORCE_CAT:
        target = FORCE_CAT[k]
    elif h_open:
        target = "closeable_submit" if rng.random() < 0.24 else "in_sync"
    else:
        target = "closeable_local" if rng.random() < 0.2 else "in_sync"
    if target == "closeable_submit":
        return "done"
    if target == "closeable_local":
        return "open"
    if h_open:
        return "open"
    return "cancel" if (it["hs"] != "Complete" and rng.random() < 0.4) else "done"


# relocated items (report conflict): rendered inside another report's block
RELOCATE = {"peel22:6": "peel24", "cdi21:0": "cdi19"}
REF_ON_FORCE = {"peel22", "peel24"}
pending_reloc: dict[str, list] = {k: [] for k in R}
for k, tgt in RELOCATE.items():
    pending_reloc[tgt].append(ITEM[k])

# Build per-report entries (code numbering) then sort
entries = []  # (code, rowdict-args)


def owner_for(rep):
    return rng.choice(OWNERS_BY_REP[rep] + [""] * (1 if rng.random() < 0.1 else 0))


def force_type(it):
    k = it["key"]
    if k in CONFLICT and CONFLICT[k][0] == "type":
        return {"peel22:9": "Recommendation", "cdi19:1": "AFI", "peel24:2": "AFI"}[k]
    return FTYPE[it["type"]]


def force_desc(it, allow_cut=True):
    k = it["key"]
    national = it["type"] in (NAT,) or it["rep"] in ("stolen", "efc17", "leg17", "powers")
    r_ = None
    if it["rep"] in REF_ON_FORCE and rng.random() < 0.7 and k not in RELOCATE:
        r_ = it["ref"]
    if k == "peel24:6":
        s = str(it["ref"]); r_ = int(s[:-2] + s[-1] + s[-2])
        assert r_ != it["ref"] and r_ not in {i["ref"] for i in items}
    if k == "peel24:10":
        r_ = ITEM["peel24:11"]["ref"]
    text = it["text"]
    if k == "ncpi18:1":
        text = text.replace("Within six months", "Within twelve months")
        return retype(text, allow_cut=False).replace("Within 12 months", "Within twelve months")
    if k == "powers:4":
        return cap(text.replace("By July 2021, forces should ensure they have",
                                "By July 2022, the force should ensure it has").replace("help them", "help it"))
    if k in ("peel24:11",):
        r_ = None  # keep the duplicated ref unambiguous: the ASB row shows no ref
    return retype(text, national=national, allow_cut=allow_cut, ref=r_)


for rep in ORDER:
    title, pub, prefix, htitle, hdesc, its = R[rep]
    block = []  # list of (code, dict)
    block.append((prefix, dict(kind="heading", code=prefix, title=htitle, desc=hdesc)))
    n = 0
    rep_items = [ITEM[f"{rep}:{i}"] for i in range(len(its))]
    rep_items = [it for it in rep_items if it["key"] not in RELOCATE] + pending_reloc[rep]
    for it in rep_items:
        k = it["key"]
        if k in MISSING or k in CHILD_OF_COC:
            continue
        n += 1
        code = f"{prefix}-{n:02d}"
        ipub = it["pub"]
        if k == "stolen:0":
            # one row per bullet, no parent row; 4th bullet lost
            stem, *bul = SF_LEADERSHIP.split("\n• ")
            stem_f = "Within 12 months the force should review leadership & governance for MSHT to ensure that"
            for j, b in enumerate(bul[:3]):
                st = status_fields(rng.choice(["P", "O", "C"]) if j else "C", ipub)
                bt = b.rstrip(";").replace("; and", "")
                block.append((f"{code}{'abc'[j]}", dict(kind="item", code=f"{code}{'abc'[j]}",
                    title=f"MSHT governance ({'abc'[j]})", desc=f"{stem_f}: {bt}", owner=owner_for(rep),
                    parent="", ftype="Recommendation", items=[k], **st)))
            continue
        if k in SPLITS:
            sp = SPLITS[k]
            kids = sp["children"]
            states = [c[2] for c in kids]
            all_done = all(s == "C" for s in states)
            if all_done:
                pst = status_fields("C", ipub)
            elif k in AMBIGUOUS_PARENT_DONE:
                pst = status_fields("C", ipub)
                pst["note"] = f"{pst['notedate']} – AFI marked complete by owner; see sub-actions."
            else:
                pst = status_fields(rng.choice(["P", "O"]), ipub)
            parent_code = code
            ptype = force_type(it)
            prow = dict(kind="item", code=code, title=it["ftitle"], desc=force_desc(it, allow_cut=False),
                        owner=owner_for(rep), parent="", ftype=ptype, items=[k], **pst)
            block.append((code, prow))
            if sp["kind"] == "bullets_parent":
                src = it["text"]
                if "•" in src:
                    bullets = [b.strip().rstrip(";").removesuffix(" and").removesuffix("; and").strip()
                               for b in re.split(r"•", src)[1:]]
                else:  # BWV: paragraphs
                    bullets = [p for p in src.split("\n")]
                    bullets[0] = bullets[0].split("forces should: ", 1)[1]
                assert len(bullets) == len(kids), (k, len(bullets), len(kids))
                for j, ((ct, _, cs), b) in enumerate(zip(kids, bullets)):
                    b = re.sub(r"\.$", "", b)
                    cst = status_fields(cs, ipub)
                    ccode = f"{code}.{j+1}"
                    block.append((ccode, dict(kind="item", code=ccode, title=ct,
                        desc=retype(cap(b), allow_cut=False), owner=owner_for(rep), parent=parent_code,
                        ftype=sp["ftype"], items=[k], **cst)))
            else:
                for j, (ct, cd, cs) in enumerate(kids):
                    cst = status_fields(cs, ipub)
                    ccode = f"{code}.{j+1}"
                    block.append((ccode, dict(kind="item", code=ccode, title=ct, desc=cd,
                        owner=owner_for(rep), parent=parent_code, ftype=sp["ftype"], items=[k], **cst)))
            continue
        # plain item (possibly a CoC parent with rec children)
        st = status_fields(pick_force_state(it), ipub)
        block.append((code, dict(kind="item", code=code, title=it["ftitle"], desc=force_desc(it),
                                 owner=owner_for(rep), parent="", ftype=force_type(it), items=[k], **st)))
        if k in COC_PARENT:
            for j, ck in enumerate(COC_PARENT[k]):
                cit = ITEM[ck]
                ccode = f"{code}.{j+1}"
                if ck in SPLITS:  # nested: CoC -> rec -> actions
                    sp = SPLITS[ck]
                    kids = sp["children"]
                    all_done = all(c[2] == "C" for c in kids)
                    pst = status_fields("C" if all_done else rng.choice(["P", "O"]), ipub)
                    block.append((ccode, dict(kind="item", code=ccode, title=cit["ftitle"],
                        desc=force_desc(cit, allow_cut=False), owner=owner_for(rep), parent=code,
                        ftype=force_type(cit), items=[ck], **pst)))
                    for m, (ct, cd, cs) in enumerate(kids):
                        gcode = f"{ccode}.{m+1}"
                        block.append((gcode, dict(kind="item", code=gcode, title=ct, desc=cd,
                            owner=owner_for(rep), parent=ccode, ftype=sp["ftype"], items=[ck],
                            **status_fields(cs, ipub))))
                    continue
                cst = status_fields(pick_force_state(cit), ipub)
                block.append((ccode, dict(kind="item", code=ccode, title=cit["ftitle"],
                    desc=force_desc(cit), owner=owner_for(rep), parent=code, ftype=force_type(cit),
                    items=[ck], **cst)))
    entries.extend(block)

# ---- not on the HMICFRS list -------------------------------------------------------------------
OLD = [
    ("HMI-2014-CORE", "Core Business 2014", "Core Business – national, published Sept 2014", [
        ("Crime prevention activity recorded & evaluated",
         retype(nat["core"][2][1][1], national=True), "Recommendation", "done",
         "Core Business (2014) national recommendation – not on the 2024 definitive list (closed/archived by HMICFRS)")]),
    ("HMI-2014-DA", "Everyone's Business (DA) 2014", "Everyone's business – national, published 27/03/2014", [
        ("DA action plan", retype(nat["everyone"][2][0][1], national=True, allow_cut=False), "Recommendation", "done",
         "Everyone's business (2014) DA action plan – not on the definitive list")]),
    ("HMI-2015-BTP", "Building the Picture 2015", "Information management – national, published July 2015", [
        ("MoPI audit scrutiny", retype(nat["picture"][2][0][1], national=True), "Recommendation", "open",
         "Building the Picture (2015) – force still shows it open; not on the definitive list")]),
    ("HMI-2015-FIR", "Firearms licensing 2015", "Targeting the risk – national, published 15/09/2015", [
        ("Total expired records", retype(nat["firearms"][2][2][1], national=True), "Recommendation", "O",
         "Targeting the risk (2015) – 'total expired' records; force open, not on the definitive list"),
        ("Temporary permits", retype(nat["firearms"][2][3][1], national=True), "Recommendation", "done",
         "Targeting the risk (2015) – temporary permits; not on the definitive list")]),
    ("HMI-2015-INT", "Integrity Matters 2015", "Integrity matters – national, published 30/01/2015", [
        ("Misconduct NFA – fairness (2015)", retype(nat["integrity"][2][0][1], national=True), "Recommendation", "done",
         "Integrity matters (2015) – similar wording to the PEEL Legitimacy 2017 AFI but a different, older report that is not on the list")]),
]
for prefix, ht, hd, lst in OLD:
    entries.append((prefix, dict(kind="heading", code=prefix, title=ht, desc=hd)))
    for n, (ti, de, ty, state, why) in enumerate(lst, 1):
        pub = dt.date(int(prefix[4:8]), 6, 1)
        entries.append((f"{prefix}-{n:02d}", dict(kind="item", code=f"{prefix}-{n:02d}", title=ti, desc=de,
            owner=rng.choice(["Head of Information Management", "Supt Firearms Licensing", "Head of Professional Standards", "ACC Crime", ""]),
            ftype=ty, items=[], why=why, **status_fields(state, pub))))

LOCAL = [
    ("LOC-2022-01", "Local Action", 0, "domestic abuse", "P", "Local action (Task & Finish group on DA policy) with no parent item"),
    ("LOC-2022-02", "Local Action", 3, "county lines drug dealing", "C", "Local action – refresh county lines problem profile"),
    ("LOC-2023-01", "Local Action", 5, "anti-social behaviour", "O", "Local action – appoint ASB SPOCs"),
    ("LOC-2023-02", "Local Action", 6, "violence against women and girls", "P", "Local action – VAWG measures in performance pack"),
    ("LOC-2023-03", "Local Action", 4, "stalking and harassment", "cancel", "Local action, cancelled"),
    ("LOC-2024-01", "Local Action", 1, "hate crime", "P", "Local action – hate crime refresher training"),
    ("IA-2023-01", "Local Action", 8, "counter-corruption", "P", "Internal audit action (audit plan 2023/24), not an HMICFRS item"),
    ("IA-2023-02", "Local Action", 9, "road harm", "C", "Internal audit action – force management statement demand review"),
]
local_entries = []
for code, ty, ai, topic, state, why in LOCAL:
    text = LOCAL_ACTIONS[ai].replace("{t}", topic)
    pref = "Internal audit action: " if code.startswith("IA") else rng.choice(["Force action - ", "Local action: ", "", "JAC action: "])
    local_entries.append((code, dict(kind="item", code=code, title=f"{TOPIC_SHORT.get(topic, topic)} – local action",
        desc=pref + text, owner=rng.choice(["ACC Local Policing", "Head of Corporate Development", "Director of Finance", "Ch Supt Public Protection"]),
        ftype=ty, items=[], why=why, **status_fields(state, dt.date(2022, 6, 1)))))

entries.sort(key=lambda e: e[0])
# order local section: IA then LOC, after a blank separator and a section heading
local_entries.sort(key=lambda e: e[0])

HEADER = ["Code", "Title", "Description", "Managed By", "Status Icon", "Progress %", "Latest Note",
          "Latest Note Date", "Due Date", "Parent Code", "Type"]
records = []  # (excel_row_payload_list, meta)
records.append((["HMICFRS Inspection Recommendations – Action Plan export"], None))
records.append(([f"Exported 03/06/2024 09:14 by OL Team | Filter: Action Plan = HMICFRS; Include completed = Yes"], None))
records.append(([], None))
records.append((HEADER, None))


def rec_of(d):
    g = lambda f: d.get(f, "")  # noqa: E731
    return [g("code"), g("title"), g("desc"), g("owner"), g("status"),
            "" if g("pct") == "" else str(g("pct")), g("note"), g("notedate"), g("due"), g("parent"), g("ftype")]


for _, d in entries:
    records.append((rec_of(d), d))
records.append(([""] * len(HEADER), None))  # blank separator row
records.append((rec_of(dict(code="LOCAL", title="Local & internal audit actions", desc="Force actions not set by HMICFRS",
                            owner="", status="", pct="", note="", notedate="", due="", parent="", ftype="")),
                dict(kind="heading")))
for _, d in local_entries:
    records.append((rec_of(d), d))
n_items = sum(1 for _, m in records if m and m["kind"] == "item")
records.append(([f"Total records: {n_items}"], None))

with open(OUT / "tracker.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    for rec, meta in records:
        w.writerow(rec)
        if meta is not None:
            meta["xrow"] = None
# Excel row numbers: record index + 1
for i, (rec, meta) in enumerate(records, start=1):
    if meta is not None:
        meta["xrow"] = i

# ----------------------------------------------------------------------------------------------
# HMICFRS workbook
# ----------------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    s = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{s} {d.strftime('%B %Y')}"


wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – definitive list of recommendations, causes of concern and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"Force: {FORCE}    Extracted: 20th May 2024    Includes open and closed items"
ws.append([])
HH = ["Reference", "Force", "Report", "Date published", "Type", "Recommendation / AFI text", "Status", "Last updated"]
ws.append(HH)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
row = 5
for it in items:
    upd = max(it["pub"] + dt.timedelta(days=rng.randint(10, 900)), it["pub"])
    upd = min(upd, dt.date(2024, 5, 17))
    vals = [it["ref"], "All forces" if it["rep"] in ("stolen", "efc17", "leg17", "powers") else FORCE, it["report"], it["pub"], it["type"],
            it["text"], it["hs"], ordinal(upd)]
    ws.append(vals)
    ws.cell(row=row, column=4).number_format = "dd/mm/yyyy"
    ws.cell(row=row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
    it["hrow"] = row
    row += 1
for col, wdt in zip("ABCDEFGH", [11, 18, 48, 14, 24, 90, 18, 20]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
key = wb.create_sheet("Key")
key.append(["Status", "Meaning"])
for s, m in [("Awaiting review", "New item; HMICFRS has not yet reviewed the force's progress"),
             ("Being progressed", "HMICFRS is monitoring progress"),
             ("Complete", "HMICFRS is satisfied the item has been implemented"),
             ("Superseded", "Subsequently inspected; any remaining concern appears against the later inspection"),
             ("No further action required", "Closed by HMICFRS without further action")]:
    key.append([s, m])
key.append([])
key.append(["National recommendations appear on every force's list with Force = 'All forces'."])
wb.save(OUT / "hmicfrs.xlsx")

# ----------------------------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------------------------
force_rows_by_item: dict[str, list] = {}
for _, meta in records:
    if meta and meta.get("kind") == "item":
        for k in meta["items"]:
            force_rows_by_item.setdefault(k, []).append(meta)

DONE = {"Completed", "Cancelled"}
truth = []
H = "Definitive list!"
F = "tracker.csv!"
for it in items:
    k = it["key"]
    hr = H + str(it["hrow"])
    frs = force_rows_by_item.get(k, [])
    if not frs:
        assert k in MISSING, k
        truth.append((hr, "", "missing_from_force",
                      f"{it['report']} {it['type']} (ref {it['ref']}, HMICFRS '{it['hs']}') – no force row"))
        continue
    assert k not in MISSING
    statuses = [f["status"] for f in frs]
    force_done = all(s in DONE for s in statuses)
    base = cat_for(it["hs"], force_done)
    if k in CONFLICT:
        cat = "conflict"
        why0 = CONFLICT[k][1]
    else:
        cat = base
        why0 = ""
    for f in frs:
        extra = ""
        if len(frs) > 1:
            extra = f" [part of a {len(frs)}-row split; force rows: {', '.join(x['status'] for x in frs)}]"
        why = (f"{why0 + '; ' if why0 else ''}HMICFRS '{it['hs']}' ({it['report']}, ref {it['ref']}); "
               f"force {f['code']} '{f['status']}' {f['pct']}%{extra}")
        if k in AMBIGUOUS_PARENT_DONE:
            why += " – parent says Completed but a sub-action is still In Progress, so not all parts done"
        truth.append((hr, F + str(f["xrow"]), cat, why))
for _, meta in records:
    if meta and meta.get("kind") == "item" and not meta["items"]:
        truth.append(("", F + str(meta["xrow"]), "not_on_hmicfrs_list",
                      f"{meta['code']} '{meta['status']}': {meta['why']}"))

with open(OUT / "truth.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print("HMICFRS items:", len(items))
print("force records (Excel rows):", len(records), "force item rows:", n_items)
print("truth lines:", len(truth), Counter(t[2] for t in truth))
print("items by category:", Counter(
    next(t[2] for t in truth if t[0] == H + str(it["hrow"])) for it in items))
