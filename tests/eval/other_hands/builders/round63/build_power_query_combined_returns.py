"""Build the case `power_query_combined_returns`.

Force side: the organisational-learning team sends every portfolio lead their own slice of the
HMICFRS tracker as a separate workbook, the leads return them, and the analyst combines the
returned files with Excel's Get Data > From Folder (Power Query). The tracker the analyst holds
is the query's output table: a `Source.Name` column naming each returned file, and the union of
every file's columns (leads renamed or inserted columns, so some fields are split over parallel,
sparsely filled columns). Everything a lead typed below or inside their table came through as
rows too (a section title, a repeated header, a note, a legend, empty formatted rows), and the
query's date typing blanked the cells a lead had typed as text.

HMICFRS side: a plain register export, one row per item, header on row 1.

Run:  /work/main/.venv/bin/python build_power_query_combined_returns.py
Rebuilds power_query_combined_returns/ byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

SEED = 20
CASE = "power_query_combined_returns"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE

# --- real texts: the casegen text lists, loaded as a standalone package --------------------
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "hmitexts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
T = importlib.util.module_from_spec(_spec)
sys.modules["hmitexts"] = T
_spec.loader.exec_module(T)

FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGHBOUR = "Nottinghamshire Police"

rng = random.Random(SEED)

# HMICFRS status words (register export) --------------------------------------------------------
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
H_OPEN = {AR, BP}

# ----------------------------------------------------------------------------------------------
# Reports. key -> (HMICFRS title, published, force's own names for it)
# ----------------------------------------------------------------------------------------------
N = T.NATIONAL
REPORTS: dict[str, tuple[str, dt.date, tuple[str, ...]]] = {}
for k, (title, (y, m, d), _items) in N.items():
    REPORTS[k] = (title, dt.date(y, m, d), T.NATIONAL_TRACKER_NAMES[k])
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              ("PEEL Effectiveness 2016", "PEEL Eff 16")),
    "cdi17": ("Crime data integrity inspection 2017 – Lincolnshire Police", dt.date(2017, 8, 17),
              ("Crime Data Integrity 2017", "CDI 2017")),
    "efy17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
              ("PEEL Efficiency 2017", "PEEL Efficiency 17")),
    "leg17f": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
               ("PEEL Legitimacy 2017", "PEEL Legit 17")),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police",
               dt.date(2018, 6, 21), ("NCPI 2018", "Child protection inspection 2018")),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", dt.date(2019, 5, 2), ("PEEL 2018/19", "PEEL 18-19")),
    "cus20": ("Report on an unannounced inspection visit to police custody suites in "
              "Lincolnshire", dt.date(2020, 8, 11), ("Custody inspection 2020", "Custody 2020")),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 3, 15), ("PEEL 2021/22", "PEEL 21-22")),
    "peel25": ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – An "
               "inspection of Lincolnshire Police", dt.date(2024, 3, 8),
               ("PEEL 2023-25", "PEEL 23-25")),
})

NAT, REC, AFI, COC = T.NAT, T.REC, T.AFI, T.COC


def body(i: int) -> str:
    return T.BODIES[i].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def bidx(start: str) -> int:
    for i, b in enumerate(T.BODIES):
        if b.startswith(start):
            return i
    raise KeyError(start)


def tb(start: str, topic: str) -> str:
    for b in T.TOPIC_BODIES:
        if b.startswith(start):
            return b.replace("{t}", topic)
    raise KeyError(start)


NCPI_MISSING = body(bidx("review its approach to reports of missing children"))
CUSTODY_CHILDREN = body(bidx("in conjunction with children"))

# ----------------------------------------------------------------------------------------------
# Items. Each: key, report, id, type, HMICFRS text, HMICFRS status, plan
#   plan = (file, scenario, force status word, options)
# scenario: sync_open, sync_closed, submit, local, conflict_*, missing, split_*, actions
# ----------------------------------------------------------------------------------------------
PD = "Copy of HMICFRS return - People & Development.xlsx"
CM = "HMICFRS return - Contact Management.xlsx"
CD = "HMICFRS return - Corporate Development (national recs).xlsx"
LP = "HMICFRS return - Local Policing.xlsx"
OS = "HMICFRS return - Operational Support.xlsx"
PP = "HMICFRS return - Public Protection v2 FINAL.xlsx"
CJ = "HMICFRS return Q3 - Crime & Justice (C Supt Bell).xlsx"
PS = "HMICFRS_return_ProfStandards.xlsx"
FILES = sorted([PD, CM, CD, LP, OS, PP, CJ, PS])

ITEMS: list[dict] = []


def item(key, rep, rid, typ, text, hstat, file=None, scen=None, fstat=None, **opt):
    ITEMS.append(dict(key=key, rep=rep, id=rid, type=typ, text=text, hstat=hstat,
                      file=file, scen=scen, fstat=fstat, opt=opt))


def nat(key, i):
    return N[key][2][i][1]


# National (all-forces) items --------------------------------------------------------------------
item("sas13_1", "sas13", 412, NAT, nat("sas13", 0), CO, LP, "sync_closed", "COMPLETE")
item("sas13_2", "sas13", 413, NAT, nat("sas13", 1), SU, LP, "local", "AMBER")
item("sas13_3", "sas13", 414, NAT, nat("sas13", 2), CO, LP, "sync_closed", "COMPLETE",
     ftext="abbr")
item("everyone", "everyone", 2321, NAT, nat("everyone", 0), CO, PP, "sync_closed", "COMPLETE",
     ftext=T.EVERYONE_PLAN.replace("another force; and 20", "another force; and"))
item("aust_1", "austerity", 3350, NAT, nat("austerity", 0), CO, CD, "sync_closed", "COMPLETE")
item("aust_2", "austerity", 3351, NAT, nat("austerity", 1), SU, CD, "local", "AMBER")
item("aust_3", "austerity", 3352, NAT, nat("austerity", 2), CO, CD, "sync_closed", "GREY")
item("aust_4", "austerity", 3353, NAT, nat("austerity", 3), SU, CD, "local", "AMBER",
     ftext="typo")
item("core_1", "core", 4822, NAT, nat("core", 0), CO, CM, "sync_closed", "Complete")
item("core_2", "core", 4823, NAT, nat("core", 1), SU, LP, "local", "AMBER")
item("integrity", "integrity", 902, NAT, nat("integrity", 0), CO, PS, "sync_closed", "green")
item("sas15", "sas15", 5010, NAT, nat("sas15", 0), SU, LP, "local", "RED")
item("picture", "picture", 5237, NAT, nat("picture", 0), BP, CD, "submit", "GREEN")
item("fa_1", "firearms", 5560, NAT, nat("firearms", 0), CO, OS, "sync_closed", "COMPLETE")
item("fa_2", "firearms", 5561, NAT, nat("firearms", 1), CO, OS, "local", "AMBER")
item("fa_3", "firearms", 5562, NAT, nat("firearms", 2), BP, OS, "submit", "COMPLETE")
item("fa_4", "firearms", 5563, NAT, nat("firearms", 3), CO, OS, "sync_closed", "COMPLETE")
item("fa_5", "firearms", 5564, NAT, nat("firearms", 4), AR, OS, "sync_open", "AMBER")
item("sf_1", "stolen", 7788, NAT, nat("stolen", 0), BP, PP, "sync_open", "AMBER", ftext="abbr")
item("sf_2", "stolen", 7789, NAT, nat("stolen", 1), BP, PP, "conflict_timescale", "AMBER",
     ftext=T.MSHT_INTEL.replace("Within six months", "Within twelve months"))
item("sf_3", "stolen", 7790, NAT, nat("stolen", 2), CO, PP, "sync_closed", "COMPLETE")
item("sf_4", "stolen", 7791, NAT, nat("stolen", 3), BP, PP, "submit", "GREEN", ftext="abbr")
item("sf_5", "stolen", 7792, NAT, nat("stolen", 4), AR, CJ, "submit", "COMPLETE")
item("sf_6", "stolen", 7793, NAT, nat("stolen", 5), BP, PP, "sync_open", "AMBER")
item("sf_7", "stolen", 7794, NAT, nat("stolen", 6), CO, PP, "local", "AMBER")
item("efc17", "efc17", 8120, NAT, nat("efc17", 0), BP, CD, "sync_open", "AMBER")
item("leg_coc", "leg17", 8535, COC, nat("leg17", 0), BP, LP, "sync_open", "AMBER",
     ftype="Cause for concern")
item("leg_1", "leg17", 8536, NAT, nat("leg17", 1), BP, LP, "submit", "GREEN")
item("leg_2", "leg17", 8537, NAT, nat("leg17", 2), CO, LP, "sync_closed", "COMPLETE")
item("leg_3", "leg17", 8538, NAT, nat("leg17", 3), BP, LP, "submit", "COMPLETE")
item("leg_4", "leg17", 8539, NAT, nat("leg17", 4), AR, PD, "sync_open", "AMBER",
     update="Unconscious bias input added to the stop and search refresher; 81% of officers "
            "who use the powers have completed it.",
     comment="Ready to move to GREEN status once the Q4 training figures are confirmed.")
item("pow_1", "powers", 11205, NAT, nat("powers", 0), BP, LP, "sync_open", "AMBER")
item("pow_2", "powers", 11206, NAT, nat("powers", 1), BP, LP, "submit", "GREEN")
item("pow_3", "powers", 11207, NAT, nat("powers", 2), AR, None, "missing", None)
item("pow_4", "powers", 11208, NAT, nat("powers", 3), BP, CD, "submit", "WHITE",
     update="Not the force's responsibility to deliver; dependent upon another organisation "
            "(Home Office / NPCC).")
item("pow_5", "powers", 11209, NAT, nat("powers", 4), CO, LP, "local", "AMBER")

# Force-level items ------------------------------------------------------------------------------
F = FORCE
item("eff16_1", "eff16", 6402, AFI,
     "The force should " + tb("improve its understanding of the nature", "serious and organised "
                              "crime") + ".", SU, CJ, "local", "AMBER")
item("eff16_2", "eff16", 6403, AFI,
     "The force should " + tb("make sure victims of {t} are kept", "domestic abuse") + ".", CO,
     PP, "sync_closed", "COMPLETE", ftext="abbr")
item("cdi_1", "cdi17", 7012, REC,
     "HMIC recommends that the force should immediately: " + T.CDI_VICTIMS_BODY + ";", BP,
     CJ, "split_bullets", None)
item("cdi_2", "cdi17", 7013, REC,
     "Within three months, the force should " + body(bidx("provide call-handlers")) + ".", BP,
     CM, "submit", "Complete")
item("efy17_1", "efy17", 8131, AFI,
     "The force should " + body(bidx("develop its understanding of the links")) + ".", SU, CD,
     "sync_closed", "GREY")
item("efy17_2", "efy17", 8132, AFI,
     "The force should " + body(bidx("ensure all staff have received")) + ".", CO, PS,
     "sync_closed", "Green - complete")
item("leg17f_1", "leg17f", 8541, AFI,
     "The force should " + body(bidx("make sure it provides a confidential way")) + ".", CO, PD,
     "sync_closed", "COMPLETE")
item("leg17f_2", "leg17f", 8542, AFI,
     "The force should " + body(bidx("review how it gathers and uses equality")) + ".", SU, PD,
     "local", "AMBER")
item("ncpi_1", "ncpi18", 9120, REC, "Within six months the force should " + NCPI_MISSING + ".",
     BP, PP, "split_missing_bullet", None)
item("ncpi_2", "ncpi18", 9121, REC,
     "Within three months, the force should " + tb("make sure officers and staff have the "
                                                    "training", "child sexual exploitation") + ".",
     CO, PP, "sync_closed", "COMPLETE", ftext="abbr")
item("ncpi_3", "ncpi18", 9122, REC,
     "Immediately, the force should " + tb("improve how it works with partner",
                                           "online child sexual abuse") + ".", AR, None,
     "missing", None)
item("p19_coc", "peel19", 9630, COC, T.CAUSES[0], BP, PP, "sync_open", "AMBER",
     ftype="Cause for concern", ftext="short:DA cause of concern – DASH not consistently "
     "completed where force policy requires it, so some DA victims at risk of harm are not "
     "appropriately risk-assessed.")
item("p19_r1", "peel19", 9631, REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + body(bidx("take steps to ensure that there is effective supervision of the initial"))
     + ". In cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system.", BP, PP, "submit", "GREEN")
item("p19_r2", "peel19", 9632, REC,
     "HMIC recommends that the force should immediately: " + body(bidx("conduct a review, "
                                                                       "involving")) + ".", BP,
     PP, "conflict_type", "AMBER", ftype="AFI")
item("p19_a1", "peel19", 9633, AFI,
     "The force should " + body(bidx("ensure regular and active supervision")) + ".", CO, CJ,
     "sync_closed", "COMPLETE")
item("p19_a2", "peel19", 9634, AFI,
     "The force should " + body(bidx("improve its understanding of suspects")) + ".", BP, CJ,
     "sync_open", "AMBER", ftext="abbr")
item("p19_a3", "peel19", 9635, AFI,
     "The force should " + body(bidx("undertake further work to gain")) + ".", CO, CD, "local",
     "AMBER")
item("p19_a4", "peel19", 9636, AFI,
     "The force should " + body(bidx("develop a future workforce plan")) + ".", BP, PD, "submit",
     "GREEN")
item("cus_1", "cus20", 10890, REC, "The force should, " + CUSTODY_CHILDREN + ".", BP, CJ,
     "sync_open", "AMBER", lead="Ch Insp Custody")
item("p22_1", "peel22", 12060, AFI,
     "The force should " + tb("make sure victims of {t} are kept", "stalking and harassment")
     + ".", BP, CJ, "submit", "GREEN")
item("p22_2", "peel22", 12061, AFI,
     "The force should " + tb("improve the timeliness", "domestic abuse") + ".", BP, CM,
     "sync_open", "In progress")
item("p22_3", "peel22", 12062, AFI,
     "The force should " + body(bidx("make sure it has access to accurate data")) + ".", CO, CD,
     "sync_closed", "COMPLETE")
item("p22_4", "peel22", 12063, AFI,
     "The force should " + body(bidx("put plans in place to monitor")) + ".", BP, PD,
     "sync_open", "AMBER")
item("p22_5", "peel22", 12064, AFI,
     "The force should " + tb("make sure it has enough specialist", "online child sexual abuse")
     + ".", BP, PP, "conflict_report", "AMBER")
item("p22_6", "peel22", 12065, AFI,
     "The force should " + tb("develop a problem-solving approach", "anti-social behaviour")
     + ".", CO, LP, "sync_closed", "GREEN")
item("p22_7", "peel22", 12066, AFI,
     "The force should " + tb("make sure it records reports", "hate crime") + ".", BP, CJ,
     "submit", "GREEN", update="Pending sign off by the chief officer lead.")
item("p22_8", "peel22", 12067, AFI,
     "The force should " + body(bidx("make sure the corporate risk register")) + ".", CO, CD,
     "local", "AMBER")
item("p22_9", "peel22", 12068, AFI,
     "The force should " + body(bidx("review the support available")) + ".", BP, None,
     "missing", None)
item("p25_coc", "peel25", 14250, COC, T.CAUSES[2], AR, CJ, "sync_open", "AMBER",
     ftype="Cause for concern", fid="TBC")
item("p25_r1", "peel25", 14251, REC,
     "Within six months, the force should " + body(bidx("improve the supervision of "
                                                        "investigations")) + ".", AR, CJ,
     "sync_open", "RED", fid="TBC")
item("p25_r2", "peel25", 14252, REC,
     "Within six months, the force should " + body(bidx("improve its ability to retrieve")) + ".",
     AR, CJ, "submit", "GREEN", fid="TBC")
item("p25_a1", "peel25", 14253, AFI,
     "The force should " + tb("make sure its analysis", "county lines drug dealing") + ".", AR,
     CJ, "conflict_ref", "AMBER", fid=14235)
item("p25_a2", "peel25", 14254, AFI,
     "The force should " + tb("improve how it gathers", "serious and organised crime") + ".", AR,
     None, "missing", None)
item("p25_a3", "peel25", 14255, AFI, T.CONTROL_ROOM, BP, CM, "sync_open", "On track")
item("p25_a4", "peel25", 14256, AFI,
     "The force should " + tb("make sure investigations of", "violence against women and "
                              "girls") + ".", BP, PP, "actions", None)
item("p25_a5", "peel25", 14257, AFI,
     "The force should " + body(bidx("immediately review its current background")) + ".", BP,
     PS, "submit", "green")
item("p25_a6", "peel25", 14258, AFI,
     "The force should " + body(bidx("make sure it provides accessible information")) + ".",
     AR, PS, "sync_open", "amber")
item("p25_a7", "peel25", 14259, AFI,
     "The force should " + tb("make sure it consistently uses ancillary", "stalking and "
                              "harassment") + ".", BP, PP, "sync_open", "AMBER")
item("p25_a8", "peel25", 14260, AFI,
     "The force should " + tb("evaluate its work", "road harm") + ".", AR, OS, "sync_open",
     "RED")
item("p25_a9", "peel25", 14261, AFI,
     "The force should " + body(bidx("specify in succession plans")) + ".", AR, None, "missing",
     None)

# ----------------------------------------------------------------------------------------------
# HMICFRS register export
# ----------------------------------------------------------------------------------------------
ITEMS.sort(key=lambda it: (REPORTS[it["rep"]][1], it["id"]))
H_HEAD = ["Recommendation ID", "Force", "Report", "Publication date", "Type", "Recommendation",
          "Status", "Status last updated"]
for n, it in enumerate(ITEMS):
    it["hrow"] = n + 2
    pub = REPORTS[it["rep"]][1]
    if it["hstat"] in H_OPEN:
        last = pub + dt.timedelta(days=rng.randint(20, 200))
        if it["hstat"] == BP:
            last = max(last, dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 600)))
    else:
        last = min(pub + dt.timedelta(days=rng.randint(300, 1400)), dt.date(2024, 11, 29))
    it["hlast"] = last

# ----------------------------------------------------------------------------------------------
# Force rows, per returned file
# ----------------------------------------------------------------------------------------------
GREEN_UPD = [  # implemented, not yet signed off / closed by the force
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Pending sign off by the chief officer lead.",
    "Ready for sign off – evidence pack on SharePoint.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
CLOSED_UPD = [  # signed off and closed by the force
    "Signed off by the DCC at Strategic Learning Board.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Addressed holistically as part of the force change programme.",
    "Closed by the force. Evidence pack on SharePoint.",
]
OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
    "Update requested from lead – none received this quarter.",
    "Delivery plan drafted, going to Force Executive Board in February.",
    "xxx",
    None,
]
OPEN_EXTRA = {
    "PP": ["Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."],
    "CJ": ["Dip sample booked for Q4; results to the Crime Standards Board.",
           "Part of the Investigative Standards improvement plan (Op Foundation)."],
    "LP": ["Discussed at Stop and Search Scrutiny Board – further assurance needed."],
}
OPEN_TARGETS = [dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "TBC", "Mar 2025",
                "No deadline set by HMICFRS", dt.datetime(2025, 9, 30), "Q1 25/26"]
LEADS_BY_FILE = {
    PD: ["Director of People", "Head of Learning & Development", "Head of HR Operations"],
    CM: ["Supt Contact Centre", "Ch Insp Force Control Room"],
    CD: ["Head of Corporate Development", "Director of Finance", "Head of Information "
         "Management", "DCC"],
    LP: ["ACC Local Policing", "Supt Neighbourhood Policing", "Ch Insp Stop Search lead"],
    OS: ["Supt Firearms Licensing", "Ch Supt Operational Support", "Insp Roads Policing"],
    PP: ["Ch Supt Public Protection", "D/Supt Safeguarding", "DI MSHT coordinator"],
    CJ: ["C/Supt Bell", "Det Ch Supt Force CID", "Head of Criminal Justice", "Force Crime "
         "Registrar"],
    PS: ["Head of Professional Standards", "D/Supt ACU"],
}
DEPUTIES = ["DI Walsh (ACU)", "Ms K Osei, PSD policy", "DI Walsh (ACU)", None]

ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"[Ss]top and [Ss]earch", "S&S"), (r"child sexual exploitation", "CSE"),
        (r"released under investigation", "RUI"), (r"Chief Constables", "CCs"),
        (r"Code of Practice", "CoP"), (r"information-sharing agreements", "ISAs"),
        (r"\bpolice and crime commissioners\b", "PCCs"), (r"national crime recording standard",
                                                        "NCRS")]
TYPOS = [("receive", "recieve"), ("supervision", "supervison"), ("arrangements", "arrangments"),
         ("appropriate", "appropiate"), ("necessary", "neccessary"),
         ("collaboration", "colaboration"), ("opportunities", "oppertunities")]
STEMS = [r"^HMIC recommends that the force should immediately: ", r"^HMICFRS recommends that "]


def abbreviate(t: str) -> str:
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t)
    return t


def typo(t: str) -> str:
    for right, wrong in TYPOS:
        if right in t:
            return t.replace(right, wrong, 1)
    return t.replace(" the ", " teh ", 1)


def force_text(it) -> str:
    ft = it["opt"].get("ftext")
    t = it["text"]
    if ft is None:
        r = rng.random()
        if r < 0.18:
            ft = "abbr"
        elif r < 0.30:
            ft = "typo"
        elif r < 0.42:
            ft = "nostem"
        else:
            ft = "same"
    if ft == "same":
        return t
    if ft == "abbr":
        return abbreviate(t)
    if ft == "typo":
        return typo(t)
    if ft == "nostem":
        for s in STEMS:
            t = re.sub(s, "", t)
        t = t.rstrip(";")
        return t[0].upper() + t[1:]
    if ft.startswith("short:"):
        return ft[6:]
    return ft  # explicit wording


def ftype_word(it) -> str:
    if "ftype" in it["opt"]:
        return it["opt"]["ftype"]
    return {NAT: rng.choice(["National rec", "National rec", "Recommendation"]),
            REC: rng.choice(["Recommendation", "Rec"]),
            AFI: rng.choice(["AFI", "AFI", "Area for Improvement"]),
            COC: "Cause for concern"}[it["type"]]


# The OL team's running number, given when an item was added to the master tracker (by
# publication date); the legacy PEEL 2016 AFI the force still tracks took its own slot.
LEGACY_PUB = dt.date(2016, 12, 8)
_order = sorted([(REPORTS[x["rep"]][1], x["id"], x) for x in ITEMS] + [(LEGACY_PUB, 5123, None)],
                key=lambda t: (t[0], t[1]))
LEGACY_OL = None
for n, (_p, _i, x) in enumerate(_order, start=1):
    if x is None:
        LEGACY_OL = f"HMI-{n:03d}"
    else:
        x["ol"] = f"HMI-{n:03d}"


def base_row(it, file) -> dict:
    """The template's fields for one tracked item (before the owner's column renames)."""
    title, pub, names = REPORTS[it["rep"]]
    r = {"OL Ref": it["ol"], "HMICFRS ID": it["opt"].get("fid", it["id"]),
         "Report": rng.choice(names), "Published": dt.datetime.combine(pub, dt.time()),
         "Type": ftype_word(it), "Recommendation / AFI": force_text(it),
         "Lead": it["opt"].get("lead", rng.choice(LEADS_BY_FILE[file]))}
    # a lead typed the published date as text: Power Query's date type errors, cell loads blank
    if rng.random() < 0.22:
        r["Published"] = None
    # a few IDs were typed as text ("ID kept as text") with a trailing space
    if isinstance(r["HMICFRS ID"], int) and rng.random() < 0.12:
        r["HMICFRS ID"] = f"{r['HMICFRS ID']} "
    return r


CLOSED_WORDS = ("COMPLETE", "GREY", "GREEN - COMPLETE")


def status_fields(row, fstat, done, upd=None, file=None, pub=None):
    row["RAG"] = fstat
    closed = done and fstat.upper() in CLOSED_WORDS
    if upd is None:
        if not done:
            extra = OPEN_EXTRA.get({PP: "PP", CJ: "CJ", LP: "LP"}.get(file, ""), [])
            upd = rng.choice(OPEN_UPD + extra)
        elif fstat.upper() == "WHITE":
            upd = "Not the force's responsibility to deliver."
        else:
            upd = rng.choice(CLOSED_UPD if closed else GREEN_UPD)
    row["Update"] = upd
    if done:
        row["Target date"] = None
        if closed:
            start = max(pub or dt.date(2018, 1, 1), dt.date(2018, 1, 1)) + dt.timedelta(days=60)
            span = (dt.date(2024, 12, 20) - start).days
            row["Closed by force"] = dt.datetime.combine(
                start + dt.timedelta(days=rng.randint(0, span)), dt.time())
        else:
            row["Closed by force"] = None
    else:
        row["Target date"] = rng.choice(OPEN_TARGETS)
        row["Closed by force"] = None


DONE_WORDS = {"COMPLETE", "GREEN", "WHITE", "GREY", "Complete", "green", "Green - complete",
              "Pending sign off"}

rows_by_file: dict[str, list[dict]] = {f: [] for f in FILES}
TRUTH: list[tuple] = []  # (item or None, row dict, category, why)


def add(file, row, it, cat, why):
    row["_item"] = it
    row["_cat"] = cat
    row["_why"] = why
    rows_by_file[file].append(row)


def hdesc(it):
    return f"HMICFRS {it['hstat']}"


for it in ITEMS:
    scen, file, fstat = it["scen"], it["file"], it["fstat"]
    if scen == "missing":
        continue
    if scen in ("sync_open", "sync_closed", "submit", "local") or scen.startswith("conflict"):
        row = base_row(it, file)
        done = fstat in DONE_WORDS
        status_fields(row, fstat, done, it["opt"].get("update"), file, REPORTS[it["rep"]][1])
        if "comment" in it["opt"]:
            row["Comments"] = it["opt"]["comment"]
        if scen == "sync_open":
            cat, why = "in_sync", f"{hdesc(it)}; force {fstat} (open) - open on both sides"
        elif scen == "sync_closed":
            cat, why = "in_sync", f"{hdesc(it)}; force {fstat} (done) - closed on both sides"
        elif scen == "submit":
            cat, why = "closeable_submit", f"{hdesc(it)}; force {fstat} (done) - submit for closure"
        elif scen == "local":
            cat, why = "closeable_local", f"{hdesc(it)}; force {fstat} (open) - close locally"
        else:
            cat = "conflict"
            why = {
                "conflict_timescale": "force text says 'Within twelve months', HMICFRS 'Within "
                                      "six months'",
                "conflict_type": "force records it as an AFI; HMICFRS type Recommendation",
                "conflict_report": "force files it under PEEL 2023-25 (published 2024); "
                                   "HMICFRS item is PEEL 2021/22",
                "conflict_ref": "force HMICFRS ID 14235 (digits transposed); register ID "
                                "14253, same text",
            }[scen]
            if scen == "conflict_report":
                row["Report"] = "PEEL 2023-25"
                row["Published"] = dt.datetime(2024, 3, 8)
                row["HMICFRS ID"] = "TBC"
            if scen == "conflict_ref":
                row["Published"] = dt.datetime(2024, 3, 8)
        add(file, row, it, cat, why)
    elif scen == "split_bullets":  # CDI victims rec: one row per bullet, 4 done + 1 open
        bullets = [b.strip(" ;") for b in T.CDI_VICTIMS_BODY.split("\n•")[1:]]
        bullets = [re.sub(r"(; and|;)$", "", b) for b in bullets]
        stats = ["COMPLETE", "COMPLETE", "COMPLETE", "AMBER", "COMPLETE"]
        upds = ["Victim-belief briefing delivered to all call handlers.",
                "Incident log summary standard added to the Contact Management QA form.",
                "Multiple-crime recording covered in the CDI refresher; audit shows 96% "
                "compliance.",
                "Practice still seen in the November CDI audit; briefing to investigators "
                "planned for Q4.",
                "Online reports now triaged by the Crime Bureau at point of receipt."]
        for k, (b, s) in enumerate(zip(bullets, stats)):
            row = base_row(it, file)
            row["OL Ref"] = f"{it['ol']}.{k + 1}"
            row["HMICFRS ID"] = it["id"]
            row["Recommendation / AFI"] = f"({chr(97 + k)}) " + b[0].upper() + b[1:]
            status_fields(row, s, s != "AMBER", upds[k], file, REPORTS[it["rep"]][1])
            add(file, row, it, "in_sync",
                f"bullet {k + 1} of 5 of ID 7012; bullets done 4/5 so force open overall; "
                f"HMICFRS {it['hstat']} - open on both sides")
    elif scen == "split_missing_bullet":  # NCPI missing children: 2 of 3 bullets tracked
        bl = [b.strip(" ;") for b in NCPI_MISSING.split("\n•")[1:]]
        bl = [re.sub(r"(; and|;)$", "", b) for b in bl]
        for k in range(2):
            row = base_row(it, file)
            row["OL Ref"] = f"{it['ol']}.{k + 1}"
            row["HMICFRS ID"] = it["id"]
            txt = abbreviate(bl[k])
            row["Recommendation / AFI"] = ("Missing children – " if k == 0 else "") + \
                txt[0].upper() + txt[1:]
            status_fields(row, "AMBER", False, None, file)
            add(file, row, it, "conflict",
                f"bullet {k + 1} of the 3-bullet recommendation; the third bullet "
                "(supervisors' oversight of missing person enquiries) is on no force row - "
                "missing bullet")
    elif scen == "actions":  # VAWG AFI delivered through 3 force actions, all complete
        acts = ["Action 1: VAWG investigation allocation policy rewritten – all RASSO and "
                "stalking crimes now allocated to PIP2 investigators",
                "Action 2: Supervisors' 14-day review of VAWG investigations built into the "
                "crime system workflow",
                "Action 3: Quarterly dip sample of VAWG allocations reported to the Crime "
                "Standards Board"]
        for k, a in enumerate(acts):
            row = base_row(it, file)
            row["OL Ref"] = f"{it['ol']}.{k + 1}"
            row["HMICFRS ID"] = it["id"]
            row["Recommendation / AFI"] = a
            row["Type"] = "AFI action"
            status_fields(row, "COMPLETE", True, ["Policy published on the intranet.",
                                                  "Live on the crime system since September.",
                                                  "First two dip samples reported."][k],
                          file, REPORTS[it["rep"]][1])
            add(file, row, it, "closeable_submit",
                f"action {k + 1} of 3 for ID 14256, all 3 COMPLETE; HMICFRS {it['hstat']} - "
                "submit for closure")
    else:
        raise ValueError(scen)

# Local actions and other force rows not on the HMICFRS list ------------------------------------
LOCALS = [
    (PP, {"OL Ref": "LA-PP-01", "Type": "Local action", "Report": "Force improvement plan",
          "Recommendation / AFI": "Task & Finish group to review the domestic abuse policy and "
          "report to the Force Executive Team", "Lead": "D/Supt Safeguarding"}, "AMBER",
     "force's own local action, no HMICFRS ID",
     "First meeting held 4 December; terms of reference agreed."),
    (PP, {"OL Ref": "LA-PP-02", "Type": "Local action", "Report": "Force improvement plan",
          "Recommendation / AFI": "Dip-sample 50 stalking and harassment crime reports each "
          "quarter and report findings to the Crime Standards Board",
          "Lead": "Ch Supt Public Protection"}, "GREEN", "force's own local action",
     "Q1 and Q2 dip samples done and reported; awaiting sign off."),
    (CJ, {"OL Ref": "LA-CJ-01", "Type": "Local action", "Report": "Force performance",
          "Recommendation / AFI": "Add rural crime measures to the monthly Force Performance "
          "pack", "Lead": "Head of Criminal Justice"}, "COMPLETE", "force's own local action",
     "In the pack from October."),
    (CD, {"OL Ref": "IA-2023-07", "Type": "Internal audit action", "Report": "Internal audit "
          "2023/24", "Recommendation / AFI": "JAC action: Review the fraud demand profile as "
          "part of the force management statement", "Lead": "Head of Corporate Development"},
     "AMBER", "internal audit / JAC action, not an HMICFRS item",
     "Fraud demand section drafted for FMS 2025."),
    (CD, {"OL Ref": LEGACY_OL, "HMICFRS ID": 5123, "Type": "AFI", "Report": "PEEL Legitimacy "
          "2016", "Published": dt.datetime(2016, 12, 8),
          "Recommendation / AFI": "The force should improve its arrangements both to consult "
          "with the public about business planning and to feed back on changes made to service "
          "delivery as a result of such consultation.", "Lead": "Head of Corporate Development"},
     "AMBER", "old PEEL 2016 AFI (ID 5123) the force still tracks; no such item on the HMICFRS "
     "list - query with HMICFRS",
     None),
    (PS, {"OL Ref": "IOPC-22-04", "Type": "IOPC learning", "Report": "IOPC learning report "
          "(2022)", "Recommendation / AFI": "Learning recommendation: officers attending concern "
          "for welfare calls to check PNC and local systems for warning markers before "
          "deployment", "Lead": "Head of Professional Standards"}, "green",
     "IOPC learning recommendation, not HMICFRS",
     "Briefing issued; checks built into the deployment script."),
    (LP, {"OL Ref": "LA-LP-01", "Type": "Local action", "Report": "Neighbourhood policing "
          "review", "Recommendation / AFI": "Force action - Appoint a single point of contact "
          "for anti-social behaviour in each local policing area",
          "Lead": "Supt Neighbourhood Policing"}, "GREEN", "force's own local action",
     "SPOCs named for all three LPAs; awaiting sign off."),
]
local_rows: dict[str, list[dict]] = {f: [] for f in FILES}
for file, fields, stat, why, upd in LOCALS:
    row = dict(fields)
    status_fields(row, stat, stat in DONE_WORDS, upd, file, dt.date(2022, 1, 1))
    row["_item"] = None
    row["_cat"] = "not_on_hmicfrs_list"
    row["_why"] = why + f"; force {stat}"
    if row["OL Ref"] == LEGACY_OL:   # kept in the lead's table among the other HMI rows
        rows_by_file[file].append(row)
    else:
        local_rows[file].append(row)

# Order inside each file: the lead's order (by OL ref, with a little shuffling by hand)
for f in FILES:
    rows_by_file[f].sort(key=lambda r: r["OL Ref"])
    k = len(rows_by_file[f])
    if k > 4:  # leads move rows about: swap a couple of neighbours
        for _ in range(2):
            i = rng.randrange(k - 1)
            rows_by_file[f][i], rows_by_file[f][i + 1] = rows_by_file[f][i + 1], rows_by_file[f][i]

# ----------------------------------------------------------------------------------------------
# Each returned file's own columns (leads renamed/inserted columns)
# ----------------------------------------------------------------------------------------------
STD = ["OL Ref", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
       "RAG", "Update", "Target date", "Closed by force"]
FILE_COLS = {f: list(STD) for f in FILES}
FILE_COLS[PD] = ["OL Ref", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
                 "Lead", "RAG", "Latest position", "Target date", "Closed by force", "Comments"]
FILE_COLS[CM] = ["OL Ref", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
                 "Lead", "Status", "Update", "Target date", "Closed by force"]
FILE_COLS[PS] = ["OL Ref", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
                 "Lead", "Deputy lead", "RAG", "Update", "Target date", "Closed by force"]


def remap(f, row):
    r = dict(row)
    if f == PD:
        r["Latest position"] = r.pop("Update", None)
    if f == CM:
        r["Status"] = r.pop("RAG", None)
    if f == PS and r.get("_cat") is not None:
        r["Deputy lead"] = rng.choice(DEPUTIES)
    return r


def file_rows(f):
    """Rows as Power Query reads them from one returned file (sheet 'Return')."""
    out = [remap(f, r) for r in rows_by_file[f]]
    if f == PP:
        out.append({"OL Ref": "ADDITIONAL LOCAL ACTIONS (not on HMICFRS list)",
                    "_nonitem": "section title row typed in the return"})
        # the lead pasted the header again above the new section: it comes through as data;
        # the date-typed columns (Published, Closed by force) error on the words and load blank
        hdr = {c: c for c in FILE_COLS[f] if c not in ("Published", "Closed by force")}
        hdr["_nonitem"] = "header row repeated inside the return"
        out.append(hdr)
        out += [remap(f, r) for r in local_rows[f]]
        out.append({"Recommendation / AFI": "NB evidence for all GREEN / COMPLETE items saved to "
                    "PP SharePoint > HMICFRS > Q3 2024-25", "_nonitem": "note typed below the "
                    "table"})
    else:
        out += [remap(f, r) for r in local_rows[f]]
    if f == CD:
        out.append({"OL Ref": "KEY:", "Recommendation / AFI": "WHITE = not Lincolnshire "
                    "Police's to deliver (national body)", "_nonitem": "legend row"})
        out.append({"Recommendation / AFI": "GREY = superseded by a later inspection, closed by "
                    "force", "_nonitem": "legend row"})
    if f == LP:
        for _ in range(3):
            out.append({"_nonitem": "empty formatted row at the foot of the return"})
    return out


# Table.Combine: columns of the first table, then new columns in the order they appear
COLUMNS = ["Source.Name"]
for f in FILES:
    for c in FILE_COLS[f]:
        if c not in COLUMNS:
            COLUMNS.append(c)

COMBINED: list[dict] = []
for f in FILES:
    for r in file_rows(f):
        r["Source.Name"] = f
        COMBINED.append(r)

# ----------------------------------------------------------------------------------------------
# Write files
# ----------------------------------------------------------------------------------------------
FIXED = dt.datetime(2025, 1, 13, 9, 30, 0)


def stable_save(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-01-13T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 13, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


OUT.mkdir(exist_ok=True)

# HMICFRS -----------------------------------------------------------------------------------------
hwb = Workbook()
hws = hwb.active
hws.title = "Register export"
hws.append(H_HEAD)
for it in ITEMS:
    title, pub, _ = REPORTS[it["rep"]]
    hws.append([it["id"], FORCE, title, pub, it["type"], it["text"], it["hstat"], it["hlast"]])
for row in hws.iter_rows(min_row=2):
    row[3].number_format = "dd/mm/yyyy"
    row[7].number_format = "dd/mm/yyyy"
    row[5].alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGH", (18, 20, 50, 16, 24, 90, 18, 18)):
    hws.column_dimensions[col].width = w
stable_save(hwb, OUT / "hmicfrs.xlsx")

# Force: the Power Query output ---------------------------------------------------------------------
fwb = Workbook()
ws = fwb.active
ws.title = "Combined"
ws.append(COLUMNS)
DATE_COLS = {"Published": "dd/mm/yyyy", "Closed by force": "dd/mm/yyyy"}
for r in COMBINED:
    ws.append([r.get(c) for c in COLUMNS])
    rn = ws.max_row
    r["_row"] = rn
    for j, c in enumerate(COLUMNS, start=1):
        cell = ws.cell(rn, j)
        if c in DATE_COLS and cell.value is not None:
            cell.number_format = DATE_COLS[c]
        elif c == "Target date" and isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy hh:mm"   # 'any'-typed column: datetime loads
widths = {"Source.Name": 44, "OL Ref": 12, "HMICFRS ID": 12, "Report": 22, "Published": 12,
          "Type": 16, "Recommendation / AFI": 80, "Lead": 26, "RAG": 10, "Latest position": 40,
          "Target date": 16, "Closed by force": 14, "Comments": 30, "Status": 14, "Update": 50,
          "Deputy lead": 20}
from openpyxl.utils import get_column_letter  # noqa: E402

for j, c in enumerate(COLUMNS, start=1):
    ws.column_dimensions[get_column_letter(j)].width = widths[c]
tab = Table(displayName="Combined_Returns", ref=f"A1:{get_column_letter(len(COLUMNS))}"
            f"{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium7", showRowStripes=True)
ws.add_table(tab)
ws.freeze_panes = "B2"

# Second sheet: the analyst's log of returns received (not items) ------------------------------
lg = fwb.create_sheet("Returns log")
lg.append(["Q3 2024/25 HMICFRS owner returns – combined with Get Data > From Folder "
           "(query: Combined_Returns)"])
lg["A1"].font = Font(bold=True, size=12)
lg.append([])
lg.append(["File", "Portfolio", "Received", "Rows returned", "Notes"])
for c in lg[3]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
notes = {
    PD: "Saved as 'Copy of'; column 'Update' renamed 'Latest position', 'Comments' added",
    CM: "Old template – 'Status' instead of RAG",
    CD: "Key typed under the table",
    LP: "Blank formatted rows at the bottom",
    OS: "",
    PP: "v2 FINAL – local actions added under their own header",
    CJ: "Bullets of CDI rec on separate lines",
    PS: "'Deputy lead' column inserted; RAG lower case",
}
portf = {PD: "People & Development", CM: "Contact Management", CD: "Corporate Development",
         LP: "Local Policing", OS: "Operational Support", PP: "Public Protection",
         CJ: "Crime & Justice", PS: "Professional Standards"}
recv = dt.date(2025, 1, 6)
for k, f in enumerate(FILES):
    n = sum(1 for r in COMBINED if r["Source.Name"] == f)
    lg.append([f, portf[f], recv + dt.timedelta(days=k % 4), n, notes[f]])
    lg.cell(lg.max_row, 3).number_format = "dd/mm/yyyy"
lg.append([])
lg.append(["RAG key (template):"])
for line in ["RED – beyond deadline or cannot be delivered", "AMBER – work ongoing, on track",
             "GREEN – implemented, awaiting chief officer sign off",
             "COMPLETE – signed off and closed by the force",
             "WHITE – not the force's responsibility to deliver / dependent upon another "
             "organisation", "GREY – superseded by a later inspection (closed by force)"]:
    lg.append([line])
for col, w in zip("ABCDE", (58, 24, 12, 14, 70)):
    lg.column_dimensions[col].width = w
stable_save(fwb, OUT / "tracker.xlsx")

# ----------------------------------------------------------------------------------------------
# truth.csv
# ----------------------------------------------------------------------------------------------
truth = []
matched = set()
for r in COMBINED:
    if "_nonitem" in r:
        continue
    it = r["_item"]
    hrow = f"Register export!{it['hrow']}" if it else ""
    if it:
        matched.add(it["key"])
    truth.append((hrow, f"Combined!{r['_row']}", r["_cat"], r["_why"]))
for it in ITEMS:
    if it["scen"] == "missing":
        truth.append((f"Register export!{it['hrow']}", "", "missing_from_force",
                      f"HMICFRS {it['hstat']}; no row in any returned file"))
    else:
        assert it["key"] in matched, it["key"]


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# README -----------------------------------------------------------------------------------------
from collections import Counter  # noqa: E402

NONITEM = [(r["_row"], r["_nonitem"]) for r in COMBINED if "_nonitem" in r]
KEYROWS: dict[str, list[int]] = {}
for r in COMBINED:
    if "_nonitem" not in r and r["_item"] is not None:
        KEYROWS.setdefault(r["_item"]["key"], []).append(r["_row"])
LOCALROWS = {r["OL Ref"]: r["_row"] for r in COMBINED
             if "_nonitem" not in r and r["_item"] is None}
BYKEY = {it["key"]: it for it in ITEMS}


def fr(key):
    return ", ".join(f"Combined!{n}" for n in KEYROWS[key])


def hr(key):
    return f"Register export!{BYKEY[key]['hrow']}"


cnt = Counter(t[2] for t in truth)
item_cnt = Counter()
for it in ITEMS:
    item_cnt[{"sync_open": "in_sync", "sync_closed": "in_sync", "split_bullets": "in_sync",
              "submit": "closeable_submit", "actions": "closeable_submit",
              "local": "closeable_local", "missing": "missing_from_force"}.get(
        it["scen"], "conflict")] += 1
rows_per_file = Counter(r["Source.Name"] for r in COMBINED)
blank_pub = sum(1 for r in COMBINED if "_nonitem" not in r and r.get("Published") is None)
text_ids = sum(1 for r in COMBINED if "_nonitem" not in r and isinstance(r.get("HMICFRS ID"), str))
spaced = ", ".join(f'"{r["HMICFRS ID"]}" (Combined!{r["_row"]})' for r in COMBINED
                   if "_nonitem" not in r and isinstance(r.get("HMICFRS ID"), str)
                   and r["HMICFRS ID"].endswith(" "))
_ftext = " ".join(str(r.get("Recommendation / AFI")) for r in COMBINED if "_nonitem" not in r)
typos_used = ", ".join(f'"{w}"' for _r, w in TYPOS + [("the", "teh")]
                       if re.search(r"\b" + w + r"\b", _ftext))

README = f"""# Case `{CASE}`: owner returns combined with Power Query (Get Data > From Folder)

