"""Build the case `pdf_converted_appendix`.

The force's tracker exists here only as the appendix of a Joint Audit Committee paper (a PDF).
The analyst ran it through a PDF-to-Excel converter; tracker.xlsx is what such a converter
gives for a borderless table: one sheet, each page a block of rows, the table header repeated
on every page, page furniture (security marking, paper title, "Page n of N") in cells between
the blocks, every wrapped line of a cell on its own row, hyphenation at line ends, one page
with a phantom extra column and one page whose RAG/progress cells slid one column right.

The HMICFRS side is an ordinary register export (hmicfrs.xlsx).

Texts: only real public recommendation texts, from /work/shared/data/real_recommendations.csv
and the text lists in /work/main/reconcile/casegen/texts (loaded as data from their files,
without importing the reconcile package).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import random
import re
import sys
import types
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.styles import Alignment, Font

SEED = 20240314
rng = random.Random(SEED)

OUT = Path("/tmp/indep7/pdf/pdf_converted_appendix")
OUT.mkdir(parents=True, exist_ok=True)

# --------------------------------------------------------------------------------------------
# Load the text lists as data (a throw-away package so the reconcile package is never imported)
TEXTS_DIR = Path("/work/main/reconcile/casegen/texts")
pkg = types.ModuleType("ctexts")
pkg.__path__ = [str(TEXTS_DIR)]
sys.modules["ctexts"] = pkg


def _load(name):
    spec = importlib.util.spec_from_file_location(f"ctexts.{name}", TEXTS_DIR / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[f"ctexts.{name}"] = mod
    spec.loader.exec_module(mod)
    return mod


NAT_MOD = _load("national")
FOR_MOD = _load("force")
TRK_MOD = _load("tracker")
NATIONAL = NAT_MOD.NATIONAL
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")


def real(i):
    return REAL.text[i]


def nat(key, i):
    return NATIONAL[key][2][i][1]


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: West Mercia Police
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"
OPEN1, OPEN2, DONE, SUPER = "Being progressed", "Awaiting review", "Complete", "Superseded"

T_SAS13 = NATIONAL["sas13"][0]
T_EVERY = NATIONAL["everyone"][0]
T_AUST = NATIONAL["austerity"][0]
T_CORE = NATIONAL["core"][0]
T_INTEG = NATIONAL["integrity"][0]
T_PIC = NATIONAL["picture"][0]
T_FIRE = NATIONAL["firearms"][0]
T_STOLEN = NATIONAL["stolen"][0]
T_EFC17 = NATIONAL["efc17"][0]
T_LEG17 = NATIONAL["leg17"][0]
T_POWERS = NATIONAL["powers"][0]
T_EFF15 = "PEEL: Police efficiency 2015 – West Mercia Police"
T_EFF16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
T_CDI17 = "Crime data integrity inspection 2017 – West Mercia Police"
T_CUST18 = "Report on an unannounced inspection visit to police custody suites in West Mercia 2018"
T_LEGF17 = "PEEL: Police legitimacy 2017 – West Mercia Police"
T_PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"


def pub(key):
    y, m, dd = NATIONAL[key][1]
    return d(y, m, dd)


CUSTODY_TEXT = real(57).replace("Bedfordshire Police", "West Mercia Police")
VETTING_COC = real(19).replace("West Midlands Police", "West Mercia Police")

# key, id, report, published, type, text, status, status date
H = [
    ("s1", 1204, T_SAS13, pub("sas13"), NAT, nat("sas13", 0), DONE, d(2016, 5, 11)),
    ("s2", 1205, T_SAS13, pub("sas13"), NAT, nat("sas13", 1), OPEN1, d(2023, 6, 2)),
    ("s3", 1206, T_SAS13, pub("sas13"), NAT, nat("sas13", 2), OPEN1, d(2023, 6, 2)),
    ("ev", 2321, T_EVERY, pub("everyone"), NAT, NAT_MOD.EVERYONE_PLAN, SUPER, d(2019, 3, 4)),
    ("a1", 3011, T_AUST, pub("austerity"), NAT, nat("austerity", 0), DONE, d(2023, 9, 19)),
    ("a2", 3012, T_AUST, pub("austerity"), NAT, nat("austerity", 1), OPEN1, d(2022, 11, 7)),
    ("a3", 3013, T_AUST, pub("austerity"), NAT, nat("austerity", 2), OPEN1, d(2022, 11, 7)),
    ("a4", 3014, T_AUST, pub("austerity"), NAT, nat("austerity", 3), SUPER, d(2023, 10, 2)),
    ("c1", 4822, T_CORE, pub("core"), NAT, nat("core", 0), OPEN1, d(2023, 4, 24)),
    ("c2", 4823, T_CORE, pub("core"), NAT, nat("core", 1), OPEN2, d(2021, 2, 15)),
    ("ig", 902, T_INTEG, pub("integrity"), NAT, nat("integrity", 0), OPEN1, d(2023, 7, 12)),
    ("e1", 5840, T_EFF15, d(2015, 10, 15), AFI, real(14), DONE, d(2023, 9, 19)),
    ("e2", 5841, T_EFF15, d(2015, 10, 15), AFI, real(15), SUPER, d(2023, 9, 19)),
    ("e3", 5842, T_EFF15, d(2015, 10, 15), AFI, real(16), OPEN1, d(2023, 9, 19)),
    ("pi", 5310, T_PIC, pub("picture"), NAT, nat("picture", 0), DONE, d(2023, 11, 30)),
    ("f1", 5702, T_FIRE, pub("firearms"), NAT, nat("firearms", 0), DONE, d(2022, 3, 8)),
    ("f2", 5703, T_FIRE, pub("firearms"), NAT, nat("firearms", 1), OPEN1, d(2023, 8, 14)),
    ("f3", 5704, T_FIRE, pub("firearms"), NAT, nat("firearms", 2), OPEN1, d(2023, 8, 14)),
    ("f4", 5705, T_FIRE, pub("firearms"), NAT, nat("firearms", 3), DONE, d(2022, 3, 8)),
    ("f5", 5706, T_FIRE, pub("firearms"), NAT, nat("firearms", 4), OPEN1, d(2023, 8, 14)),
    ("d0", 7020, T_EFF16, d(2017, 3, 2), COC, real(21), OPEN1, d(2023, 5, 30)),
    ("d1", 7021, T_EFF16, d(2017, 3, 2), REC, real(22), OPEN1, d(2023, 5, 30)),
    ("d2", 7022, T_EFF16, d(2017, 3, 2), REC, real(23), DONE, d(2023, 5, 30)),
    ("cd", 6990, T_CDI17, d(2017, 9, 14), REC, real(11), OPEN1, d(2023, 10, 20)),
    ("st1", 8101, T_STOLEN, pub("stolen"), NAT, nat("stolen", 0), OPEN1, d(2023, 12, 1)),
    ("st2", 8102, T_STOLEN, pub("stolen"), NAT, nat("stolen", 1), OPEN1, d(2023, 12, 1)),
    ("st3", 8103, T_STOLEN, pub("stolen"), NAT, nat("stolen", 2), OPEN1, d(2023, 12, 1)),
    ("st4", 8104, T_STOLEN, pub("stolen"), NAT, nat("stolen", 3), OPEN2, d(2023, 12, 1)),
    ("st5", 8105, T_STOLEN, pub("stolen"), NAT, nat("stolen", 4), OPEN1, d(2023, 12, 1)),
    ("st6", 8106, T_STOLEN, pub("stolen"), NAT, nat("stolen", 5), OPEN1, d(2023, 12, 1)),
    ("st7", 8107, T_STOLEN, pub("stolen"), NAT, nat("stolen", 6), DONE, d(2022, 6, 27)),
    ("ef", 8460, T_EFC17, pub("efc17"), NAT, nat("efc17", 0), OPEN1, d(2023, 3, 9)),
    ("l0", 8541, T_LEG17, pub("leg17"), COC, nat("leg17", 0), OPEN1, d(2023, 9, 5)),
    ("l1", 8542, T_LEG17, pub("leg17"), NAT, nat("leg17", 1), OPEN1, d(2023, 9, 5)),
    ("l2", 8543, T_LEG17, pub("leg17"), NAT, nat("leg17", 2), OPEN1, d(2023, 9, 5)),
    ("l3", 8544, T_LEG17, pub("leg17"), NAT, nat("leg17", 3), OPEN1, d(2023, 9, 5)),
    ("l4", 8545, T_LEG17, pub("leg17"), NAT, nat("leg17", 4), DONE, d(2021, 1, 18)),
    ("v0", 8602, T_LEGF17, d(2017, 12, 12), COC, VETTING_COC, OPEN1, d(2023, 7, 3)),
    ("v1", 8603, T_LEGF17, d(2017, 12, 12), REC, real(20), OPEN1, d(2023, 7, 3)),
    ("cu", 9120, T_CUST18, d(2018, 8, 21), REC, CUSTODY_TEXT, OPEN1, d(2023, 2, 13)),
    ("w0", 9831, T_PEEL19, d(2019, 9, 27), COC, real(7), OPEN1, d(2023, 11, 6)),
    ("w1", 9832, T_PEEL19, d(2019, 9, 27), REC, real(3), DONE, d(2021, 4, 12)),
    ("w2", 9833, T_PEEL19, d(2019, 9, 27), REC, real(4), DONE, d(2023, 11, 6)),
    ("w3", 9834, T_PEEL19, d(2019, 9, 27), REC, real(5), OPEN1, d(2023, 11, 6)),
    ("w4", 9835, T_PEEL19, d(2019, 9, 27), COC, real(8), OPEN1, d(2023, 11, 6)),
    ("w5", 9836, T_PEEL19, d(2019, 9, 27), REC, real(0), OPEN1, d(2023, 11, 6)),
    ("w6", 9837, T_PEEL19, d(2019, 9, 27), REC, real(1), OPEN1, d(2023, 11, 6)),
    ("w7", 9838, T_PEEL19, d(2019, 9, 27), REC, real(2), OPEN2, d(2023, 11, 6)),
    ("w8", 9839, T_PEEL19, d(2019, 9, 27), REC, real(6), OPEN1, d(2023, 11, 6)),
    ("w9", 9840, T_PEEL19, d(2019, 9, 27), REC, real(9), OPEN1, d(2023, 11, 6)),
    ("w10", 9841, T_PEEL19, d(2019, 9, 27), REC, real(10), OPEN1, d(2023, 11, 6)),
    ("p1", 10211, T_POWERS, pub("powers"), NAT, nat("powers", 0), OPEN1, d(2023, 10, 16)),
    ("p2", 10212, T_POWERS, pub("powers"), NAT, nat("powers", 1), OPEN1, d(2023, 10, 16)),
    ("p3", 10213, T_POWERS, pub("powers"), NAT, nat("powers", 2), OPEN1, d(2023, 10, 16)),
    ("p4", 10214, T_POWERS, pub("powers"), NAT, nat("powers", 3), OPEN1, d(2023, 10, 16)),
    ("p5", 10215, T_POWERS, pub("powers"), NAT, nat("powers", 4), OPEN1, d(2023, 10, 16)),
]
H_BY_KEY = {h[0]: h for h in H}
H_ROW = {}  # key -> "Definitive list!N"

# --------------------------------------------------------------------------------------------
# The force's appendix (what the PDF's table says)
ABBR = TRK_MOD.ABBREVIATIONS


def abbr(text, keep_and=True):
    for pat, rep in ABBR:
        if keep_and and rep == "&":
            continue
        text = re.sub(pat, rep, text, flags=re.I)
    return text[0].upper() + text[1:]


def nostem(text):
    t = re.sub(r"^HMIC recommends that the force should immediately: ?", "", text)
    t = re.sub(r"^HMIC recommends that within six months the force should: ?",
               "Within six months: ", t)
    t = t.rstrip(";").removesuffix("; and").rstrip(";")
    return t[0].upper() + t[1:]


def bullets_glyph(text):
    """Bullets as a PDF converter gives them from a Symbol-font bullet: U+F0B7."""
    t = re.sub(r"\s*•\s*", "\n\uf0b7 ", text)
    return t.strip("\n")


PROG_GREEN = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Ready to move to GREEN status. Closure pack agreed at Organisational Learning Board "
    "18/01/2024.",
    "Complete – policy published on the intranet Oct 2023; compliance dip-sample (Dec 23) "
    "94%. Proposed for closure.",
    "Already complete / believed to be complete within short time scale (and within "
    "deadline).",
    "Pending sign off by the chief officer lead.",
    "Completed 30/11/2023. Evidence uploaded to the HMICFRS monitoring portal 12/01/2024.",
]
PROG_AMBER = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up Nov 23; policy rewrite in draft. Next update to JAC June "
    "2024.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the Force Crime Registrar. Audit of 100 records planned for Q1 2024/25.",
    "No deadline set by HMICFRS. December 2024 set to align with the next inspection.",
    "Progress sent to the OPCC on 2 November to inform the 56-day response.",
    "Training package (NCALT) live 01/02/2024; 61% of frontline officers completed to "
    "date. Target 90% by end of May 2024.",
]
PROG_RED = [
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Delayed – dependent on new records management system go-live (now Sept 2024). "
    "Rationale reported to Force Executive Board 06/02/2024.",
]
PROG_WHITE = ("Not West Mercia Police's responsibility to deliver; dependent upon another "
              "organisation (Home Office / NPCC). Propose HMICFRS closes as not applicable.")
PROG_GREY = ("Superseded – now addressed through the Force Management Statement (FMS) and "
             "the medium-term financial plan. Propose to close.")

LEADS = [x for x in TRK_MOD.LEADS if x]
_pg = {"GREEN": list(PROG_GREEN), "AMBER": list(PROG_AMBER), "RED": list(PROG_RED)}


def prog(rag):
    base = rag.upper()
    if base == "WHITE":
        return PROG_WHITE
    if base == "GREY":
        return PROG_GREY
    pool = _pg[base]
    return pool[rng.randrange(len(pool))]


# Force report names (the tracker's own)
R = {
    "s": "Stop & Search 2013", "s15": "Stop & Search powers 2 (2015)",
    "ev": "Everyone's Business (DA) 2014", "a": "Policing in Austerity 2014",
    "c": "Core Business 2014", "pi": "Building the Picture 2015",
    "f": "Firearms Licensing 2015", "st": "Stolen Freedom (MSHT) 2017",
    "ef": "PEEL Efficiency 2017 (national)", "l": "PEEL Legitimacy 2017 – S&S (national)",
    "p": "Police powers spotlight (Feb 21)", "e": "PEEL Efficiency 2015",
    "d": "PEEL Effectiveness 2016", "cd": "Crime Data Integrity 2017",
    "cu": "Custody inspection 2018", "v": "PEEL Legitimacy 2017", "w": "PEEL 2018/19",
}

SF = NAT_MOD.SF_LEADERSHIP.split("\n")
BWV = NAT_MOD.BWV_2021.split("\n")
CDI = real(11).split("\n")

# Each force row: hkey (None = not on the list), ref, report, type, text, rag, category, why
F = []


LEAD_BY_REPORT = {
    "s": ["ACC Local Policing"], "s15": ["ACC Local Policing"],
    "ev": ["Ch Supt Public Protection"], "d": ["Ch Supt Public Protection"],
    "a": ["Director of Finance"], "ef": ["Director of Finance", "Head of Corporate Development"],
    "c": ["Supt Contact Centre"], "pi": ["Head of Information Management"],
    "f": ["Supt Firearms Licensing"], "st": ["Det Ch Supt Force CID", "Head of Intelligence"],
    "e": ["Head of Corporate Development", "Director of People"],
    "cd": ["Force Crime Registrar"], "cu": ["Ch Insp Custody"],
    "v": ["Head of Professional Standards"], "l": ["ACC Local Policing", "C/Supt Bell"],
    "w": ["DCC", "ACC Crime", "Director of People", "Det Ch Supt Force CID",
          "Ch Supt Public Protection", "Head of Corporate Development"],
    "p": ["ACC Local Policing", "Head of Learning & Development", "C/Supt Bell"],
}
REPORT_KEY = {v: k for k, v in R.items()}


def frow(hkey, ref, report, ftype, text, rag, cat, why, lead=None, progress=None):
    if lead is None:
        lead = rng.choice(LEAD_BY_REPORT.get(REPORT_KEY.get(report), LEADS))
    F.append(dict(hkey=hkey, ref=ref, report=report, type=ftype, text=text, rag=rag, cat=cat,
                  why=why, lead=lead,
                  progress=progress if progress is not None else prog(rag)))


SUBMIT = "closeable_submit"
LOCAL = "closeable_local"
SYNC = "in_sync"
CONF = "conflict"
NOTON = "not_on_hmicfrs_list"

# Stop and search 2013: the force never recorded register IDs for pre-2015 items
frow("s1", None, R["s"], "Nat Rec",
     "CCs and the College of Policing should establish in the S&S APP a clear specification "
     "of what constitutes the effective and fair exercise of stop and search powers, and "
     "guidance in this respect.", "AMBER", LOCAL,
     "HMICFRS 1204 Complete; force row (no ref, abridged text) AMBER")
frow("s2", None, R["s"], "Nat Rec", abbr(nat("sas13", 1)), "GREEN", SUBMIT,
     "HMICFRS 1205 Being progressed; force row (no ref, CCs/S&S abbreviations) GREEN")
frow("s3", None, R["s"], "Nat Rec",
     nat("sas13", 2).split(" This should be done")[0], "AMBER", SYNC,
     "HMICFRS 1206 open; force row (no ref, last sentence dropped) AMBER")
frow(None, None, R["s15"], "Nat Rec", nat("sas15", 0), "AMBER", NOTON,
     "Stop and search powers 2 (2015) item; not on the list (its 2013 twin 1206 is matched "
     "to its own row above)")
frow("ev", None, R["ev"], "Nat Rec",
     bullets_glyph(NAT_MOD.EVERYONE_PLAN.replace(" and 20\n", " and\n")), "AMBER", LOCAL,
     "HMICFRS 2321 Superseded; force row (no ref, long text with bullets) AMBER")
frow("a1", None, R["a"], "Nat Rec", nat("austerity", 0), "RED", LOCAL,
     "HMICFRS 3011 Complete; force row (no ref) RED")
frow("a2", None, R["a"], "Nat Rec",
     "CCs & PCCs in forces planning to deliver less than 10% of their savings through "
     "collaboration should assess whether there is scope to improve on this position.",
     "AMBER", SYNC, "HMICFRS 3012 open; force row (no ref, '&', last sentence dropped) AMBER")
frow("a4", None, R["a"], "Nat Rec",
     nat("austerity", 3).split(" In particular")[0] + " ...", "GREY", SYNC,
     "HMICFRS 3014 Superseded; force GREY (superseded) - closed on both sides")
frow("c1", 4822, R["c"], "Nat Rec", nat("core", 0), "GREEN", SUBMIT,
     "HMICFRS 4822 Being progressed; force GREEN")
frow("pi", 5310, R["pi"], "Nat Rec", nat("picture", 0), "AMBER", LOCAL,
     "HMICFRS 5310 Complete; force AMBER")
frow("e1", 5840, R["e"], "AFI", real(14), "GREEN", SYNC,
     "HMICFRS 5840 Complete; force GREEN")
frow("e2", 5841, R["e"], "AFI", real(15), "AMBER", LOCAL,
     "HMICFRS 5841 Superseded; force AMBER")
frow("e3", 5824, R["e"], "AFI", real(16), "AMBER", CONF,
     "Reference differs: HMICFRS 5842, force row says 5824 (same report, same text)")
frow("f1", 5702, R["f"], "Nat Rec", nat("firearms", 0).replace("firearms", "ﬁrearms"),
     "GREEN", SYNC, "HMICFRS 5702 Complete; force GREEN ('ﬁ' ligature in converted text)")
frow("f2", 5703, R["f"], "Nat Rec", nat("firearms", 1).replace("Within three months",
                                                               "Within six months"),
     "AMBER", CONF,
     "Timescale differs: HMICFRS 'Within three months', force text 'Within six months'")
frow("f4", 5705, R["f"], "Nat Rec",
     nat("firearms", 3).split("; and that effective")[0] + "; and ...", "GREEN", SYNC,
     "HMICFRS 5705 Complete; force GREEN (text truncated)")
frow("f5", 5706, R["f"], "Nat Rec", nat("firearms", 4), "GREEN", SUBMIT,
     "HMICFRS 5706 Being progressed; force GREEN")
frow("d0", 7020, R["d"], "CoC", real(21), "AMBER", SYNC, "HMICFRS 7020 open; force AMBER")
frow("d1", 7021, R["d"], "Rec",
     "Consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers (DA) – immediately.", "GREEN", SUBMIT,
     "HMICFRS 7021 Being progressed; force GREEN (abridged)")
frow("d2", 7022, R["d"], "Rec", abbr(real(23)), "GREEN", SYNC,
     "HMICFRS 7022 Complete; force GREEN")
frow(None, 7023, R["d"], "Rec", real(24), "AMBER", NOTON,
     "PEEL 2016 DA item with force ref 7023; no such item on the list (HMICFRS closed/"
     "removed it)")
# Crime data integrity 2017: split into five bullet rows, all GREEN
cdi_parts = [CDI[0] + " (a) " + CDI[1][2:]] + [
    f"({ch}) " + b[2:] for ch, b in zip("bcde", CDI[2:])]
for i, part in enumerate(cdi_parts):
    frow("cd", 6990, R["cd"], "Rec", part, "GREEN", SUBMIT,
         f"Split item: force row {i + 1} of 5 for HMICFRS 6990 (Being progressed); all five "
         "parts GREEN")
# Stolen freedom
sf_rows = [SF[0] + " " + SF[1][2:], SF[2][2:], SF[4][2:]]
for i, part in enumerate(sf_rows):
    frow("st1", 8101, R["st"], "Nat Rec", abbr(part), "AMBER" if i != 1 else "GREEN", CONF,
         f"Split item 8101: force row {i + 1} of 3; the third bullet of the HMICFRS text "
         "('forces develop effective partnership arrangements ...') has no force row")
frow("st2", 8102, R["st"], "Nat Rec", NAT_MOD.MSHT_INTEL, "GREEN", SUBMIT,
     "HMICFRS 8102 Being progressed; force GREEN (list text has a stray footnote '86')")
frow("st4", 8104, R["st"], "Nat Rec", nat("stolen", 3), "AMBER", SYNC,
     "HMICFRS 8104 Awaiting review; force AMBER")
frow("st5", 8105, R["st"], "Nat Rec", abbr(nat("stolen", 4)), "GREEN", SUBMIT,
     "HMICFRS 8105 Being progressed; force GREEN (abbreviated)")
frow("st6", 8106, R["st"], "Nat Rec", nat("stolen", 5).split(" (this should")[0] + ".",
     "AMBER", SYNC, "HMICFRS 8106 open; force AMBER (bracketed clause dropped)")
frow("st7", 8107, R["st"], "Nat Rec", nat("stolen", 6), "GREEN", SYNC,
     "HMICFRS 8107 Complete; force GREEN")
frow("ef", 8460, R["ef"], "Nat Rec", abbr(nat("efc17", 0).split(" The Home Office")[0]),
     "AMBER", SYNC, "HMICFRS 8460 open; force AMBER (first sentence only)")
# Legitimacy 2017 (national) and the force's own legitimacy items
frow("l0", 8541, R["l"], "CoC", nat("leg17", 0), "AMBER", SYNC,
     "HMICFRS 8541 open; force AMBER")
frow("l1", 8542, R["l"], "Nat Rec", bullets_glyph(abbr(nat("leg17", 1))), "GREEN", SUBMIT,
     "HMICFRS 8542 Being progressed; force GREEN")
frow("l2", 8543, R["l"], "Nat Rec", bullets_glyph(nat("leg17", 2)), "AMBER", SYNC,
     "HMICFRS 8543 open; force AMBER")
frow("l4", 8545, R["l"], "Nat Rec", nat("leg17", 4), "GREEN", SYNC,
     "HMICFRS 8545 Complete; force GREEN")
frow("ig", 902, R["v"], "Nat Rec", nat("integrity", 0), "AMBER", CONF,
     "Report differs: HMICFRS 902 is 'Integrity matters' (2015); force files it under "
     "'PEEL Legitimacy 2017'")
frow("v0", 8602, R["v"], "CoC", VETTING_COC, "GREEN", SUBMIT,
     "HMICFRS 8602 Being progressed; force GREEN")
frow("v1", 8603, R["v"], "Rec", real(20), "GREEN", SUBMIT,
     "HMICFRS 8603 Being progressed; force GREEN")
frow("cu", 9120, R["cu"], "Rec", bullets_glyph(CUSTODY_TEXT), "AMBER", SYNC,
     "HMICFRS 9120 open; force AMBER")
# PEEL 2018/19
frow("w0", 9831, R["w"], "CoC", real(7), "AMBER", SYNC, "HMICFRS 9831 open; force AMBER")
frow("w4", 9835, R["w"], "AFI", real(8), "AMBER", CONF,
     "Type differs: HMICFRS 9835 is a Cause of concern, force row calls it AFI")
frow("w1", 9832, R["w"], "Rec", nostem(real(3)), "GREEN", SYNC,
     "HMICFRS 9832 Complete; force GREEN")
frow("w2", 9833, R["w"], "Rec", nostem(real(4)), "AMBER", LOCAL,
     "HMICFRS 9833 Complete; force AMBER")
frow("w3", 9834, R["w"], "Rec", nostem(real(5)).replace("arrangements", "arrangments"),
     "AMBER", SYNC, "HMICFRS 9834 open; force AMBER (misspelt)")
frow("w5", 9836, R["w"], "Rec", real(0), "GREEN", SUBMIT,
     "HMICFRS 9836 Being progressed; force GREEN")
frow("w6", 9837, R["w"], "Rec", nostem(real(1)), "Amber", SYNC,
     "HMICFRS 9837 open; force Amber")
frow("w7", 9838, R["w"], "Rec", nostem(real(2)), "AMBER", SYNC,
     "HMICFRS 9838 Awaiting review; force AMBER")
frow("w8", 9839, R["w"], "Rec",
     nostem(real(6)).replace("supervision of", "supervison of"), "Green", SUBMIT,
     "HMICFRS 9839 Being progressed; force Green")
frow("w9", 9840, R["w"], "Rec", nostem(real(9)).replace("Within six months", "Within 6 months"),
     "RED", SYNC, "HMICFRS 9840 open; force RED")
frow("w10", 9841, R["w"], "Rec",
     "Within 6 months: improve understanding of suspects RUI and the management of those "
     "released on bail.", "AMBER", SYNC, "HMICFRS 9841 open; force AMBER (abridged, RUI)")
# Police powers spotlight 2021
frow("p1", 10211, R["p"], "Nat Rec", nat("powers", 0), "AMBER", SYNC,
     "HMICFRS 10211 open; force AMBER")
frow("p2", 10212, R["p"], "Nat Rec", abbr(nat("powers", 1)), "GREEN", SUBMIT,
     "HMICFRS 10212 Being progressed; force GREEN (CPD/BWV abbreviations)")
bwv_rows = ["By September 2021, forces should: (i) " + BWV[0].split("forces should: ")[1],
            "(ii) " + BWV[1], "(iii) " + BWV[2]]
for i, (part, rag) in enumerate(zip(bwv_rows, ["GREEN", "AMBER", "GREEN"])):
    frow("p3", 10213, R["p"], "Nat Rec", abbr(part), rag, SYNC,
         f"Split item: force row {i + 1} of 3 for HMICFRS 10213 (open); one part AMBER so "
         "the item is open on both sides")
frow("p4", 10214, R["p"], "Nat Rec", nat("powers", 3), "WHITE", SUBMIT,
     "HMICFRS 10214 Being progressed; force WHITE = not the force's to deliver (addressed "
     "to the Home Office and NPCC): force regards it as finished - see README",
     lead="Head of Corporate Development")
frow("p5", 10215, R["p"], "Nat Rec", nat("powers", 4), "RED", SYNC,
     "HMICFRS 10215 open; force RED")
# Local actions, not HMICFRS items
LA = TRK_MOD.LOCAL_ACTIONS
frow(None, "IA 23/24-06", "Internal Audit 2023/24", "Audit",
     "Internal audit action: " + LA[8].format(t="counter-corruption"), "AMBER", NOTON,
     "Internal audit action, not an HMICFRS item", lead="Head of Professional Standards",
     progress="Audit fieldwork complete Jan 24; draft report due to JAC June 2024.")
frow(None, "JAC/23/11", "JAC action log", "Local",
     "JAC action: " + LA[6].format(t="domestic abuse"), "GREEN", NOTON,
     "Joint Audit Committee action, not an HMICFRS item", lead="Head of Corporate Development",
     progress="DA measures added to the February 2024 Force Performance pack. Complete.")
frow(None, None, "Force Improvement Plan", "Local",
     "Force improvement plan: " + LA[3].format(t="serious and organised crime"), "AMBER",
     NOTON, "Force's own improvement plan action, not an HMICFRS item",
     lead="Head of Intelligence",
     progress="Problem profile refresh commissioned from the Force Intelligence Bureau; "
              "due April 2024.")

# --------------------------------------------------------------------------------------------
# Rendering the PDF table as a converter does


def _split_point(word, room):
    """Hyphenation point as a word processor picks one: between two consonants after a vowel
    (ac-countability, at-tending), else before a consonant-vowel pair (investi-gation); at
    least 3 letters each side."""
    w = word.lower()
    V = "aeiouy"
    hi = min(room, len(w) - 3)
    c1 = [k for k in range(3, hi + 1)
          if w[k - 2] in V and w[k - 1] not in V and w[k] not in V and w[k] != w[k - 1] + "h"]
    c2 = [k for k in range(3, hi + 1) if w[k - 1] in V and w[k] not in V and w[k + 1] in V]
    cands = c1 or c2
    return max(cands) if cands else None


def wrap(text, width, hyph_p):
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for tok in para.split():
            pieces = re.split(r"(?<=[a-z]-)(?=[a-z])", tok)
            for j, pc in enumerate(pieces):
                sep = "" if j > 0 or not cur else " "
                if len(cur) + len(sep) + len(pc) <= width:
                    cur += sep + pc
                    continue
                core = re.match(r"^([A-Za-z]+)", pc)
                room = width - len(cur) - len(sep) - 1
                if j == 0 and core and len(core.group(1)) >= 8 and room >= 3 and rng.random() < hyph_p:
                    k = _split_point(core.group(1), room)
                    if k:
                        cur += sep + pc[:k] + "-"
                        lines.append(cur)
                        cur = pc[k:]
                        continue
                if cur:
                    lines.append(cur)
                cur = pc
        if cur:
            lines.append(cur)
    return lines


# Columns of the PDF table and their widths in characters at the paper's font size
COLS = ["ref", "report", "type", "text", "lead", "rag", "progress"]
WIDTH = {"ref": 8, "report": 20, "type": 8, "text": 66, "lead": 16, "rag": 7, "progress": 44}
HEADER = [["HMICFRS", "Report", "Type", "Recommendation / Area for Improvement", "Lead",
           "RAG", "Progress update / evidence of completion"],
          ["Ref", None, None, None, "Officer", None, "(as at 29/02/2024)"]]
PAPER = "JAC 14 March 2024 – HMICFRS Recommendations Update"

# each item -> list of 7-cell rows
item_blocks = []
for fr in F:
    cols = {
        "ref": [fr["ref"]] if fr["ref"] is not None else [None],
        "report": wrap(fr["report"], WIDTH["report"], 0),
        "type": [fr["type"]],
        "text": wrap(fr["text"], WIDTH["text"], 0.3),
        "lead": wrap(fr["lead"], WIDTH["lead"], 0),
        "rag": [fr["rag"]],
        "progress": wrap(fr["progress"], WIDTH["progress"], 0.12),
    }
    n = max(len(v) for v in cols.values())
    rows = [[(cols[c][i] if i < len(cols[c]) else None) for c in COLS] for i in range(n)]
    item_blocks.append((fr, rows))

# Paginate: page 1 has the paper's title block, so fewer table lines
CAP_FIRST, CAP = 26, 34
pages = [[]]  # each page: list of ("item-first"/"item-cont", fr, cells)
cap = CAP_FIRST
used = 0
for bi, (fr, rows) in enumerate(item_blocks):
    i = 0
    while i < len(rows):
        left = cap - used
        need = len(rows) - i
        if need <= left:
            take = need
        elif left >= 2 and i == 0:
            take = left  # Word lets the row break across the page
        elif left >= 1 and i > 0:
            take = left
        else:
            pages.append([])
            cap, used = CAP, 0
            continue
        for j in range(i, i + take):
            pages[-1].append(("first" if j == 0 else "cont", fr, rows[j]))
        used += take
        i += take
        if i < len(rows):
            pages.append([])
            cap, used = CAP, 0
    # the converter now and then leaves an empty row between two table rows
    if rng.random() < 0.06 and used < cap:
        pages[-1].append(("blank", None, [None] * 7))
        used += 1

NPAGES = len(pages)
PHANTOM_PAGE = 4  # a phantom empty column between Type and Recommendation on this page
SLIDE_PAGE = 7  # RAG and progress slid one cell right on the data rows of this page
assert NPAGES >= SLIDE_PAGE, NPAGES

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Table 1"
r = 0
item_row = {}  # id(fr) -> first Excel row


def put(cells, page, kind="data"):
    global r
    r += 1
    cells = list(cells)
    if page == PHANTOM_PAGE:
        cells = cells[:3] + [None] + cells[3:]
    elif page == SLIDE_PAGE and kind == "data":
        cells = cells[:5] + [None] + cells[5:]
    for ci, v in enumerate(cells):
        if v is not None and v != "":
            ws.cell(row=r, column=ci + 1, value=v)
    return r


text_refs = {8105, 9836}  # refs the converter left as text with a trailing space
for pno, page in enumerate(pages, start=1):
    put([None, None, None, "OFFICIAL", None, None, None], pno, "furniture")
    if pno == 1:
        for line in ["Joint Audit Committee", "14 March 2024", "Agenda Item 8 – Appendix A",
                     "HMICFRS Recommendations and Areas for Improvement – Progress Update",
                     "(position as at 29 February 2024; open items and items closed since the "
                     "last report)"]:
            put([line] + [None] * 6, pno, "furniture")
        r += 1  # an empty row
    for h in HEADER:
        put(h, pno, "header")
    for kind, fr, cells in page:
        cells = list(cells)
        if kind == "first" and isinstance(cells[0], int) and cells[0] in text_refs:
            cells[0] = f"{cells[0]} "
        row = put(cells, pno, "data")
        if kind == "first":
            item_row[id(fr)] = row
    if pno == NPAGES:
        r += 1
        for a, b in [("RAG status key", None),
                     ("GREEN", "The recommendation is implemented / proposed for closure"),
                     ("AMBER", "Subject to ongoing work and monitoring but is anticipated will "
                               "be implemented"),
                     ("RED", "Beyond designated deadline or cannot / will not be implemented "
                             "(rationale required)"),
                     ("WHITE", "Not West Mercia Police responsibility to deliver or is "
                               "dependent upon another organisation"),
                     ("GREY", "Superseded by later inspection activity or a later "
                              "recommendation")]:
            put([a, b, None, None, None, None, None], pno, "furniture")
        r += 1
        put(["Items closed by HMICFRS are removed from this appendix once the closure has been "
             "reported to the Committee."] + [None] * 6, pno, "furniture")
    put([PAPER, None, None, "OFFICIAL", None, None, f"Page {pno} of {NPAGES}"], pno,
        "furniture")
    r += 1  # page break: the converter leaves an empty row

for col, w in zip("ABCDEFGH", [9, 18, 9, 60, 16, 8, 40, 40]):
    ws.column_dimensions[col].width = w
wb.save(OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list
wb2 = openpyxl.Workbook()
ws2 = wb2.active
ws2.title = "Definitive list"
ws2["A1"] = "HMICFRS recommendations and areas for improvement – definitive list: West Mercia Police"
ws2["A1"].font = Font(bold=True, size=12)
ws2["A2"] = "Extracted 29 January 2024 for the force liaison lead. Includes closed items."
hdr = ["Force", "Recommendation ID", "Report title", "Publication date", "Type",
       "Recommendation text", "Status", "Status date"]
for ci, h in enumerate(hdr, 1):
    c = ws2.cell(row=4, column=ci, value=h)
    c.font = Font(bold=True)
rowno = 4
for key, hid, title, pubd, typ, text, status, sdate in sorted(H, key=lambda h: (h[3], h[1])):
    rowno += 1
    vals = ["West Mercia Police", hid, title, pubd, typ, text, status, sdate]
    for ci, v in enumerate(vals, 1):
        c = ws2.cell(row=rowno, column=ci, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if ci == 6:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    H_ROW[key] = f"Definitive list!{rowno}"
for col, w in zip("ABCDEFGH", [20, 12, 50, 14, 24, 90, 16, 12]):
    ws2.column_dimensions[col].width = w
ws2.auto_filter.ref = f"A4:H{rowno}"
ws2.freeze_panes = "A5"
wb2.save(OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# Truth
tracked = {fr["hkey"] for fr in F if fr["hkey"]}
lines = []
for key, hid, title, pubd, typ, text, status, sdate in sorted(H, key=lambda h: (h[3], h[1])):
    frs = [fr for fr in F if fr["hkey"] == key]
    if not frs:
        lines.append((H_ROW[key], "", "missing_from_force",
                      f"HMICFRS {hid} ({status}) has no row in the force's appendix"))
    for fr in frs:
        lines.append((H_ROW[key], f"Table 1!{item_row[id(fr)]}", fr["cat"], fr["why"]))
for fr in F:
    if fr["hkey"] is None:
        lines.append(("", f"Table 1!{item_row[id(fr)]}", fr["cat"], fr["why"]))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# summary for the README
from collections import Counter

print("pages", NPAGES, "sheet rows", r)
print("H items", len(H), "force item rows", len(F), "truth lines", len(lines))
print(Counter(l[2] for l in lines))
split_across = [fr["hkey"] or fr["ref"] for fr, rows in item_blocks
                if len({p for p, page in enumerate(pages) for k, f2, _ in page if f2 is fr}) > 1]
print("items broken across pages:", split_across)
print("phantom page", PHANTOM_PAGE, "slide page", SLIDE_PAGE)
