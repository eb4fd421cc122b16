"""Build the independent case `updates_log_long_format`.

A force (West Mercia Police) keeps its HMICFRS tracker as a LOG: one row per update, not one
row per item. The truth has one line per tracker ITEM, placed on the item's FIRST row (the row
that carries the full text and, when present, the HMICFRS ref); later update rows of the same
item are history, not items, and get no truth line. The item's current state is the RAG of its
LATEST update row.

Run: /work/main/.venv/bin/python /tmp/indep10/log/build_updates_log_long_format.py
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
    ABBREVIATIONS, BWV_2021, CONTROL_ROOM, DIGITAL, EVERYONE_PLAN, EVERYONE_PLAN_RUN_ON,
    FIREARMS, LEADS, MISSPELLINGS, MSHT_INTEL, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP,
    CDI_VICTIMS_BODY,
)

import pandas as pd  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

SEED = 20240314
rng = random.Random(SEED)
OUT = Path("/tmp/indep10/log/updates_log_long_format")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
R = REAL["text"].tolist()
FORCE = "West Mercia Police"
CAP = dt.date(2024, 3, 8)          # last update anyone typed
EXTRACT = dt.date(2024, 3, 1)      # HMICFRS list extract

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# --------------------------------------------------------------------------- reports
# key: (HMICFRS title, publication date, tracker's own report name, section)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "N"),
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27),
                 "Domestic abuse - Everyone's business", "N"),
    "austerity": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Policing in Austerity 2014", "N"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Core Business 2014", "N"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015", "N"),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015", "N"),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015", "N"),
    "efy16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 2016", "F"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16", "F"),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "N"),
    "efc17": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)", "N"),
    "leg17": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S", "N"),
    "legf17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017", "F"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018", "F"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19", "F"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17), "CDI 2019", "F"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", "N"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 13), "PEEL 21-22", "F"),
    # force-only reports (never on the HMICFRS list for this force)
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 11, 18), "CDI 2014", "F"),
    "vc23": ("Values and culture in fire and rescue services", dt.date(2023, 3, 30),
             "Values & Culture (FRS) 2023 - adopted for learning", "F"),
    "ia": (None, None, "Internal audit 2023/24", "O"),
    "loc": (None, None, "Force improvement plan", "O"),
}


def nat(key, i):
    return NATIONAL[key][2][i][1]


def wm(t):
    return t.replace("West Midlands Police", FORCE).replace("Bedfordshire Police", FORCE)


# --------------------------------------------------------------------------- items
# Each item: k, report, hm=(type, text, status, ref) or None (force-only),
# f=dict(type, text|mode, rags, ...) or None (force lost it), cat, conflict why (optional)
# Modes applied to the HMICFRS text to get the force's retyped text:
#   v verbatim (quotes straightened) | stem drop "HMIC recommends that ...:" | ab abbreviations
#   trN truncate to N chars + "..." | ty misspellings | flat bullets flattened | dash bullets "- "
ITEMS = [
    # ---- national / thematic
    dict(k="N1", rep="sas13", hm=(NAT, nat("sas13", 0), "Complete", 1182),
         f=dict(type="National rec", mode="ab", rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="N2", rep="sas13", hm=(NAT, nat("sas13", 1), "Complete", 1183),
         f=dict(type="National rec", mode="tr150", rags=["RED", "AMBER", "AMBER"], ref=True)),
    dict(k="N3", rep="sas13", hm=(NAT, nat("sas13", 2), "Superseded", 1184),
         f=dict(type="National rec",
                text="Explain to the public the way S&S powers are used in our area & make "
                     "arrangements for S&S records to be scrutinised by community "
                     "representatives (involve those stopped & searched, e.g. young people)",
                rags=["AMBER", "GREEN"])),
    dict(k="N4", rep="everyone", hm=(NAT, EVERYONE_PLAN, "Superseded", 2321),
         f=dict(type="National rec", text=EVERYONE_PLAN_RUN_ON, rags=["RED", "AMBER", "AMBER", "AMBER"],
                ref=True)),
    dict(k="N5", rep="austerity", hm=(NAT, nat("austerity", 0), "Complete", 3016),
         f=dict(type="National rec", mode="v", rags=["AMBER", "BLUE"])),
    dict(k="N6", rep="austerity", hm=(NAT, nat("austerity", 1), "Complete", 3017), f=None),
    dict(k="N7", rep="austerity", hm=(NAT, nat("austerity", 2), "Complete", 3018), f=None),
    dict(k="N8", rep="austerity", hm=(NAT, nat("austerity", 3), "Complete", 3019),
         f=dict(type="National rec", mode="ab,tr160", rags=["AMBER", "AMBER", "GREEN"])),
    dict(k="N9", rep="core", hm=(NAT, nat("core", 0), "Awaiting review", 4822),
         f=dict(type="National rec",
                text="Not later than 31 March 2015 forces using a THR policy should provide "
                     "call-handlers with specific, sound and comprehensible criteria against "
                     "which they can assess threat, harm and risk.",
                rags=["RED", "AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="N10", rep="core", hm=(NAT, nat("core", 1), "Being progressed", 4823), f=None),
    dict(k="N11", rep="integrity", hm=(NAT, nat("integrity", 0), "Complete", 902),
         f=dict(type="National rec", mode="v", rags=["AMBER", "AMBER"], ref=True)),
    dict(k="N12", rep="picture", hm=(NAT, nat("picture", 0), "Being progressed", 5573),
         f=dict(type="National rec", mode="ab", rags=["RED", "AMBER", "AMBER", "AMBER"])),
    dict(k="N13", rep="firearms", hm=(NAT, nat("firearms", 0), "Complete", 6041),
         f=dict(type="National rec", mode="tr140", rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="N14", rep="firearms", hm=(NAT, FIREARMS, "Being progressed", 6042),
         f=dict(type="National rec",
                text="Within six months, all CCs should assess the demand placed on their "
                     "firearms licensing dept and ensure it has the capacity to meet this demand "
                     "and provide an efficient and effective service at all times.",
                rags=["AMBER", "AMBER", "GREEN"], ref=True),
         conflict="timescale differs: HMICFRS text says 'Within three months', the force's "
                  "retyped text says 'Within six months' (same ask, ref 6042 on both)"),
    dict(k="N15", rep="firearms", hm=(NAT, nat("firearms", 2), "Complete", 6043),
         f=dict(type="National rec", mode="v", rags=["GREEN", "BLUE"], ref=True)),
    dict(k="N16", rep="firearms", hm=(NAT, nat("firearms", 3), "Being progressed", 6044),
         f=dict(type="National rec", mode="ty,ab", rags=["RED", "AMBER", "GREEN"])),
    dict(k="N17", rep="firearms", hm=(NAT, nat("firearms", 4), "Being progressed", 6045),
         f=dict(type="National rec", mode="tr180", rags=["AMBER", "AMBER"])),
    dict(k="N18", rep="stolen", hm=(NAT, SF_LEADERSHIP, "Being progressed", 8402),
         f=dict(type="National rec", mode="flat,ab", rags=["RED", "AMBER", "AMBER"], ref=True,
                id_typo=1)),
    dict(k="N19", rep="stolen", hm=(NAT, nat("stolen", 1), "Being progressed", 8403),
         f=dict(type="National rec", text=MSHT_INTEL, mode="ab",
                rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="N20", rep="stolen", hm=(NAT, nat("stolen", 2), "Awaiting review", 8404),
         f=dict(type="National rec", mode="v", rags=["AMBER", "GREEN"])),
    dict(k="N21", rep="stolen", hm=(NAT, nat("stolen", 3), "Complete", 8405),
         f=dict(type="National rec", mode="ab", rags=["AMBER", "BLUE"], ref=True)),
    dict(k="N22", rep="stolen", hm=(NAT, nat("stolen", 4), "Being progressed", 8406),
         f=dict(type="National rec", mode="tr200", rags=["AMBER", "RED"])),
    dict(k="N23", rep="stolen", hm=(NAT, nat("stolen", 5), "Being progressed", 8407),
         f=dict(type="National rec", mode="ab", rags=["RED", "AMBER", "GREEN", "AMBER"], ref=True,
                reopen=True)),
    dict(k="N24", rep="stolen", hm=(NAT, nat("stolen", 6), "Being progressed", 8408), f=None),
    dict(k="N25", rep="efc17", hm=(NAT, nat("efc17", 0), "Being progressed", 8467),
         f=dict(type="National rec", text=DIGITAL, rags=["RED", "AMBER", "AMBER"], ref=8476),
         conflict="reference differs: force log gives HMICFRS ref 8476, the list has this "
                  "text as 8467 (8476 is not on the list at all)"),
    dict(k="N26", rep="leg17", hm=(COC, nat("leg17", 0), "Being progressed", 8540), f=None),
    dict(k="N27", rep="leg17", hm=(NAT, SAS_MONITORING_2017, "Being progressed", 8541),
         f=dict(type="National rec", ref=True, parts=[
             dict(text="By July 2018 - regularly & frequently monitor S&S data to understand the "
                       "reasons for any disproportionate representation of different ethnic "
                       "groups in the use of S&S", rags=["AMBER", "GREEN"]),
             dict(text="By July 2018 - monitor S&S data to understand the extent to which find "
                       "rates differ between people from different ethnicities, & across "
                       "different types of searches (incl. drug possession & supply-type "
                       "offences)", rags=["RED", "AMBER"]),
         ]),
         conflict="split item with a bullet missing: HMICFRS 8541 has three bullets; the force "
                  "split it into (a) and (b) only - no row for the third bullet (prevalence of "
                  "possession-only drug searches)"),
    dict(k="N28", rep="leg17", hm=(NAT, nat("leg17", 2), "Complete", 8542),
         f=dict(type="National rec", mode="flat", rags=["AMBER", "GREEN", "BLUE"])),
    dict(k="N29", rep="leg17", hm=(NAT, nat("leg17", 3), "Being progressed", 8543),
         f=dict(type="National rec", mode="v", rags=["AMBER", "AMBER", "GREEN"], ref=True)),
    dict(k="N30", rep="leg17", hm=(NAT, nat("leg17", 4), "Being progressed", 8544),
         f=dict(type="National rec", mode="v", rags=["AMBER", "AMBER"], rep="powers"),
         conflict="report differs: HMICFRS lists it under 'PEEL: Police legitimacy 2017 "
                  "(national overview)' (12/12/2017); the force filed it under 'Police powers "
                  "spotlight (Feb 21)' (the 2021 report) - the text itself says 'By July 2018'"),
    dict(k="N31", rep="powers", hm=(NAT, nat("powers", 0), "Being progressed", 11207),
         f=dict(type="National rec", mode="ab", rags=["AMBER", "AMBER", "AMBER"])),
    dict(k="N32", rep="powers", hm=(NAT, nat("powers", 1), "Being progressed", 11208),
         f=dict(type="National rec", mode="tr170", rags=["RED", "AMBER", "GREEN"], ref=True)),
    dict(k="N33", rep="powers", hm=(NAT, BWV_2021, "Being progressed", 11209),
         f=dict(type="National rec", ref=True, parts=[
             dict(text=BWV_2021.split("\n")[0], rags=["AMBER", "GREEN", "BLUE"]),
             dict(text="By Sept 2021 - " + BWV_2021.split("\n")[1], rags=["AMBER", "GREEN"]),
             dict(text="By Sept 2021 - " + BWV_2021.split("\n")[2], rags=["RED", "AMBER", "BLUE"]),
         ])),
    dict(k="N34", rep="powers", hm=(NAT, nat("powers", 3), "Complete", 11210),
         f=dict(type="National rec", mode="ab", rags=["AMBER", "WHITE"])),
    dict(k="N35", rep="powers", hm=(NAT, nat("powers", 4), "Awaiting review", 11211),
         f=dict(type="National rec", mode="v", rags=["RED", "AMBER"], ref=True)),

    # ---- West Mercia inspections
    dict(k="F12", rep="efy16", hm=(AFI, R[14] + ".", "Complete", 6712),
         f=dict(type="AFI", mode="v", rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="F13", rep="efy16", hm=(AFI, R[15] + ".", "Complete", 6713), f=None),
    dict(k="F14", rep="efy16", hm=(AFI, R[16], "Superseded", 6714),
         f=dict(type="AFI", mode="tr110", rags=["RED", "AMBER", "AMBER"])),
    dict(k="F18", rep="eff16", hm=(COC, R[21], "Complete", 7031),
         f=dict(type="Cause of Concern", mode="tr120", rags=["RED", "AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="F19", rep="eff16", hm=(REC, R[22], "Complete", 7032),
         f=dict(type="Recommendation",
                text="Consider ways of increasing the use of arrest, ancillary orders & other "
                     "available powers (DA victims - best possible protection, more perpetrators "
                     "brought to justice)", rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="F20", rep="eff16", hm=(REC, R[23], "Being progressed", 7033),
         f=dict(type="Recommendation", mode="ab", rags=["RED", "AMBER", "AMBER", "AMBER", "AMBER"])),
    dict(k="F21", rep="eff16", hm=(REC, R[24] + ".", "Complete", 7034),
         f=dict(type="Recommendation", mode="v", rags=["AMBER", "AMBER"])),
    dict(k="F17", rep="eff16", hm=(AFI, R[18], "Being progressed", 7035),
         f=dict(type="Recommendation", mode="v", rags=["AMBER", "AMBER", "AMBER"], ref=True,
                id_prefix="REC"),
         conflict="type differs: HMICFRS lists it as an Area for improvement; the force log "
                  "records it as a Recommendation (Item ID REC-, Type 'Recommendation')"),
    dict(k="F32", rep="eff16", hm=(COC, wm(R[25]), "Complete", 7036),
         f=dict(type="Cause of Concern", mode="tr200", rags=["AMBER", "GREEN", "BLUE"])),
    dict(k="F22", rep="eff16", hm=(REC, R[26], "Complete", 7037),
         f=dict(type="Recommendation", ref=True, parts=[
             dict(text="Review approach to missing children - call takers understand & use the "
                       "missing & absent category appropriately", rags=["AMBER", "GREEN", "BLUE"]),
             dict(text="Missing children - call takers & frontline staff have the necessary "
                       "knowledge to identify risk factors associated with CSE & how to respond "
                       "to such cases", rags=["AMBER", "BLUE"]),
             dict(text="Missing children - supervisors provide the correct oversight of missing "
                       "person enquiries & direct appropriate & timely investigative & "
                       "safeguarding action", rags=["RED", "AMBER", "AMBER"]),
         ])),
    dict(k="F15", rep="legf17", hm=(COC, wm(R[19]), "Being progressed", 8561),
         f=dict(type="Cause of Concern", mode="v", rags=["RED", "AMBER", "AMBER", "GREEN"], ref=True)),
    dict(k="F16", rep="legf17", hm=(REC, R[20], "Being progressed", 8562),
         f=dict(type="Recommendation", mode="ab,ty", rags=["RED", "AMBER", "GREEN"])),
    dict(k="F23", rep="ncpi18", hm=(REC, wm(R[57]), "Being progressed", 8791),
         f=dict(type="Recommendation", mode="flat,ty", rags=["AMBER", "AMBER", "AMBER"], ref=True)),
    dict(k="F1", rep="peel1819", hm=(REC, R[0], "Being progressed", 9402),
         f=dict(type="Recommendation", mode="stem", rags=["AMBER", "GREEN"], ref=True)),
    dict(k="F2", rep="peel1819", hm=(REC, R[1], "Being progressed", 9403),
         f=dict(type="Recommendation", mode="stem", rags=["RED", "AMBER", "AMBER"])),
    dict(k="F3", rep="peel1819", hm=(REC, R[2], "Complete", 9404),
         f=dict(type="Recommendation", mode="stem,tr100", rags=["AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="F4", rep="peel1819", hm=(REC, R[3], "Complete", 9405),
         f=dict(type="Recommendation", mode="stem", rags=["RED", "AMBER"], ref=True)),
    dict(k="F5", rep="peel1819", hm=(REC, R[4], "Complete", 9406),
         f=dict(type="Recommendation", mode="v", rags=["AMBER", "GREEN"])),
    dict(k="F6", rep="peel1819", hm=(REC, R[5], "Being progressed", 9407),
         f=dict(type="Recommendation", mode="stem,ab", rags=["AMBER", "RED"])),
    dict(k="F7", rep="peel1819", hm=(REC, R[6], "Being progressed", 9408),
         f=dict(type="Recommendation", mode="stem", rags=["RED", "AMBER", "GREEN", "BLUE"], ref=True)),
    dict(k="F8", rep="peel1819", hm=(COC, R[7], "Being progressed", 9409),
         f=dict(type="Cause of Concern", mode="tr160", rags=["RED", "AMBER"], ref=True)),
    dict(k="F9", rep="peel1819", hm=(COC, R[8], "Being progressed", 9410),
         f=dict(type="Cause of Concern", mode="v", rags=["RED", "AMBER", "AMBER"])),
    dict(k="F10", rep="peel1819", hm=(REC, R[9], "Complete", 9411),
         f=dict(type="Recommendation", mode="stem,ty", rags=["RED", "AMBER", "GREEN", "AMBER"],
                ref=True, reopen=True)),
    dict(k="F11", rep="peel1819", hm=(REC, R[10], "Being progressed", 9412),
         f=dict(type="Recommendation", mode="stem,ab", rags=["AMBER", "AMBER"])),
    dict(k="F24", rep="cdi19", hm=(REC, R[11], "Being progressed", 9733),
         f=dict(type="Recommendation", mode="dash", rags=["RED", "AMBER", "AMBER", "GREEN"], ref=True)),
    dict(k="F25", rep="cdi19", hm=(REC, "Within three months, the force should improve the "
                                   "supervision of investigations, so that investigation plans "
                                   "are set, reviewed and recorded and victims receive a "
                                   "consistently good service.", "Being progressed", 9734),
         f=dict(type="Recommendation", mode="v", rags=["AMBER", "AMBER"])),
    dict(k="F26", rep="peel2122", hm=(AFI, "The force should make sure victims of stalking and "
                                      "harassment are kept informed about the progress of their "
                                      "case, in line with the Code of Practice for Victims of "
                                      "Crime.", "Awaiting review", 12154),
         f=dict(type="AFI", mode="v", rags=["", "AMBER"], ref=True)),
    dict(k="F27", rep="peel2122", hm=(AFI, "The force should improve its understanding of the "
                                      "nature and scale of county lines drug dealing in its "
                                      "area.", "Being progressed", 12155),
         f=dict(type="AFI", mode="ab", rags=["AMBER", "GREEN"])),
    dict(k="F28", rep="peel2122", hm=(AFI, "The force should make sure it records reports of hate "
                                      "crime accurately and without delay.", "Being progressed",
                                      12156),
         f=dict(type="AFI", mode="v", rags=["AMBER", "RED"], xxx=True)),
    dict(k="F29", rep="peel2122", hm=(AFI, "The force should improve how it works with partner "
                                      "organisations to safeguard people at risk from child "
                                      "sexual exploitation.", "Awaiting review", 12157), f=None),
    dict(k="F30", rep="peel2122", hm=(AFI, CONTROL_ROOM, "Being progressed", 12158),
         f=dict(type="AFI", mode="v", rags=["RED", "AMBER", "AMBER"], ref=True)),
    dict(k="F31", rep="peel2122", hm=(AFI, "The force should make sure it has enough specialist "
                                      "capacity and capability to investigate online child sexual "
                                      "abuse.", "Complete", 12159),
         f=dict(type="AFI", mode="ab", rags=["AMBER", "GREEN"])),

    # ---- force-only (not on the HMICFRS list)
    dict(k="L5", rep="cdi14", hm=None,
         f=dict(type="Recommendation", ref=4410,
                text="The force should revise its approach to cautions, cannabis warning and "
                     "penalty notices for disorder to ensure that there is a clear and auditable "
                     "explanation to the offender of the implications of receiving the warning "
                     "and that, for victim-based crimes, there is a clear and auditable record "
                     "that views of the victim are considered prior to their issue.",
                rags=["AMBER", "GREEN", "BLUE"]),
         why="CDI 2014 recommendation, force ref 4410; neither the ref nor the text is on the "
             "current HMICFRS list (closed and removed by HMICFRS - query it)"),
    dict(k="L6", rep="vc23", hm=None,
         f=dict(type="Recommendation", text=R[42], rags=["AMBER", "AMBER"]),
         why="a fire and rescue 'Values and culture' recommendation the force adopted for "
             "learning; addressed to chief fire officers, not on the force's HMICFRS list"),
    dict(k="L1", rep="ia", hm=None,
         f=dict(type="Internal audit", text="Internal audit of the counter-corruption governance "
                "arrangements (audit plan 2023/24)", rags=["AMBER", "AMBER"]),
         why="internal audit action, not an HMICFRS item"),
    dict(k="L2", rep="ia", hm=None,
         f=dict(type="Internal audit", text="Dip-sample 50 domestic abuse crime reports each "
                "quarter and report findings to the Crime Standards Board",
                rags=["AMBER", "GREEN"]),
         why="internal audit action, not an HMICFRS item"),
    dict(k="L3", rep="loc", hm=None,
         f=dict(type="Local action", text="Task & Finish group to review the stalking and "
                "harassment policy and report to the Force Executive Team", rags=["AMBER"]),
         why="force's own local action (Force improvement plan), not an HMICFRS item; not the "
             "PEEL 21/22 stalking AFI (different ask)"),
    dict(k="L4", rep="loc", hm=None,
         f=dict(type="Local action", text="Appoint a single point of contact for hate crime in "
                "each local policing area", rags=["RED", "AMBER", "GREEN", "BLUE"]),
         why="force's own local action (Force improvement plan), not an HMICFRS item"),
]

# --------------------------------------------------------------------------- text transforms
STEM_RE = re.compile(r"^(HMICFRS|HMIC) recommends that (within six months )?the force should"
                     r"( immediately)?:\s*", re.I)


def straighten(t):
    return (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def transform(t, mode):
    t = straighten(t)
    for m in mode.split(","):
        if m == "v":
            pass
        elif m == "stem":
            t = STEM_RE.sub("", t)
            t = t[0].upper() + t[1:]
        elif m == "ab":
            for pat, rep in ABBREVIATIONS:
                if pat == r"\band\b":
                    continue
                t = re.sub(pat, rep, t, flags=re.I)
        elif m.startswith("tr"):
            n = int(m[2:])
            if len(t) > n:
                t = t[:n].rsplit(" ", 1)[0] + "..."
        elif m == "ty":
            done = 0
            for right, wrong in MISSPELLINGS.items():
                if right in t and done < 2:
                    t = t.replace(right, wrong, 1)
                    done += 1
        elif m == "flat":
            t = re.sub(r"\s*\n\s*", " ", t)
            t = re.sub(r"\s*•\s*", " - ", t)
        elif m == "dash":
            t = t.replace("• ", "- ")
        else:
            raise ValueError(m)
    return t


# --------------------------------------------------------------------------- narratives
NARR = {
    "RED": [
        "Awaiting allocation.",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.",
        "No update received from lead this quarter - chased by Strategic Planning.",
        "Allocated to lead. Scoping not yet started.",
        "Deadline passed; revised plan requested by DCC at Force Assurance Board.",
    ],
    "AMBER": [
        "Work undertaken in area but still requires development to complete.",
        "A Task & Finish group has been set up and a full implementation/project plan, policy "
        "rewrite and communications plan is now completed.",
        "Addressed holistically as part of the force change programme.",
        "Draft policy with Legal Services for comment; due at Force Executive Board next month.",
        "Progress sent to the OPCC to inform the 56-day response.",
        "Training package agreed with L&D; roll-out to begin next quarter.",
        "Dip sample completed - {a} of {b} records non-compliant; further work needed.",
        "No deadline set by HMICFRS. Target date moved to align with the next inspection.",
        "Lead changed following restructure; new lead reviewing the action plan.",
    ],
    "GREEN": [
        "Ready to move to GREEN status.",
        "The policy is now signed off and in place.",
        "Already complete / believed to be complete within short time scale (and within "
        "deadline).",
        "Actions complete; evidence pack being collated for sign off by the chief officer lead.",
        "Pending sign off by the chief officer lead.",
    ],
    "BLUE": [
        "Completed. Evidence submitted to HMICFRS for closure.",
        "Signed off at Force Assurance Board; evidence sent to the HMICFRS Force Liaison Lead.",
        "Closed on force log - evidence accepted by chief officer lead and submitted to HMICFRS.",
    ],
    "WHITE": ["Not the force's responsibility to deliver; dependent upon another organisation "
              "(Home Office / NPCC). No further force action."],
    "": ["New recommendation - awaiting allocation."],
}
VULN_REPORTS = {"everyone", "eff16", "ncpi18", "stolen", "peel1819", "peel2122"}
VULN_AMBER = "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."
LEAD_CHANGE = "Lead changed following restructure; new lead reviewing the action plan."
LEADS_BY_REPORT = {
    "sas13": ["ACC Local Policing", "C/Supt Bell"], "leg17": ["ACC Local Policing", "C/Supt Bell"],
    "powers": ["ACC Local Policing", "Head of Learning & Development", "C/Supt Bell"],
    "everyone": ["Ch Supt Public Protection"], "eff16": ["Ch Supt Public Protection",
                                                         "Det Ch Supt Force CID"],
    "austerity": ["Director of Finance", "DCC"], "efy16": ["Director of Finance",
                                                           "Head of Corporate Development"],
    "efc17": ["Head of Corporate Development"], "core": ["Supt Contact Centre"],
    "integrity": ["Head of Professional Standards"], "picture": ["Head of Information Management"],
    "firearms": ["Supt Firearms Licensing"],
    "stolen": ["Det Ch Supt Force CID", "Head of Intelligence", "Force Crime Registrar"],
    "legf17": ["Head of Professional Standards"], "ncpi18": ["Ch Insp Custody",
                                                             "Ch Supt Public Protection"],
    "peel1819": ["DCC", "ACC Crime", "Director of People", "Det Ch Supt Force CID",
                 "Head of Corporate Development"],
    "cdi19": ["Force Crime Registrar"], "cdi14": ["Force Crime Registrar"],
    "peel2122": ["ACC Crime", "Supt Contact Centre", "Ch Supt Public Protection"],
    "vc23": ["Director of People"], "ia": ["Head of Professional Standards", "DCC"],
    "loc": ["ACC Local Policing"],
}
NO_LEAD = {"F25"}
REOPEN = ("Re-opened: re-audit found the position has slipped back since sign off; new action "
          "plan agreed with lead. Moved back from GREEN to AMBER.")
LEAD_POOL = [x for x in LEADS if x]


def gen_dates(pub, rags):
    n = len(rags)
    first = pub + dt.timedelta(days=rng.randint(35, 130))
    final = rags[-1]
    if final in ("GREEN", "BLUE", "WHITE"):
        last = first + dt.timedelta(days=rng.randint(150 * n, 320 * n))
    else:
        last = CAP - dt.timedelta(days=rng.randint(0, 260))
    if final == "AMBER" and rags == ["AMBER", "AMBER"] and pub.year < 2016:
        last = first + dt.timedelta(days=rng.randint(200, 500))  # stale, forgotten item
    last = min(last, CAP)
    if last <= first:
        last = first + dt.timedelta(days=30 * n)
    if n == 1:
        return [first]
    span = (last - first).days
    inner = sorted(rng.sample(range(1, span), n - 2)) if n > 2 else []
    return [first] + [first + dt.timedelta(days=d) for d in inner] + [last]


def make_rows(item_id, ref, rep_name, ftype, text, lead, rags, pub, reopen=False, xxx=False,
              id_typo=None, vuln=False, rep_key=None):
    dates = gen_dates(pub, rags)
    rows = []
    used = set()
    for i, (rag, d) in enumerate(zip(rags, dates)):
        if reopen and i == len(rags) - 1:
            upd = REOPEN
        elif xxx and i == 0:
            upd = "xxx"
        else:
            pool = NARR[rag] + ([VULN_AMBER] if (vuln and rag == "AMBER") else [])
            pool = [x for x in pool if x not in used and not (i == 0 and x == LEAD_CHANGE)] or pool
            upd = rng.choice(pool)
            used.add(upd)
            if "{a}" in upd:
                b = rng.choice([20, 25, 30, 40, 50])
                upd = upd.format(a=rng.randint(3, b // 3), b=b)
        if i == 0:
            rec = text
        else:
            rec = rng.choice(["", "", "as above", "As above", "as above", "See above"])
        rid = item_id
        if id_typo is not None and i == id_typo:
            rid = item_id.replace("-", " ")
        rag_word = rag
        if rag in ("AMBER", "GREEN") and rng.random() < 0.12:
            rag_word = rag.title()
        date_val = d if rng.random() > 0.1 else d.strftime("%d/%m/%Y")  # some typed as text
        rows.append(dict(
            item=rid,
            ref=(ref if i == 0 else None),
            report=(rep_name if (i == 0 or rng.random() < 0.8) else None),
            type=(ftype if i == 0 else None),
            rec=rec,
            lead=(lead if i == 0 else (rng.choice([x for x in LEADS_BY_REPORT[rep_key] + LEAD_POOL
                                                    if x != lead][:4])
                                       if upd == LEAD_CHANGE else None)),
            date=date_val,
            update=upd,
            rag=rag_word,
            first=(i == 0),
        ))
    return rows


# --------------------------------------------------------------------------- HMICFRS list
hm_rows = []
for it in ITEMS:
    if it["hm"] is None:
        continue
    typ, text, status, ref = it["hm"]
    title, pub, _, _ = REPORTS[it["rep"]]
    hm_rows.append(dict(k=it["k"], Reference=ref, Force=FORCE, **{"Report title": title},
                        **{"Publication date": pub}, Type=typ, Recommendation=text, Status=status))
hm_rows.sort(key=lambda r: (r["Publication date"], r["Report title"], r["Reference"]))
refs = [r["Reference"] for r in hm_rows]
assert len(set(refs)) == len(refs)
assert 8476 not in refs and 4410 not in refs
HM_ROW = {}
wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
cols = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation",
        "Status"]
ws.append(cols)
for c in ws[1]:
    c.font = Font(bold=True)
for r in hm_rows:
    ws.append([r[c] for c in cols])
    HM_ROW[r["k"]] = ws.max_row
    ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
    ws.cell(ws.max_row, 6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", [11, 20, 45, 15, 24, 90, 17]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:G{ws.max_row}"
wb.save(OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------- tracker
counters = {"REC": 0, "AFI": 0, "COC": 0, "IA": 0, "LOC": 0}
PREFIX = {"National rec": "REC", "Recommendation": "REC", "AFI": "AFI",
          "Cause of Concern": "COC", "Internal audit": "IA", "Local action": "LOC"}
SECTION_TITLES = {
    "N": "NATIONAL / THEMATIC REPORTS (all forces)",
    "F": "WEST MERCIA POLICE INSPECTIONS",
    "O": "INTERNAL AUDIT AND LOCAL ACTIONS",
}


def section_of(it):
    return REPORTS[it["rep"]][3]


def sort_key(it):
    sec = {"N": 0, "F": 1, "O": 2}[section_of(it)]
    pub = REPORTS[it["rep"]][1] or dt.date(2023, 6, 1)
    return (sec, pub, ITEMS.index(it))


force_items = sorted([it for it in ITEMS if it["f"] is not None], key=sort_key)

# number the items in the order the force added them (publication order across sections)
for it in sorted(force_items, key=lambda it: (REPORTS[it["rep"]][1] or dt.date(2023, 6, 1),
                                                 ITEMS.index(it))):
    f = it["f"]
    p = f.get("id_prefix") or PREFIX[f["type"]]
    counters[p] += 1
    f["id"] = f"{p}-{counters[p]:03d}"

wb = Workbook()
ws = wb.active
ws.title = "Update log"
FILLS = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0"}
ws.append([f"{FORCE} - HMICFRS Recommendations, AFIs & Causes of Concern: update log"])
ws["A1"].font = Font(bold=True, size=14)
ws.append(["Owner: Strategic Planning & Insight (Organisational Learning). Last updated "
           "14/03/2024. One row per update - the latest row for each Item ID gives its current "
           "RAG."])
ws.append([])
ws.append(["RAG key"])
ws["A4"].font = Font(bold=True)
ws.append(["RED - beyond designated deadline, or little work yet undertaken and unlikely to "
           "reach deadline"])
ws.append(["AMBER - subject to ongoing work and monitoring; anticipated will be implemented"])
ws.append(["GREEN - the recommendation is implemented; evidence being collated for sign off"])
ws.append(["BLUE - signed off by the chief officer lead and submitted to HMICFRS for closure"])
ws.append(["WHITE - not West Mercia Police responsibility to deliver or dependent upon another "
           "organisation"])
ws.append([])
HEAD = ["Item ID", "HMICFRS ref", "Report", "Type", "Recommendation", "Lead", "Update date",
        "Update", "RAG at this update"]
ws.append(HEAD)
HEADER_ROW = ws.max_row
for c in ws[HEADER_ROW]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")

truth = []
FORCE_ROWS = {}           # k -> list of first-row numbers (one per part)
LAST = {}                 # k -> list of (latest rag, latest date) per part
cur_section, cur_rep = None, None
for it in force_items:
    f = it["f"]
    sec = section_of(it)
    if sec != cur_section:
        if cur_section is not None:
            ws.append([])
        ws.append([SECTION_TITLES[sec]])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(ws.max_row, col).fill = PatternFill("solid", fgColor="D9D9D9")
        cur_section = sec
    elif it["rep"] != cur_rep and rng.random() < 0.35:
        ws.append([])            # a blank row between some report groups
    cur_rep = it["rep"]
    rep_key = f.get("rep", it["rep"])
    rep_name = REPORTS[rep_key][2]
    pub = REPORTS[it["rep"]][1] or dt.date(2023, 6, 1)
    if f.get("ref") is True:
        ref = it["hm"][3]
    elif f.get("ref"):
        ref = f["ref"]
    else:
        ref = None
    lead = None if it["k"] in NO_LEAD else rng.choice(LEADS_BY_REPORT[it["rep"]])
    parts = f.get("parts")
    if parts is None:
        text = f.get("text") or it["hm"][1]
        if f.get("mode"):
            text = transform(text, f["mode"])
        parts = [dict(text=text, rags=f["rags"], suffix="")]
    else:
        for j, p in enumerate(parts):
            p["suffix"] = "abcdefg"[j]
    FORCE_ROWS[it["k"]] = []
    LAST[it["k"]] = []
    for p in parts:
        iid = f["id"] + p["suffix"]
        rows = make_rows(iid, ref, rep_name, f["type"], p["text"], lead, p["rags"], pub,
                         reopen=f.get("reopen", False), xxx=f.get("xxx", False),
                         id_typo=f.get("id_typo"), vuln=it["rep"] in VULN_REPORTS,
                         rep_key=it["rep"])
        for r in rows:
            ws.append([r["item"], r["ref"], r["report"], r["type"], r["rec"], r["lead"],
                       r["date"], r["update"], r["rag"] or None])
            n = ws.max_row
            if r["first"]:
                FORCE_ROWS[it["k"]].append(n)
            if isinstance(r["date"], dt.date):
                ws.cell(n, 7).number_format = "dd/mm/yyyy"
            rag_up = (r["rag"] or "").upper()
            if rag_up in FILLS:
                ws.cell(n, 9).fill = PatternFill("solid", fgColor=FILLS[rag_up])
            for col in (5, 8):
                ws.cell(n, col).alignment = Alignment(wrap_text=True, vertical="top")
        last = rows[-1]
        ld = last["date"] if isinstance(last["date"], dt.date) else \
            dt.datetime.strptime(last["date"], "%d/%m/%Y").date()
        LAST[it["k"]].append((p["rags"][-1], ld, iid))

ws.append([])
ws.append(["Notes: items closed by HMICFRS before April 2019 were archived to the 2018/19 "
           "workbook. Update dates before 01/04/2017 were migrated from the previous tracker."])
ws.append(["Item IDs are the force's own numbers; the HMICFRS ref is entered once, on the "
           "first row of the item, where known."])
for col, w in zip("ABCDEFGHI", [11, 12, 30, 17, 80, 24, 13, 60, 12]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
wb.save(OUT / "tracker.xlsx")

# --------------------------------------------------------------------------- truth
HM_OPEN = {"Awaiting review", "Being progressed"}
DONE = {"GREEN", "BLUE", "WHITE"}


def fmt(d):
    return d.strftime("%d/%m/%Y")


lines = []
for it in ITEMS:
    k = it["k"]
    hm_prov = f"Recommendations!{HM_ROW[k]}" if k in HM_ROW else ""
    if it["f"] is None:
        lines.append((hm_prov, "", "missing_from_force",
                      f"on the HMICFRS list (ref {it['hm'][3]}, {it['hm'][2]}) but no item for it "
                      f"anywhere in the force's update log"))
        continue
    fr = FORCE_ROWS[k]
    last = LAST[k]
    if it["hm"] is None:
        lines.append(("", f"Update log!{fr[0]}", "not_on_hmicfrs_list",
                      f"force item {last[0][2]}: {it['why']}"))
        continue
    status = it["hm"][2]
    hm_open = status in HM_OPEN
    f_done = all(r in DONE for r, _, _ in last)
    latest = "; ".join(f"{iid} latest {fmt(d)} {r}" for r, d, iid in last)
    if "conflict" in it:
        cat, why = "conflict", it["conflict"] + f" [HMICFRS {status}; force {latest}]"
    elif hm_open and f_done:
        cat = "closeable_submit"
        why = f"HMICFRS still '{status}'; force {latest} (done)"
    elif not hm_open and not f_done:
        cat = "closeable_local"
        why = f"HMICFRS '{status}' (closed); force still open: {latest}"
    else:
        cat = "in_sync"
        why = f"HMICFRS '{status}'; force {latest} - both {'open' if hm_open else 'closed/done'}"
    if it["f"].get("reopen"):
        why += " (force had it GREEN, latest update re-opened it to AMBER)"
    if it["f"].get("parts") and cat != "conflict":
        why += f" - split into {len(fr)} parts; item is done only if all parts are"
    for n in fr:
        lines.append((hm_prov, f"Update log!{n}", cat, why))

lines.sort(key=lambda l: (int(l[0].split("!")[1]) if l[0] else 10**6,
                          int(l[1].split("!")[1]) if l[1] else 0))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# summary for the README
from collections import Counter  # noqa: E402
print("HMICFRS items:", len(hm_rows))
print("force items (truth lines on force side):", sum(len(v) for v in FORCE_ROWS.values()))
print("tracker last row:", ws.max_row, "header row:", HEADER_ROW)
print(Counter(l[2] for l in lines), len(lines))