Seed: {SEED} (`random.Random({SEED})`). Rebuild byte for byte with
`/work/main/.venv/bin/python build_{CASE}.py` (fixed zip timestamps and document dates).
Force: {FORCE} (the force, its reports' statuses and all force-side wording are invented for
the test; every HMICFRS text is real wording from the casegen text lists).

## Layout

**hmicfrs.xlsx**, sheet `Register export`: a plain register export, header on row 1, one row
per item, {len(ITEMS)} items (rows 2-{len(ITEMS) + 1}), sorted by publication date then ID.
Columns: {", ".join(H_HEAD)}. IDs are plain integers; statuses Awaiting review / Being
progressed (open) and Complete / Superseded (closed); national items carry the force's name
like every other row (the register holds them against each force).

**tracker.xlsx**, sheet `Combined`: the organisational-learning team sent each portfolio lead
their slice of the HMICFRS tracker as a workbook (sheet `Return`), the leads sent them back and
the analyst combined the folder of returns with Power Query, expanding *every* column (the
query's default expands only the sample file's columns). The loaded table
(`Combined_Returns`, header row 1, rows 2-{ws.max_row}) therefore has:

- `Source.Name` first: the returned file's name, one block of rows per file, files in
  name order ({len(FILES)} files: {"; ".join(f"{f} ({rows_per_file[f]} rows)" for f in FILES)}).
