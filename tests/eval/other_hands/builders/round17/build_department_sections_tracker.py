"""Build the `department_sections_tracker` evaluation case.

Force: Gwent Police. Its tracker is sorted by the DEPARTMENT that owns each item: bold, filled
section-heading rows merged across the sheet name a department or portfolio, and under each
come that department's items from many reports and years mixed. Items owned by two
departments appear once under each. HMICFRS side: the register export as CSV (UTF-8 with BOM,
CRLF line ends, multi-line quoted cells).

Run with /work/main/.venv/bin/python. Fixed seed; rebuilds the case byte for byte.
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Load only the text lists (national.py, force.py), as a stand-alone package, without
# importing anything else of the tool.
import importlib.util  # noqa: E402

sys.dont_write_bytecode = True  # write nothing under /work/main

_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location("cgtexts", _TEXTS / "__init__.py",
                                               submodule_search_locations=[str(_TEXTS)])
_pkg = importlib.util.module_from_spec(_spec)
sys.modules["cgtexts"] = _pkg
_spec.loader.exec_module(_pkg)
import cgtexts.force as FORCEMOD  # noqa: E402
import cgtexts.national as NATMOD  # noqa: E402

SEED = 17017
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "department_sections_tracker"
CASE.mkdir(parents=True, exist_ok=True)

FORCE = "Gwent Police"
SHEET = "Departmental tracker"
CSVNAME = "hmicfrs.csv"

NAT = NATMOD.NATIONAL
B = FORCEMOD.BODIES


def body(prefix: str) -> str:
    """The one body in BODIES that starts with prefix."""
    hits = [b for b in B if b.startswith(prefix)]
    assert len(hits) == 1, (prefix, len(hits))
    return hits[0]


def nat(key: str, i: int) -> str:
    return NAT[key][2][i][1]


# ---------------------------------------------------------------------------------------------
# Reports on the register: key -> (title, published dd/mm/yyyy)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (NAT["sas13"][0], "09/07/2013"),
    "everyone": (NAT["everyone"][0], "27/03/2014"),
    "austerity": (NAT["austerity"][0], "22/07/2014"),
    "core": (NAT["core"][0], "04/09/2014"),
    "integrity": (NAT["integrity"][0], "30/01/2015"),
    "sas15": (NAT["sas15"][0], "24/03/2015"),
    "picture": (NAT["picture"][0], "01/07/2015"),
    "firearms": (NAT["firearms"][0], "15/09/2015"),
    "eff15": ("PEEL: Police effectiveness 2015", "18/02/2016"),
    "efc15": ("PEEL: Police efficiency 2015", "20/10/2015"),
    "leg15": ("PEEL: Police legitimacy 2015", "11/02/2016"),
    "efc16": ("PEEL: Police efficiency 2016", "03/11/2016"),
    "eff16": ("PEEL: Police effectiveness 2016", "02/03/2017"),
    "stolen": (NAT["stolen"][0], "24/10/2017"),
    "efc17": (NAT["efc17"][0], "09/11/2017"),
    "leg17": (NAT["leg17"][0], "12/12/2017"),
    "leg17f": ("PEEL: Police legitimacy 2017", "12/12/2017"),
    "eff17": ("PEEL: Police effectiveness 2017", "22/03/2018"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites 2018",
                  "14/08/2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", "02/05/2019"),
    "cdi19": ("Crime data integrity inspection 2019", "06/09/2019"),
    "powers": (NAT["powers"][0], "26/02/2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "13/05/2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", "17/05/2024"),
}

REC, AFI, COC, NREC = ("Recommendation", "Area for improvement", "Cause of concern",
                       "National recommendation")

# HMICFRS status vocabulary and comments (register wording, research notes 1.2)
OPEN_ST = {"Awaiting review", "Being progressed"}
CLOSED_ST = {"Complete", "Superseded"}
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_SUP2 = ("Superseded by the findings of the 2021/22 PEEL inspection. Any outstanding "
          "issues are captured in the areas for improvement from that inspection.")

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key, report, type, text, status, comment
# ---------------------------------------------------------------------------------------------
CDI_TEXT = "Within six months the force should " + FORCEMOD.CDI_VICTIMS_BODY + "."
CUSTODY_TEXT = ("Within six months Gwent Police should, " + body("in conjunction with children") + ".")
DA_COC = FORCEMOD.CAUSES[0]

H = [
    # national -------------------------------------------------------------------------------
    ("N1", "sas13", NREC, nat("sas13", 0), "Complete", C_DONE),
    ("N2", "sas13", NREC, nat("sas13", 1), "Complete", C_DONE),
    ("N3", "sas13", NREC, nat("sas13", 2), "Complete", C_AUTH),
    ("N4", "everyone", NREC, NATMOD.EVERYONE_PLAN, "Superseded", C_SUP),
    ("N5", "austerity", NREC, nat("austerity", 0), "Complete", C_DONE),
    ("N6", "austerity", NREC, nat("austerity", 1), "Complete", C_DONE),
    ("N7", "austerity", NREC, nat("austerity", 2), "Complete", C_DONE),
    ("N8", "austerity", NREC, nat("austerity", 3), "Being progressed", C_REV),
    ("N9", "core", NREC, nat("core", 0), "Being progressed", C_MON),
    ("N10", "core", NREC, nat("core", 1), "Complete", C_DONE),
    ("N11", "integrity", NREC, nat("integrity", 0), "Complete", C_DONE),
    ("N12", "sas15", NREC, nat("sas15", 0), "Being progressed", C_MON),
    ("N13", "picture", NREC, nat("picture", 0), "Being progressed", C_MON),
    ("N14", "firearms", NREC, nat("firearms", 0), "Complete", C_DONE),
    ("N15", "firearms", NREC, nat("firearms", 1), "Being progressed", C_MON),
    ("N16", "firearms", NREC, nat("firearms", 2), "Complete", C_DONE),
    ("N17", "firearms", NREC, nat("firearms", 3), "Awaiting review", C_REV),
    ("N18", "firearms", NREC, nat("firearms", 4), "Being progressed", C_MON),
    ("N19", "stolen", NREC, nat("stolen", 0), "Being progressed", C_MON),
    ("N20", "stolen", NREC, nat("stolen", 1), "Complete", C_DONE),
    ("N21", "stolen", NREC, nat("stolen", 2), "Being progressed", C_MON),
    ("N22", "stolen", NREC, nat("stolen", 3), "Awaiting review", C_REV),
    ("N23", "stolen", NREC, nat("stolen", 4), "Being progressed", C_MON),
    ("N24", "stolen", NREC, nat("stolen", 5), "Being progressed", C_MON),
    ("N25", "stolen", NREC, nat("stolen", 6), "Complete", C_AUTH),
    ("N26", "efc17", NREC, nat("efc17", 0), "Being progressed", C_MON),
    ("N27", "leg17", COC, nat("leg17", 0), "Complete", C_DONE),
    ("N28", "leg17", NREC, nat("leg17", 1), "Being progressed", C_MON),
    ("N29", "leg17", NREC, nat("leg17", 2), "Being progressed", C_MON),
    ("N30", "leg17", NREC, nat("leg17", 3), "Complete", C_DONE),
    ("N31", "leg17", NREC, nat("leg17", 4), "Being progressed", C_MON),
    ("N32", "powers", NREC, nat("powers", 0), "Being progressed", C_MON),
    ("N33", "powers", NREC, nat("powers", 1), "Being progressed", C_MON),
    ("N34", "powers", NREC, nat("powers", 2), "Being progressed", C_MON),
    ("N35", "powers", NREC, nat("powers", 3), "Awaiting review", C_NEW),
    ("N36", "powers", NREC, nat("powers", 4), "Being progressed", C_MON),
    # force-level ----------------------------------------------------------------------------
    ("F1", "eff15", AFI, "The force should improve its understanding of the nature and scale "
     "of child sexual exploitation in its area.", "Complete", C_DONE),
    ("F2", "eff15", AFI, "The force should make sure investigations of domestic abuse are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Superseded", C_SUP),
    ("F3", "efc15", AFI, "The force should " + body("undertake further work") + ".",
     "Complete", C_DONE),
    ("F4", "efc15", AFI, "The force should " + body("develop a future workforce plan") + ".",
     "Being progressed", C_MON),
    ("F5", "leg15", AFI, "The force should " + body("establish or improve monitoring") + ".",
     "Being progressed", C_MON),
    ("F6", "leg15", AFI, "The force should " + body("satisfy itself that it has processes") + ".",
     "Being progressed", C_MON),
    ("F7", "eff16", COC, DA_COC, "Complete", C_DONE),
    ("F8", "eff16", REC, "HMIC recommends that the force should immediately: "
     + body("take steps to ensure that there is effective supervision") + ";",
     "Complete", C_AUTH),
    ("F9", "eff16", REC, "HMIC recommends that within six months the force should: "
     + body("cease the practice") + ";", "Being progressed", C_MON),
    ("F10", "efc16", AFI, "The force should " + body("develop its understanding of the links")
     + ".", "Being progressed", C_MON),
    ("F11", "efc16", AFI, "The force should " + body("improve its use of its crime-recording")
     + ".", "Complete", C_DONE),
    ("F12", "leg17f", AFI, "The force should " + body("make sure it provides a confidential")
     + ".", "Being progressed", C_MON),
    ("F13", "leg17f", AFI, "The force should " + body("review the support available") + ".",
     "Being progressed", C_MON),
    ("F14", "leg17f", AFI, "The force should " + body("review how it gathers and uses equality")
     + ".", "Awaiting review", C_NEW),
    ("F15", "eff17", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from county lines drug dealing.", "Being progressed", C_MON),
    ("F16", "eff17", AFI, "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", "Complete", C_DONE),
    ("F17", "eff17", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "Being progressed", C_MON),
    ("F18", "cdi19", REC, CDI_TEXT, "Being progressed", C_MON),
    ("F19", "cdi19", AFI, "The force should make sure it records reports of hate crime "
     "accurately and without delay.", "Complete", C_DONE),
    ("F20", "peel18", REC, "HMIC recommends that within six months the force should: "
     + body("improve its ability to retrieve digital evidence") + ";", "Being progressed", C_MON),
    ("F21", "peel18", REC, "HMIC recommends that within six months the force should: "
     + body("improve its understanding of suspects") + ";", "Complete", C_DONE),
    ("F22", "peel18", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to fraud.", "Being progressed", C_MON),
    ("F23", "peel18", AFI, "Gwent Police should " + body("ensure all staff have received") + ".",
     "Being progressed", C_MON),
    ("F24", "custody18", REC, CUSTODY_TEXT, "Superseded", C_SUP2),
    ("F26", "peel21", AFI, NATMOD.CONTROL_ROOM, "Being progressed", C_MON),
    ("F27", "peel21", AFI, "The force should improve the timeliness of its response to calls "
     "for service involving anti-social behaviour.", "Complete", C_DONE),
    ("F28", "peel21", AFI, "The force should " + body("ensure that officers and staff have "
                                                         "effective communication") + ".",
     "Awaiting review", C_NEW),
    ("F29", "peel21", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "Complete", C_DONE),
    ("F30", "peel21", AFI, "The force should " + body("make sure it provides accessible") + ".",
     "Being progressed", C_MON),
    ("F31", "peel21", AFI, "The force should " + body("specify in succession plans") + ".",
     "Being progressed", C_MON),
    ("F32", "peel21", AFI, "The force should make sure investigations of rape and serious "
     "sexual offences are allocated to officers with the right skills and are effectively "
     "supervised.", "Being progressed", C_MON),
    ("F33", "peel23", AFI, "The force should make sure it consistently uses ancillary orders "
     "and other powers to protect victims of stalking and harassment.", "Awaiting review", C_NEW),
    ("F34", "peel23", AFI, "The force should make sure officers and staff have the training "
     "they need to identify and respond to vulnerable adults.", "Awaiting review", C_NEW),
    ("F35", "peel23", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", "Awaiting review", C_NEW),
    ("F36", "peel23", AFI, "The force should " + body("put plans in place to monitor") + ".",
     "Awaiting review", C_NEW),
    ("F37", "peel23", AFI, "The force should " + body("immediately review its current background")
     + ".", "Awaiting review", C_NEW),
    ("F38", "peel23", AFI, "The force should make sure its analysis of knife crime informs its "
     "strategic assessment and control strategy.", "Awaiting review", C_NEW),
]
HK = {h[0]: h for h in H}
assert len(HK) == len(H)


def pubkey(rep: str):
    d, m, y = REPORTS[rep][1].split("/")
    return (int(y), int(m), int(d))


# register order: publication date, then the order above; IDs rise with it (unique integers)
order = sorted(range(len(H)), key=lambda i: (pubkey(H[i][1]), i))
H_SORTED = [H[i] for i in order]
ids: dict[str, int] = {}
nid = 2300
last_rep = None
for h in H_SORTED:
    nid += rng.randint(180, 420) if h[1] != last_rep else rng.randint(1, 3)
    last_rep = h[1]
    ids[h[0]] = nid
HROW = {h[0]: i + 2 for i, h in enumerate(H_SORTED)}  # header is row 1

# transposed reference for F20's conflict (last two digits swapped, not another item's id)
f20 = str(ids["F20"])
while f20[-1] == f20[-2]:
    ids["F20"] += 1
    f20 = str(ids["F20"])
F20_BAD = int(f20[:-2] + f20[-1] + f20[-2])
assert F20_BAD not in ids.values()


# status dates fixed by hand where the comment dates the closure (superseded by later reports)
DATE_OVERRIDE = {"N4": "18/03/2016", "F24": "20/06/2022"}


def status_date(h) -> str:
    y, m, d = pubkey(h[1])
    if h[0] in DATE_OVERRIDE:
        rng.random()  # keep the random stream as it was
        return DATE_OVERRIDE[h[0]]
    if h[4] in CLOSED_ST:
        yy = min(y + rng.randint(1, 3), 2024)
    else:
        yy = min(max(y + rng.randint(1, 6), 2022), 2024)
    mm = rng.randint(1, 12) if yy < 2024 else rng.randint(1, 10)
    dd = rng.randint(1, 28)
    if (yy, mm, dd) <= (y, m, d):
        yy, mm, dd = 2024, 9, rng.randint(1, 28)
    return f"{dd:02d}/{mm:02d}/{yy}"


def crlf(s: str) -> str:
    return s.replace("\r\n", "\n")


buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date", "Latest comment"])
for h in H_SORTED:
    w.writerow([ids[h[0]], FORCE, REPORTS[h[1]][0], REPORTS[h[1]][1], h[2], h[3], h[4],
                status_date(h), h[5]])
(CASE / CSVNAME).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

# ---------------------------------------------------------------------------------------------
# Force tracker
# ---------------------------------------------------------------------------------------------
# tracker names for reports (the force's short names)
TN = {
    "sas13": ("Stop and Search 2013", 2013), "everyone": ("Everyone's Business (DA) 2014", 2014),
    "austerity": ("Policing in Austerity", 2014), "core": ("Core Business", 2014),
    "integrity": ("Integrity Matters", 2015), "sas15": ("Stop & search powers 2", 2015),
    "picture": ("Building the Picture", 2015),
    "firearms": ("Targeting the Risk (Firearms Licensing)", 2015),
    "eff15": ("PEEL Effectiveness", 2015), "efc15": ("PEEL Efficiency", 2015),
    "leg15": ("PEEL Legitimacy", 2015), "efc16": ("PEEL Efficiency", 2016),
    "eff16": ("PEEL Effectiveness", 2016), "stolen": ("Stolen Freedom (MSHT)", 2017),
    "efc17": ("PEEL Efficiency 17 (all forces)", 2017), "leg17": ("PEEL Legit 17 S&S", 2017),
    "leg17f": ("PEEL Legitimacy", 2017), "eff17": ("PEEL Effectiveness", 2017),
    "custody18": ("Custody inspection", 2018), "peel18": ("PEEL", "2018/19"),
    "cdi19": ("Crime Data Integrity", 2019), "powers": ("Police powers spotlight (Feb 21)", 2021),
    "peel21": ("PEEL", "2021/22"), "peel23": ("PEEL", "2023/24"),
}

def ab(text: str, *pairs: tuple[str, str]) -> str:
    for a, b in pairs:
        text = re.sub(a, b, text, flags=re.I)
    return text


DA = (r"domestic abuse", "DA")
SS = (r"stop and search", "S&S")
MSHT = (r"modern slavery and human trafficking", "MSHT")
CCS = (r"chief constables", "CCs")

# Force rows per section. Each row: (item key or None, inspection key or own name, type,
# text, lead, status, update, target, show_ref). `item` "L.." = local action (no HMICFRS item).
# `insp` is a report key from TN, or a tuple (own inspection name, year) for local rows.
S = {}

S["Crime & Justice"] = [
    ("F11", "efc16", "AFI", "Improve use of crime recording & management system (Niche) to "
     "better manage case files and investigative processes.", "DCI Rhys Powell", "Complete",
     "Niche case file module live Apr 18. Closed by HMICFRS.", "Apr-18", False),
    ("N21", "stolen", "Rec", ab(nat("stolen", 2), MSHT), "Det Supt Carys Howells", "Complete",
     "CJ element complete: CPS charging advice protocol amended to require s45 consideration "
     "at first charge. Joint item with Public Protection (see PP section).", "Oct-19", True),
    ("N23", "stolen", "Rec", "Immediately, forces should take steps to ensure they fully comply "
     "with NCRS requirements for offences identified as MSHT and that sufficient audit capacity "
     "is available to the force crime registrar to provide reassurance that each force is "
     "identifying and managing any gaps in its crime-recording accuracy for these types of "
     "offences.", "Ms Ceri Thomas (Force Crime Registrar)", "In progress",
     "MSHT added to FCR audit schedule. Q2 audit 86% compliant – re-audit booked Jan 25.",
     "Mar-25", False),
    ("F15", "eff17", "AFI", "The force should improve how it works with partner organisations "
     "to safeguard people at risk from county lines drug dealing.", "DCI Rhys Powell",
     "In progress", "Op Tarian county lines MOU with YOS and LA safeguarding boards in draft.",
     "Dec-24", False),
    ("F20", "peel18", "Rec", "HMIC recommends that within six months the force should: improve "
     "its ability to retrieve digital evidence from mobile phones, computers and other "
     "electronic devices quickly enough to ensure investigations are not delayed;",
     "Det Supt Carys Howells", "In progress",
     "DFU backlog down from 410 to 162 devices. Kiosk roll-out to 3 stations outstanding.",
     "Mar-25", True),
    ("F21", None, "Rec", "Within six months – improve understanding of suspects released under "
     "investigaton (RUI) and the management of those released on bail.", "DCI Rhys Powell", "Complete",
     "RUI/bail dashboard in place; weekly review at DMM. HMICFRS closed 2021.", "Sep-19", False),
    ("F22", None, "AFI", "Performance framework to give senior leaders a clear picture of the "
     "response to fraud.", "Det Supt Carys Howells", "Complete",
     "Economic crime measures in monthly performance pack since Jan 24. Ready to move to "
     "GREEN status – proposed for closure.", "Mar-24", False),
    ("F18", "cdi19", "Rec", "Within six months the force should put in place arrangements to "
     "ensure that:\n• multiple crimes are always recorded when described within incident "
     "records or identified as part of other recorded crime investigations;\n• the practice of "
     "awaiting the results of medical examinations or video interviews before making "
     "crime-recording decisions is stopped",
     "Ms Ceri Thomas (Force Crime Registrar)", "In progress",
     "Bullets 3 & 4 (FCR). Bullets 1, 2 & 5 held by Contact Management. Multiple-crime "
     "recording still 78% in Sept audit.", "Mar-25", True),
    ("F19", None, "AFI", "The force should make sure it records reports of hate crime "
     "accurately and without delay.", "Ms Ceri Thomas (Force Crime Registrar)", "In progress",
     "Hate crime qualifier audit monthly. Remains open locally pending 3 months at 95%.",
     "Jan-25", False),
    ("L1", ("Force Improvement Plan", 2024), "Local", "Force action - Dip-sample 50 rape and "
     "serious sexual offences crime reports each quarter and report findings to the Crime "
     "Standards Board", "DCI Rhys Powell", "In progress", "Q1 and Q2 dip samples complete.",
     "Mar-25", False),
    ("F35", "peel23", "AFI", "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", "Det Supt Carys Howells",
     "In progress", "SOC local profiles being refreshed with Tarian.", "Jun-25", False),
    ("F38", None, "AFI", "Make sure analysis of knife crime informs the strategic assessment "
     "and control strategy.", "Det Supt Carys Howells", "Open",
     "Knife crime problem profile commissioned from analysts.", "Jun-25", False),
]

S["Public Protection"] = [
    ("N4", "everyone", "Nat Rec", "By September 2014, every police force should establish and "
     "publish a DA action plan, developed in consultation with PCCs, DA support organisations "
     "and victims' representatives; after considering all recs in the report; with reference "
     "to DHRs and IPCC findings; drawing on CPS scrutiny panels and MARAC self-assessments.",
     "Det Supt Nia Rowlands", "Open – on track",
     "DA action plan refreshed annually; current plan to Force Executive Team Dec 24.",
     "Dec-24", False),
    ("F1", "eff15", "AFI", "Improve understanding of the nature and scale of CSE in Gwent.",
     "DCI Huw Pritchard", "Complete", "CSE problem profile completed 2016 and refreshed "
     "annually.", "Dec-16", False),
    ("F2", None, "AFI", "Make sure investigations of DA are allocated to officers with the "
     "right skills and are effectively supervised.", "DCI Huw Pritchard", "In progress",
     "DA investigation allocation policy being rewritten with PVP hub.", "Mar-25", False),
    ("F7", "eff16", "CoC", DA_COC, "Det Supt Nia Rowlands", "Complete",
     "DASH now mandatory for all DA incidents (FET decision 25 July). HMICFRS closed CoC.",
     "Jul-17", True),
    ("F8", None, "Rec", "HMIC recommends that the force should immediately: take steps to "
     "ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases;",
     "Det Supt Nia Rowlands", "Complete", "PP element (PVP hub secondary risk review) "
     "complete. Supervisory DASH review by response sergeants held by Local Policing.",
     "Jul-17", True),
    ("F16", "eff17", "AFI", "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", "DI Bethan Lloyd", "Complete", "Victim contact contracts on Niche; "
     "VCOP compliance 91%.", "Sep-19", False),
    ("F17", None, "AFI", "Make sure there is enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "DI Bethan Lloyd", "Complete",
     "POLIT team uplift of 4 DCs in post Sept 23. Completed. Evidence submitted to HMICFRS "
     "for closure.", "Sep-23", False),
    ("N19", "stolen", "Rec", "Within twelve months, forces should review their leadership and "
     "governance arrangements for MSHT, to ensure that:\n• senior leaders prioritise the "
     "response to MSHT;\n• every incident of MSHT identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims.", "Det Supt Nia Rowlands", "In progress",
     "MSHT Gold group chaired by ACC. Partnership arrangements via Gwent Safeguarding Board.",
     "Mar-25", True),
    ("N20", None, "Rec", NATMOD.MSHT_INTEL, "DCI Huw Pritchard", "Complete",
     "ISA signed with 5 LAs, ABUHB and GLAA.", "Apr-18", False),
    ("N21", None, "Rec", ab(nat("stolen", 2), MSHT), "DI Bethan Lloyd", "In progress",
     "PP element: s45 prompt added to MSHT investigation template; training for PVP "
     "investigators outstanding. Joint with Crime & Justice.", "Mar-25", True),
    ("N22", None, "Rec", ab(NATMOD.MSHT_NRM, MSHT), "DI Bethan Lloyd", "Complete",
     "NRM and duty to notify via single point in PVP hub; audit 100%.", "Jun-18", False),
    ("N24", None, "Rec", "Immediately, forces should ensure that allegations or indications of "
     "MSHT are thoroughly investigated and effectively supervised by teams and individuals with "
     "the skills and experience to undertake them.", "Det Supt Nia Rowlands", "Open",
     "", "Mar-25", False),
    ("N25", None, "Rec", "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 (STROs / STPOs).", "DCI Huw Pritchard", "In progress",
     "Two STPOs obtained 2023. Guidance for OICs being written.", "Dec-24", False),
    ("F33", "peel23", "AFI", "The force should make sure it consistently uses ancillary orders "
     "and other powers to protect victims of stalking and harassment.", "DI Bethan Lloyd",
     "Not started", "Awaiting allocation.", "Jun-25", False),
]

S["Contact Management"] = [
    ("N9", "core", "Rec", "Not later than 31 March 2015 those forces using a threat, harm and "
     "risk policy, that have not yet done so, should provide call-handlers with specific, sound "
     "and comprehensible criteria against which they can assess threat, harm and risk.",
     "Supt Dafydd Evans", "Complete", "THRIVE+ embedded in FCC; evidence pack sent to HMICFRS "
     "Aug 24.", "Mar-15", False),
    ("F9", "eff16", "Rec", "HMIC recommends that within six months the force should: cease the "
     "practice of conducting domestic abuse risk assessments over the telephone and dealing "
     "with domestic abuse in the resolution centre;", "Supt Dafydd Evans", "Complete",
     "Resolution centre no longer takes DA. Telephone DASH ceased Sept 17.", "Sep-17", False),
    ("N18", "firearms", "Rec", "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Ch Insp Lowri Morgan",
     "Complete", "FCC element: NFLMS flag check built into dispatch script.", "Dec-15", True),
    ("F18", "cdi19", "Rec", "Within six months the force should put in place arrangements to "
     "ensure that:\n• at the point of report, victims are believed;\n• conversations between "
     "the call handlers and callers are summarised accurately in the incident log, thus "
     "providing attending officers with full facts on which to base crime-recording "
     "decisions;\n• online reports of crime are triaged at the point of receipt to ensure any "
     "ongoing risks to the victim or the wider public are identified and appropriately managed",
     "Ch Insp Lowri Morgan", "Complete", "FCC bullets (1, 2 & 5) complete. Bullets 3 & 4 "
     "with FCR under Crime & Justice.", "Mar-20", True),
    ("F26", "peel21", "AFI", "Ensure sufficient resources in the control room to fulfil its "
     "resourcing model and meet demand, taking into account workforce wellbeing.",
     "Mr Gareth Hughes (Control Room Manager)", "In progress",
     "Resourcing model reviewed; 12 call handlers in training. 999 answer rate 88%.",
     "Mar-25", False),
    ("F27", None, "AFI", "The force should improve the timeliness of its response to calls for "
     "service involving anti-social behaviour.", "Mr Gareth Hughes (Control Room Manager)",
     "Complete", "ASB grading and attendance times in FCC dashboard. Joint with Local "
     "Policing.", "Dec-22", False),
    ("L2", ("Force Management Statement", 2024), "Local", "Local action: Review the anti-social "
     "behaviour demand profile as part of the force management statement",
     "Ch Insp Lowri Morgan", "Complete", "FMS 2024 submitted.", "May-24", False),
]

S["Local Policing – Neighbourhoods"] = [
    ("N1", "sas13", "Nat Rec", nat("sas13", 0), "Ch Supt Alun Roberts", "Complete",
     "National action – CoP APP on stop and search published.", "2014", False),
    ("N2", None, "Nat Rec", ab(nat("sas13", 1), SS, CCS), "Ch Supt Alun Roberts", "Complete",
     "S&S scrutiny via monthly S&S board.", "2014", False),
    ("N3", None, "Nat Rec", nat("sas13", 2), "Supt Emma Davies", "In progress",
     "Community scrutiny panel meets quarterly – see also 2015 report.", "", False),
    ("N12", "sas15", "Rec", nat("sas15", 0), "Supt Emma Davies", "In progress",
     "Panel now includes young people from Gwent Youth Forum. Publishing S&S data monthly on "
     "website from Jan 25.", "Jan-25", False),
    ("N10", "core", "Rec", "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated "
     "to determine the effectiveness of tactics being employed.", "Ch Insp Iwan Parry",
     "In progress", "Problem-solving (OSARA) evaluation template being rolled out.",
     "Mar-25", False),
    ("N27", "leg17", "CoC", nat("leg17", 0), "Ch Supt Alun Roberts", "Complete",
     "Closed by HMICFRS 2020.", "", True),
    ("N28", None, "Nat Rec", "By July 2018, all police forces should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of S&S powers "
     "to understand: the reasons for any disproportionate representation of different ethnic "
     "groups; the extent to which find rates differ between ethnicities and across types of "
     "searches (incl. find rates for drug possession and supply-type offences); and the "
     "prevalence of possession-only drug searches and how far they align with local or force "
     "priorities.", "Supt Emma Davies", "Proposed for closure",
     "S&S dashboard (Power BI) covers all three elements. Pending sign off by the chief "
     "officer lead.", "Jul-18", True),
    ("N29", None, "Nat Rec", nat("leg17", 2), "Supt Emma Davies", "In progress",
     "Disparity analysis by academic partner (USW) due Feb 25.", "Feb-25", False),
    ("N30", None, "Nat Rec", nat("leg17", 3), "Supt Emma Davies", "Complete",
     "Annual S&S report published on website each July.", "Jul-18", False),
    ("N31", None, "Nat Rec", nat("leg17", 4), "Ch Insp Iwan Parry", "In progress",
     "LP element: S&S refresher for all response & NPT officers; 74% complete.", "Mar-25",
     True),
    ("F8", "eff16", "Rec", "HMIC recommends that the force should immediately: take steps to "
     "ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases;",
     "Insp Kate Bowen", "In progress", "LP element: response sergeants' DASH supervision – "
     "dip sample shows 81% supervised within shift.", "Dec-24", True),
    ("N34", "powers", "Nat Rec", "By September 2021, forces should: ensure that officers record "
     "on BWV (when this is available) the entirety of all S&S encounters, including traffic "
     "stops and use of force incidents.", "Insp Kate Bowen", "Complete",
     "Policy amended; compliance 96%.", "Sep-21", True),
    ("N34", None, "Nat Rec", "have a structured process for regularly reviewing and monitoring "
     "internally a sufficient sample of BWV footage to identify and disseminate learning and "
     "hold officers to account when behaviour falls below acceptable standards.",
     "Insp Kate Bowen", "Complete", "Monthly supervisor BWV review – 10 per sergeant.",
     "Sep-21", True),
    ("N34", None, "Nat Rec", "provide external scrutiny panel members with access to samples "
     "of BWV footage showing S&S encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s APP.", "Supt Emma Davies", "In progress",
     "Panel vetting for footage access with Information Management.", "Mar-25", True),
    ("N35", None, "Nat Rec", nat("powers", 3), "Supt Emma Davies", "N/A – national body",
     "Not the force's responsibility to deliver; dependent upon another organisation (Home "
     "Office / NPCC). Request HMICFRS closure.", "", False),
    ("F28", "peel21", "AFI", "The force should ensure that officers and staff have effective "
     "communication skills, in line with the National Policing Guidelines on Conflict "
     "Management.", "Ch Insp Iwan Parry", "In progress",
     "Conflict management input in NPT CPD days 2025.", "Jun-25", False),
    ("F29", None, "AFI", "Develop a problem-solving approach to ASB, working with local "
     "communities and partners.", "Ch Insp Iwan Parry", "In progress",
     "OSARA training for NPT; problem-solving hub launched.", "Mar-25", False),
    ("F27", None, "AFI", "The force should improve the timeliness of its response to calls for "
     "service involving anti-social behaviour.", "Ch Insp Iwan Parry", "Complete",
     "NPT attendance to ASB within 48 hrs 93%. Joint with Contact Management.", "Dec-22",
     False),
    ("L5", ("JAC", 2023), "Local", "JAC action: Add neighbourhood crime measures to the monthly "
     "Force Performance pack", "Ch Supt Alun Roberts", "Complete", "In pack since Oct 23.",
     "Oct-23", False),
]

S["Operational Support (Custody & Firearms Licensing)"] = [
    ("N14", "firearms", "Rec", "Within three months, all CCs should assess how well the "
     "governance of firearms licensing in their force meets the standards set out in APP; "
     "where not compliant put in place immediately the correct arrangements and procedures.",
     "Mrs Sharon Price (Firearms Licensing Manager)", "Complete",
     "Governance review Dec 15. FLU reports to Op Support SLT.", "Dec-15", False),
    ("N15", None, "Rec", "Within six months, all chief constables should assess the demand "
     "placed on their firearms licensing department and ensure it has the capacity to meet "
     "this demand and provide an efficient and effective service at all times.",
     "Mrs Sharon Price (Firearms Licensing Manager)", "In progress",
     "Renewals backlog 640. Two temporary enquiry officers funded to Mar 25.", "Mar-25", False),
    ("N17", None, "Rec", "Within three months, ensure temporary permits are in accordance "
     "with HO guidance, "
     "recorded without delay on NFLMS and that certificate holders are never in unlawful "
     "possession.", "Mrs Sharon Price (Firearms Licensing Manager)", "Complete",
     "Temporary permit procedure reissued; NFLMS entry same day. Completed.", "Dec-15",
     False),
    ("N18", None, "Rec", "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Mrs Sharon Price (Firearms Licensing Manager)", "Complete",
     "FLU element: officer briefing on seizure powers delivered; NFLMS–Niche markers "
     "reconciled.", "Dec-15", True),
    ("F24", "custody18", "Rec", "Within six months Gwent Police should, in conjunction with "
     "children's social care services, review how it manages the detention of children. As a "
     "minimum it should: ensure children are only detained when absolutely necessary and for "
     "the minimum time; assess early a child's need for alternative accommodation (secure or "
     "otherwise); record all actions and decisions; improve timeliness of appropriate adult "
     "support.", "Ch Insp Mark Phillips (Custody)", "In progress",
     "Concordat on children in custody signed with 5 LAs. PACE bed availability still an "
     "issue.", "Mar-25", True),
]

S["Professional Standards Department"] = [
    ("N11", "integrity", "Nat Rec", nat("integrity", 0), "Det Supt Geraint Rees", "Complete",
     "NFA outcomes reviewed by PSD SMT quarterly, incl. protected characteristics.",
     "Aug-15", False),
    ("F6", "leg15", "AFI", "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in \"no "
     "further action\" are fair and free of any form of discrimination.",
     "Det Supt Geraint Rees", "In progress",
     "Disproportionality analysis of PSD outcomes commissioned (2024).", "Mar-25", False),
    ("F12", "leg17f", "AFI", "Provide a confidential way for staff to raise concerns and make "
     "sure staff are aware of whistleblowing processes.", "Det Supt Geraint Rees", "Complete",
     "Bad Apple (confidential reporting) relaunched; awareness 89% in staff survey. "
     "Proposed for closure.", "Mar-19", False),
    ("F13", None, "AFI", "Review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.",
     "Det Supt Geraint Rees", "In progress", "PSD element: reporter welfare contact within "
     "48 hrs. Joint with People & OD.", "Mar-25", False),
    ("F23", "peel18", "AFI", "Ensure all staff have at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, clearing the backlog and renewals so "
     "that we comply fully with national vetting guidelines.",
     "Mr Paul Williams (Head of Vetting)", "In progress",
     "Backlog 212 (from 1,030). Renewals on track.", "Mar-25", True),
    ("F30", "peel21", "AFI", "The force should make sure it provides accessible information "
     "for all staff and members of the public on how they can raise concerns and access "
     "confidential support (including through external agencies).",
     "Det Supt Geraint Rees", "Complete", "Intranet and website pages live. Complete.",
     "Dec-22", False),
    ("L6", ("Vetting, Misconduct & Misogyny 2022", 2022), "Rec", "Self-assessment against all "
     "43 recommendations and 5 AFIs of the vetting, misconduct and misogyny review completed "
     "and returned to the NPCC.", "Mr Paul Williams (Head of Vetting)", "Complete",
     "Returned to NPCC Feb 23.", "Feb-23", False),
    ("L3", ("TIAA internal audit 2023/24", "2023/24"), "Local", "Internal audit action: Internal "
     "audit of the counter-corruption governance arrangements (audit plan 2023/24)",
     "Det Supt Geraint Rees", "In progress", "Fieldwork complete; draft report awaited.",
     "Jan-25", False),
]

S["People & Organisational Development"] = [
    ("F4", "efc15", "AFI", "Develop a future workforce plan aligned with overall demand and "
     "budget, including future resource allocations, the mix of skills required and "
     "behaviours expected.", "Mrs Angharad Jones (Head of People Services)", "Complete",
     "Strategic Workforce Plan 2023–27 approved by Chief Officer Group.", "Mar-23", False),
    ("F13", "leg17f", "AFI", "Review the support available for those who have raised concerns "
     "and take any action needed to make sure these provisions are suitable.",
     "Mrs Angharad Jones (Head of People Services)", "In progress",
     "POD element: TRiM and EAP offer reviewed; peer supporters being recruited.",
     "Mar-25", False),
    ("F14", None, "Rec", "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.",
     "Ms Seren Watkins (EDI Lead)", "In progress", "Self-declaration campaign on Origin "
     "(HR system); declaration rate 71%.", "Mar-25", False),
    ("N31", "leg17", "Nat Rec", nat("leg17", 4), "Mr Tom Edwards (Head of L&D)", "In progress",
     "L&D element: unconscious bias e-learning mandatory; APP S&S module refreshed 2024.",
     "Mar-25", True),
    ("N32", "powers", "Nat Rec", ab(nat("powers", 0), (r"officers and staff", "officers & staff")),
     "Mr Tom Edwards (Head of L&D)", "Complete",
     "Conflict management & communication skills in PST since 2022. Completed.", "Jul-22",
     False),
    ("N33", None, "Nat Rec", nat("powers", 1), "Mr Tom Edwards (Head of L&D)", "In progress",
     "BWV debrief guide for supervisors drafted.", "Mar-25", False),
    ("F31", "peel21", "AFI", "Specify in succession plans how we intend to improve diversity "
     "across all levels of the force, incl. increased direct-entry opportunities.",
     "Ms Seren Watkins (EDI Lead)", "In progress", "Positive action pathway for Insp/Ch Insp "
     "launched.", "Mar-25", False),
    ("L4", ("DA Matters follow-up (local)", 2024), "Local", "Deliver refresher training on "
     "domestic abuse to all response and neighbourhood officers", "Mr Tom Edwards "
     "(Head of L&D)", "In progress", "62% of officers trained.", "Mar-25", False),
    ("F34", "peel23", "AFI", "The force should make sure officers and staff have the training "
     "they need to identify and respond to vulnerable adults.", "Mr Tom Edwards (Head of L&D)",
     "In progress", "Vulnerability training needs analysis underway.", "Jun-25", False),
    ("F36", None, "AFI", "The force should put plans in place to monitor, including through "
     "the gathering and analysis of staff feedback, team cultures and provide prompt remedial "
     "action for any issues it identifies.", "Mrs Angharad Jones (Head of People Services)",
     "Complete", "Culture dashboard and pulse survey in place. Complete – evidence held.",
     "Oct-24", False),
]

S["Corporate Services (Finance, Planning & Digital)"] = [
    ("N5", "austerity", "Nat Rec", "All CCs and PCCs should review their plans to deliver "
     "savings to ensure they are doing all they can to continue to reduce crime and protect the "
     "front line while balancing their budgets.", "Mrs Elin Griffiths (Head of Finance)",
     "Complete", "MTFP review 2014.", "2014", False),
    ("N7", None, "Nat Rec", nat("austerity", 2), "Mrs Elin Griffiths (Head of Finance)",
     "Complete", "Front-line protection reported to PCC Strategy & Performance Board.",
     "2014", False),
    ("N8", None, "Nat Rec", nat("austerity", 3), "Mr Richard Lewis (Head of Strategic Planning)",
     "Complete", "Collaboration with South Wales Police and Dyfed-Powys Police (JFU, Tarian, "
     "all-Wales procurement) reviewed annually. Complete.", "2015", False),
    ("F3", "efc15", "AFI", "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand.",
     "Mr Richard Lewis (Head of Strategic Planning)", "Complete",
     "Demand review 2016; Force Management Statement annually.", "2016", False),
    ("N13", "picture", "Nat Rec", "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure.",
     "Ms Joanne Harris (Information Manager)", "Complete",
     "Information Assurance Board scrutinises MoPI audits quarterly.", "Nov-15", False),
    ("F10", "eff16", "AFI", "The force should develop its understanding of the links between "
     "its outcomes, outputs and costs.", "Mrs Elin Griffiths (Head of Finance)", "In progress",
     "Outcome-based budgeting pilot in Local Policing.", "Mar-25", False),
    ("N26", "efc17", "Nat Rec", "By September 2018, chief constables should produce an "
     "ambitious plan to improve digitally-enabled services within their force.",
     "Mr Carwyn Bevan (Head of Digital)", "Complete",
     "Digital Strategy 2019–22 and Single Online Home adopted.", "Sep-18", False),
]

SECTIONS = list(S.keys())

# HMICFRS refs shown on the force side: as an int, except a couple typed as text
REF_TEXT = {"F7": "HMICFRS {id}", "N27": "ID {id}"}

# Conflicts (item key -> why)
CONFLICT = {
    "N15": "timescale: HMICFRS text says 'Within three months', the tracker row says 'Within "
           "six months'",
    "N19": "missing bullet: tracker text lists three bullets and drops the fourth "
           "('performance and quality assurance measures ...')",
    "F10": "report: HMICFRS files it under PEEL: Police efficiency 2016, the tracker under "
           "'PEEL Effectiveness' 2016",
    "F14": "type: HMICFRS has an area for improvement, the tracker records it as 'Rec'",
    "F20": f"reference: tracker HMICFRS Ref {F20_BAD} (digits transposed); the register ID is "
           f"{ids['F20']}",
}

FORCE_DONE = {"complete", "proposed for closure", "n/a – national body"}
FORCE_OPEN = {"in progress", "open", "open – on track", "not started"}


def force_done(st: str) -> bool:
    s = st.strip().lower()
    assert s in FORCE_DONE | FORCE_OPEN, st
    return s in FORCE_DONE


# ---------------------------------------------------------------------------------------------
# Write the workbook
# ---------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = SHEET
HEAD = ["Item", "Inspection", "Year", "Rec/AFI", "HMICFRS Ref", "Recommendation",
        "Action lead", "Status", "Update", "Target date"]
NC = len(HEAD)
thin = Side(style="thin", color="A6A6A6")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "Gwent Police – HMICFRS Recommendations & Areas for Improvement: tracker by owning department"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
ws["A2"] = ("Maintained by Strategic Planning & Improvement (Corporate Services). Version 14 – "
            "updated 18/11/2024 for the Joint Audit Committee. OFFICIAL")
ws["A2"].font = Font(italic=True)
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=NC)
HR = 4
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(row=HR, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9D9D9")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = border

SEC_FILL = PatternFill("solid", fgColor="1F4E78")
SEC_FONT = Font(bold=True, color="FFFFFF", size=12)
ST_FILL = {"complete": "C6EFCE", "proposed for closure": "C6EFCE", "n/a – national body": "FFFFFF",
           "in progress": "FFEB9C", "open": "FFEB9C", "open – on track": "FFEB9C",
           "not started": "FFC7CE"}
CODES = {"Crime & Justice": "CJ", "Public Protection": "PP", "Contact Management": "CM",
         "Local Policing – Neighbourhoods": "LP",
         "Operational Support (Custody & Firearms Licensing)": "OS",
         "Professional Standards Department": "PSD",
         "People & Organisational Development": "POD",
         "Corporate Services (Finance, Planning & Digital)": "CS"}
HEADINGS = {
    "Crime & Justice": "CRIME & JUSTICE  (Portfolio: ACC Crime & Justice)",
    "Public Protection": "PUBLIC PROTECTION",
    "Contact Management": "Contact Management",
    "Local Policing – Neighbourhoods": "Local Policing – Neighbourhoods",
    "Operational Support (Custody & Firearms Licensing)": "Operational Support (Custody & Firearms Licensing)",
    "Professional Standards Department": "Professional Standards Department",
    "People & Organisational Development": "People & Organisational Development",
    "Corporate Services (Finance, Planning & Digital)": "Corporate Services (Finance, Planning & Digital)",
}

r = HR + 1
force_rows: list[dict] = []  # every item row written
nonitem_rows: list[tuple[int, str]] = [(1, "title"), (2, "title"), (3, "blank"), (HR, "header")]


def section_heading(row: int, text: str) -> None:
    c = ws.cell(row=row, column=1, value=text)
    c.font = SEC_FONT
    for cc in range(1, NC + 1):
        ws.cell(row=row, column=cc).fill = SEC_FILL
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC)


for si, sec in enumerate(SECTIONS):
    if si:
        nonitem_rows.append((r, "blank"))
        r += 1
    section_heading(r, HEADINGS[sec])
    nonitem_rows.append((r, "section heading"))
    r += 1
    prev_insp = None
    n = 0
    for (key, insp, typ, text, lead, st, upd, tgt, show_ref) in S[sec]:
        n += 1
        # resolve the inspection shown / inherited
        if insp is None:
            shown_name, shown_year = None, None
            eff = prev_insp
        elif isinstance(insp, tuple):
            shown_name, shown_year = insp
            eff = ("own",) + insp
        else:
            shown_name, shown_year = TN[insp]
            eff = insp
        assert eff is not None, (sec, key)
        if key and not key.startswith("L"):
            rep_true = HK[key][1]
            if key == "F10":
                assert eff == "eff16"
            else:
                assert eff == rep_true, (sec, key, eff, rep_true)
        prev_insp = eff
        ref = None
        if show_ref and key and not key.startswith("L"):
            ref = F20_BAD if key == "F20" else ids[key]
            if key in REF_TEXT:
                ref = REF_TEXT[key].format(id=ids[key])
        elif key and key.startswith("L"):
            ref = "n/a"
        vals = [f"{CODES[sec]}{n:02d}", shown_name, shown_year, typ, ref, text, lead, st,
                upd or None, tgt or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=ST_FILL[st.lower()])
        force_rows.append(dict(row=r, sec=sec, key=key, status=st, text=text))
        r += 1
    if sec == "Operational Support (Custody & Firearms Licensing)":
        pass

# a note-only section: regional items held elsewhere
nonitem_rows.append((r, "blank"))
r += 1
section_heading(r, "Tarian ROCU (regional – Southern Wales)")
nonitem_rows.append((r, "section heading"))
r += 1
ws.cell(row=r, column=6, value="No items held on this tracker – Tarian items are reported on "
        "the regional tracker to the Tarian Joint Governance Board.").font = Font(italic=True)
nonitem_rows.append((r, "note"))
r += 1
nonitem_rows.append((r, "blank"))
r += 2
nonitem_rows.append((r - 1, "blank"))
legend = [
    "Status key:",
    "Complete – action delivered and evidence held by the action lead (green).",
    "Proposed for closure – action lead asks for the item to be submitted to HMICFRS for closure.",
    "In progress / Open – work under way (amber). Not started – not yet allocated (red).",
    "N/A – national body – not the force's to deliver; closure to be requested from HMICFRS.",
    "Items owned by two departments appear under each department with the same HMICFRS Ref.",
]
for i, t in enumerate(legend):
    c = ws.cell(row=r, column=1, value=t)
    if i == 0:
        c.font = Font(bold=True)
    nonitem_rows.append((r, "legend"))
    r += 1
LAST_ROW = r - 1

widths = [7, 26, 9, 9, 12, 70, 28, 18, 50, 11]
for i, wdt in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = wdt
ws.freeze_panes = f"A{HR + 1}"

# a change log sheet (no items)
cl = wb.create_sheet("Change log")
cl.append(["Date", "Change", "By"])
cl.append(["02/09/2024", "PEEL 2023/24 AFIs added to owning departments", "R Lewis"])
cl.append(["14/10/2024", "Firearms licensing moved from Crime & Justice to Operational Support",
           "R Lewis"])
cl.append(["18/11/2024", "Updates collected from action leads for JAC", "R Lewis"])
for c in cl[1]:
    c.font = Font(bold=True)
cl.column_dimensions["B"].width = 70

FIXED = "2024-11-18T09:00:00Z"
wb.properties.creator = "Strategic Planning & Improvement"
out = io.BytesIO()
wb.save(out)
src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
final = io.BytesIO()
with zipfile.ZipFile(final, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                          rb"\g<1>" + FIXED.encode() + rb"\g<3>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 18, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, data)
(CASE / "tracker.xlsx").write_bytes(final.getvalue())

# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------
def hid(k: str) -> str:
    return f"{CSVNAME}!{HROW[k]}"


def fid(row: int) -> str:
    return f"{SHEET}!{row}"


by_key: dict[str, list[dict]] = {}
for fr in force_rows:
    by_key.setdefault(fr["key"], []).append(fr)

# trap notes added to the why of the item's line(s)
NOTE = {
    "N3": "row has blank Inspection/Year: inherits 'Stop and Search 2013' from the row above; "
          "near-identical text to the 2015 item (Stop & search powers 2), which has its own row",
    "N12": "near-identical to the 2013 national text ('elected local policing bodies' vs "
           "'police and crime commissioners'); told apart by report and year",
    "N2": "abbreviated (CCs, S&S); the PEEL Legitimacy 2015 AFI with the same ask is a "
          "separate item and is missing from the tracker",
    "F5": "same ask as the 2013 national item tracked at the Local Policing row with "
          "'Stop and Search 2013'; that row is the 2013 item's, not this one's",
    "N11": "the PEEL Legitimacy 2015 AFI with the same ask has its own PSD row",
    "F6": "same ask as Integrity matters 2015 (national); told apart by 'PEEL Legitimacy' 2015",
    "F32": "template twin of the PEEL Effectiveness 2015 DA allocation AFI (Public Protection "
           "row); different topic and report, so not that row",
    "F2": "template twin of the 2021/22 RASSO allocation AFI, which is missing",
    "N26": "tracker gives only the first sentence; the dropped sentence is addressed to the "
           "Home Office/NPCC/APCC, not the force: not a conflict",
    "N20": "HMICFRS text carries a stray footnote '86' and no full stop; tracker text clean",
    "N4": "tracker abridges the plan's bullets but keeps the deadline; stray '20' in HMICFRS "
          "text",
    "N35": "tracker status 'N/A – national body' (not the force's to deliver) counts as done",
    "N28": "tracker status 'Proposed for closure' counts as done; bullets run into one "
           "sentence but all three kept",
    "N32": "same ask as the PEEL 2021/22 AFI (Local Policing row), which stays open",
    "F28": "same ask as the 2021 national item (People & OD row, Complete)",
    "F7": "HMICFRS Ref typed as 'HMICFRS <id>'; Year 2016 is the title year (published 2017): "
          "not a conflict",
    "N27": "HMICFRS Ref typed as 'ID <id>'; tracker 'CoC' = cause of concern",
    "F9": "Year 2016 is the title year (published 02/03/2017): not a conflict",
    "F21": "tracker text abridged with the timescale kept ('Within six months –')",
}

truth = []
for h in H_SORTED:
    k = h[0]
    hopen = h[4] in OPEN_ST
    rows = by_key.get(k, [])
    if not rows:
        truth.append((hid(k), "", "missing_from_force",
                      f"on the register ({h[4]}), no row in any department's section"))
        continue
    done_all = all(force_done(x["status"]) for x in rows)
    secs = sorted({x["sec"] for x in rows}, key=SECTIONS.index)
    multi = len(rows) > 1
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    elif hopen and done_all:
        cat, why = "closeable_submit", f"HMICFRS {h[4]}; tracker done"
    elif (not hopen) and not done_all:
        cat, why = "closeable_local", f"HMICFRS {h[4]}; tracker still open"
    elif hopen:
        cat, why = "in_sync", f"HMICFRS {h[4]}; tracker open"
    else:
        cat, why = "in_sync", f"HMICFRS {h[4]}; tracker done"
    for x in rows:
        w_ = why
        if multi:
            states = "; ".join(f"{y['sec']} row {y['row']}: {y['status']}" for y in rows)
            if len(secs) > 1:
                w_ = (f"owned by two departments ({' + '.join(secs)}); category decided on the "
                      f"item as a whole (done only if every owning row is done): {states}. "
                      + why)
            else:
                w_ = (f"split into {len(rows)} rows (one per ask) in {secs[0]}; category on the "
                      f"item as a whole: {states}. " + why)
        if k in NOTE:
            w_ += "; " + NOTE[k]
        if k == "F18":
            w_ += "; the CDI bullets are split between the two departments (1,2,5 / 3,4), together complete"
        truth.append((hid(k), fid(x["row"]), cat, w_))

for fr in force_rows:
    if fr["key"].startswith("L"):
        why = ("force's own action, not an HMICFRS item" if fr["key"] != "L6" else
               "vetting/misogyny 2022 national review self-assessment (NPCC return); not on "
               "the force's register export")
        truth.append(("", fid(fr["row"]), "not_on_hmicfrs_list", why))

# expected categories, decided by hand before building (checked here)
EXPECT = {
    "closeable_submit": {"N8", "N9", "N13", "N17", "N18", "N22", "N26", "N28", "N32", "N35",
                         "F4", "F9", "F12", "F17", "F22", "F30", "F36"},
    "closeable_local": {"N3", "N4", "N10", "N25", "F2", "F8", "F19", "F24", "F29"},
    "conflict": set(CONFLICT),
    "missing_from_force": {"N6", "N16", "N36", "F5", "F32", "F37"},
}
key_of_h = {hid(h[0]): h[0] for h in H_SORTED}
got: dict[str, set] = {}
for hr, frw, cat, _ in truth:
    if hr:
        got.setdefault(cat, set()).add(key_of_h[hr])
for cat, keys in EXPECT.items():
    assert got.get(cat, set()) == keys, (cat, got.get(cat, set()) ^ keys)

with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    tw = csv.writer(f, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        tw.writerow(t)

# facts the README quotes
FACTS = dict(ids=ids, hrow=HROW, f20_bad=F20_BAD, last_row=LAST_ROW, nonitem=nonitem_rows,
             force_rows=[(x["row"], x["sec"], x["key"], x["status"]) for x in force_rows])
if __name__ == "__main__" and "--facts" in sys.argv:
    import json
    print(json.dumps({k: v for k, v in FACTS.items()}, indent=1, default=str))