- The union of the files' columns, in order of first appearance: {", ".join(COLUMNS[1:])}.
  The first file (People & Development, saved as "Copy of ...") renamed `Update` to
  `Latest position` and added `Comments`, so those come before the template's own `Update`,
  which lands near the end. Contact Management used an old template with `Status` instead of
  `RAG` (its rows have `RAG` empty). Professional Standards inserted `Deputy lead` (last column).
  A field is therefore spread across parallel, sparsely filled columns: status = `RAG` or
  `Status`; progress = `Update` or `Latest position`.
- The force's own running number `OL Ref` (HMI-nnn; split rows HMI-nnn.k; LA-/IA-/IOPC- for
  local items) and `HMICFRS ID` (the register's ID, as a lead typed it).
- Power Query's typing: `Published` and `Closed by force` are date-typed, so a cell a lead had
  typed as text ("May 2019") failed conversion and loaded **blank** ({blank_pub} item rows have no
  Published date; that is not a disagreement). `HMICFRS ID` and `Target date` are untyped (any):
  IDs are numbers or text (with a trailing space: {spaced}; "TBC"; {text_ids} item rows
  hold text), and target dates are datetimes shown with 00:00 or text ("TBC", "Mar 2025",
  "Q1 25/26", "No deadline set by HMICFRS").
- Everything a lead typed inside or under their table came through as rows (see below).

Second sheet `Returns log`: the analyst's list of returns received, notes and the RAG key. Not
items.

Force status vocabulary (template key on `Returns log`): done = GREEN (implemented, awaiting
sign off), COMPLETE, WHITE (not the force's to deliver), GREY (superseded, closed by force);
Contact Management's `Status`: Complete (done), In progress / On track (open); Professional
Standards in lower case: green / "Green - complete" (done), amber (open). Open = RED, AMBER.

## Rows that are not items (not in truth.csv)

{chr(10).join(f"- Combined!{n}: {why}" for n, why in NONITEM)}
- Combined!1 header; the whole `Returns log` sheet; Register export!1 header.

## Traps and how the truth decides them

1. **Split status/progress columns.** Contact Management rows ({", ".join(
    f"Combined!{r['_row']}" for r in COMBINED if r["Source.Name"] == CM and "_nonitem" not in r)})
   have `RAG` empty and their status in `Status`; People & Development's progress is in
   `Latest position`. The truth reads whichever column the file used.
2. **Split recommendation, partly done.** CDI 2017 ID 7012 ({hr("cdi_1")}) is tracked as five
   bullet rows {fr("cdi_1")}: four COMPLETE, one AMBER. Aggregated to the item the force is
   still open; HMICFRS Being progressed, so all five lines are `in_sync` (not submit).
3. **Actions under one AFI.** PEEL 2023-25 VAWG AFI 14256 ({hr("p25_a4")}) is delivered
   through three "AFI action" rows {fr("p25_a4")}, all COMPLETE; HMICFRS open, so all three are
   `closeable_submit`.
4. **Missing bullet.** NCPI 2018 ID 9120 ({hr("ncpi_1")}) has three bullets; the force split
   it into two rows {fr("ncpi_1")} and the third bullet (supervisors' oversight of missing
   person enquiries) is on no row: both lines `conflict`.
5. **Timescale.** Stolen Freedom ID 7789 ({hr("sf_2")}): HMICFRS "Within six months", force
   row {fr("sf_2")} "Within twelve months": `conflict`. (ID 7788, {fr("sf_1")}, says
   "Within twelve months" on both sides: not a conflict.)
6. **Type.** PEEL 2018/19 ID 9632 ({hr("p19_r2")}) is a Recommendation; the force records it
   as an AFI ({fr("p19_r2")}): `conflict`.
7. **Report.** PEEL 2021/22 AFI 12064 ({hr("p22_5")}) is filed by Public Protection under
   "PEEL 2023-25", published 08/03/2024, HMICFRS ID "TBC" ({fr("p22_5")}); the text is the
   2021/22 item word for word and there is no such 2023-25 item: `conflict`.
8. **Reference.** PEEL 2023-25 AFI 14253 ({hr("p25_a1")}): the force typed 14235 (digits
   transposed, no such ID on the list) on {fr("p25_a1")}; same text and report: `conflict`.
9. **"TBC" IDs.** Crime & Justice's new PEEL 2023-25 rows carry "TBC" for the HMICFRS ID
   ({fr("p25_coc")}, {fr("p25_r1")}, {fr("p25_r2")}); matched by text and report, categorised
   on status only.
10. **WHITE = done.** ID 11208 ({hr("pow_4")}) is addressed to the Home Office and the NPCC;
    force WHITE ({fr("pow_4")}), HMICFRS Being progressed: `closeable_submit`.
    **GREY = done**: ID 8131 ({fr("efy17_1")}) and 3352 ({fr("aust_3")}) GREY with HMICFRS
    Superseded / Complete: `in_sync`.
11. **Comment that is not a status.** ID 8539 ({fr("leg_4")}): `Comments` says "Ready to move
    to GREEN status ..." but RAG is AMBER: force open, HMICFRS Awaiting review: `in_sync`.
12. **Cause of concern wording.** The force writes "Cause for concern" where HMICFRS has
    "Cause of concern", and "National rec" / "Recommendation" / "Rec" for HMICFRS "National
    recommendation" / "Recommendation"; "AFI" / "Area for Improvement" for "Area for
    improvement". Same type, not a conflict. The PEEL 2018/19 cause of concern
    ({fr("p19_coc")}) is the force's one-line summary of the HMICFRS paragraph; matched.
13. **Force text drift.** Abbreviations (DA, MSHT, S&S, CSE, RUI, CCs, CoP), misspellings
    ({typos_used}), stems dropped; the Everyone's Business text without
    HMICFRS's stray footnote "20". None of these is a conflict.
14. **Blank Published** (Power Query conversion errors) and report names in the force's own
    short forms ("PEEL 21-22", "CDI 2017", "Stop & Search powers (HMIC 2013)") are not
    conflicts.
15. **Not on the HMICFRS list** ({cnt["not_on_hmicfrs_list"]} rows): local actions
    {", ".join(f"Combined!{LOCALROWS[k]}" for k in ("LA-PP-01", "LA-PP-02", "LA-CJ-01", "LA-LP-01"))},
    internal audit/JAC action Combined!{LOCALROWS["IA-2023-07"]}, IOPC learning rec
    Combined!{LOCALROWS["IOPC-22-04"]}, and an old PEEL Legitimacy 2016 AFI with ID 5123
    (Combined!{LOCALROWS[LEGACY_OL]}) that the force still tracks but is not on the list.
    The Public Protection local actions sit under a section title and a repeated header row
    (non-items).
16. **Missing from force** ({cnt["missing_from_force"]} HMICFRS items, all open): IDs
    {", ".join(str(BYKEY[k]["id"]) for k in ("pow_3", "ncpi_3", "p22_9", "p25_a2", "p25_a9"))}.
17. **Closed on one side only**: {item_cnt["closeable_submit"]} items force done / HMICFRS open
    (`closeable_submit`), {item_cnt["closeable_local"]} items HMICFRS Complete/Superseded /
    force AMBER or RED (`closeable_local`, mostly 2013-2017 national recommendations HMICFRS
    closed or superseded that the leads still carry).

## Counts

HMICFRS items: {len(ITEMS)}. Force item rows: {sum(1 for r in COMBINED if "_nonitem" not in r)}
(of {len(COMBINED)} data rows; {len(NONITEM)} non-item rows). truth.csv lines: {len(truth)}.

| category | truth lines | HMICFRS items |
|---|---|---|
{chr(10).join(f"| {c} | {cnt[c]} | {item_cnt.get(c, 0) if c != 'not_on_hmicfrs_list' else '-'} |"
              for c in ("closeable_submit", "closeable_local", "conflict", "missing_from_force",
                        "not_on_hmicfrs_list", "in_sync"))}

A split force row is its own line with the same `hmicfrs_row` and the item's category.
"""
(OUT / "README.md").write_text(README, encoding="utf-8")
_old = OUT / "nonitem_rows.txt"
if _old.exists():
    _old.unlink()

if __name__ == "__main__":
    print("HMICFRS items:", len(ITEMS), " force rows:", len(COMBINED),
          " truth lines:", len(truth))
    print(Counter(t[2] for t in truth))
