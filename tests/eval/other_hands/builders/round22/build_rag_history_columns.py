"""Build the evaluation case `rag_history_columns` (round 22).

Staffordshire Police keeps an xlsx tracker whose status is a *history* across columns, one per
quarterly review ("RAG Jun-23" ... "RAG Jun-24"), most recent last. The current status of a
row is the right-most non-blank RAG cell. Items closed earlier show "Closed"/"Blue"/"B" in their
last filled cell and blanks after; items added later are blank in the early columns.
The HMICFRS side is the register export as CSV.

Run:  /work/main/.venv/bin/python build_rag_history_columns.py
Rebuilds rag_history_columns/ byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Real HMICFRS texts from the casegen text lists, loaded as a standalone package so that
# nothing else of the reconcile package is imported or run.
import importlib.util  # noqa: E402

_TEXTS = "/work/main/reconcile/casegen/texts"
_spec = importlib.util.spec_from_file_location("casegen_texts", _TEXTS + "/__init__.py",
                                               submodule_search_locations=[_TEXTS])
_pkg = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _pkg
_spec.loader.exec_module(_pkg)
import casegen_texts.force as F  # noqa: E402
import casegen_texts.national as N  # noqa: E402
import casegen_texts.tracker as TT  # noqa: E402

SEED = 2206
rng = random.Random(SEED)

CASE = "rag_history_columns"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Staffordshire Police"
NEIGHBOUR = "West Midlands Police"
SHEET = "Tracker"
CSV_NAME = "hmicfrs.csv"

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
TRACKER_TYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat rec"}

# ---------------------------------------------------------------- reports
# key -> (HMICFRS title, publication date, tracker label)
NT = {k: v for k, v in N.NATIONAL.items()}
REPORTS = {
    "sas13": (NT["sas13"][0], dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": (NT["everyone"][0], dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": (NT["austerity"][0], dt.date(2014, 7, 22), "Policing in Austerity 2014"),
    "core": (NT["core"][0], dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": (NT["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (NT["sas15"][0], dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": (NT["picture"][0], dt.date(2015, 7, 1), "Information management (Building the Picture)"),
    "firearms": (NT["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – " + FORCE, dt.date(2017, 3, 2), "PEEL Eff 16"),
    "leg17f": ("PEEL: Police legitimacy 2017 – " + FORCE, dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "stolen": (NT["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NT["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": (NT["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018 – " + FORCE, dt.date(2018, 6, 26), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – " + FORCE, dt.date(2019, 9, 19), "CDI 2019"),
    "powers": (NT["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – " + FORCE,
                 dt.date(2022, 7, 15), "PEEL 2021/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022 – " + FORCE,
               dt.date(2022, 8, 16), "Custody inspection 2022"),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – " + FORCE,
                 dt.date(2023, 12, 5), "PEEL 2023-25"),
    "local": (None, None, "Force Improvement Plan (local actions)"),
}


def nat(key: str, i: int) -> str:
    return NT[key][2][i][1]


def body(i: int) -> str:
    return F.BODIES[i].replace("{area}", "Staffordshire").replace("{neighbour}", NEIGHBOUR)


def find_body(prefix: str) -> str:
    hits = [b for b in F.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def topic(prefix: str, t: str) -> str:
    hits = [b for b in TT.TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{t}", t)


def local(prefix: str, t: str) -> str:
    hits = [b for b in TT.LOCAL_ACTIONS if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{t}", t)


CAUSE_DA = F.CAUSES[0]
B_DASH = find_body("take steps to ensure that there is effective supervision of the initial risk")
B_PHONE = find_body("cease the practice of conducting domestic abuse risk assessments")
B_CALLH = find_body("provide call-handlers with specific")
B_MISSING = find_body("review its approach to reports of missing children")
B_CHILD_DET = find_body("in conjunction with children’s social care services")
B_RUI = find_body("improve its understanding of suspects released under investigation")
B_PREVENT = find_body("develop a clear prevention strategy")
B_RISKREG = find_body("make sure the corporate risk register")
B_EDI = find_body("review how it gathers and uses equality and diversity data")
B_WHISTLE = find_body("make sure it provides a confidential way for staff")
B_ACCESS = find_body("make sure it provides accessible information for all staff")

# ---------------------------------------------------------------- HMICFRS items
# Each: key, report, type, text, status, status_date, comment
H = []


def h(key, report, typ, text, status, sdate, comment=""):
    H.append(dict(key=key, report=report, type=typ, text=text, status=status,
                  sdate=sdate, comment=comment))


NEW = "New recommendation"
MON = ("The progress of the implementation of this recommendation is currently being monitored "
       "by HMICFRS and this record will, in due course, be updated.")
DONE = "This recommendation is complete"
SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
        "of the inspection team in recent inspection activity.")
REVIEWING = ("The status of this recommendation is currently being reviewed by HMICFRS and will "
             "be updated when this review is complete.")

# national reports
h("N1", "sas13", NAT, nat("sas13", 1), "Complete", dt.date(2016, 11, 3), DONE)
h("N2", "sas13", NAT, nat("sas13", 2), "Being progressed", dt.date(2022, 5, 17), MON)
h("N4", "everyone", NAT, N.EVERYONE_PLAN, "Superseded", dt.date(2018, 2, 12), SUPER)
h("N5", "austerity", NAT, nat("austerity", 0), "No further action required", dt.date(2015, 6, 30), "")
h("N6", "core", NAT, nat("core", 0), "Being progressed", dt.date(2023, 9, 4), REVIEWING)
h("N7", "core", NAT, nat("core", 1), "Complete", dt.date(2024, 4, 22), DONE)
h("N8", "integrity", NAT, nat("integrity", 0), "Being progressed", dt.date(2021, 10, 1), MON)
h("N3", "sas15", NAT, nat("sas15", 0), "Complete", dt.date(2023, 1, 26), AUTH)
h("N9", "picture", NAT, nat("picture", 0), "Awaiting review", dt.date(2024, 5, 28), "")
h("N10", "firearms", NAT, nat("firearms", 0), "Complete", dt.date(2017, 8, 8), DONE)
h("N11", "firearms", NAT, nat("firearms", 1), "Being progressed", dt.date(2023, 3, 14), MON)
h("N12", "firearms", NAT, nat("firearms", 2), "Awaiting review", dt.date(2015, 9, 15), NEW)
h("N13", "firearms", NAT, nat("firearms", 3), "Complete", dt.date(2023, 11, 20), DONE)
h("N14", "firearms", NAT, nat("firearms", 4), "Being progressed", dt.date(2022, 6, 9), MON)
h("H1", "eff16", COC, CAUSE_DA, "Superseded", dt.date(2023, 10, 2), SUPER)
h("H2", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
  "immediately " + B_DASH + ".", "Superseded", dt.date(2023, 10, 2), SUPER)
h("H3", "eff16", REC, "HMIC recommends that within six months the force should: " + B_PHONE + ";",
  "Complete", dt.date(2018, 4, 27), DONE)
h("N15", "stolen", NAT, nat("stolen", 0), "Being progressed", dt.date(2022, 11, 30), MON)
h("N16", "stolen", NAT, nat("stolen", 1), "Being progressed", dt.date(2022, 11, 30), MON)
h("N17", "stolen", NAT, nat("stolen", 2), "Complete", dt.date(2020, 2, 6), DONE)
h("N18", "stolen", NAT, nat("stolen", 3), "Being progressed", dt.date(2022, 11, 30), MON)
h("N19", "stolen", NAT, nat("stolen", 4), "Complete", dt.date(2024, 1, 15), DONE)
h("N20", "stolen", NAT, nat("stolen", 5), "Being progressed", dt.date(2022, 11, 30), MON)
h("N21", "stolen", NAT, nat("stolen", 6), "Awaiting review", dt.date(2024, 5, 2), "")
h("N22", "efc17", NAT, nat("efc17", 0), "Superseded", dt.date(2023, 7, 11),
  "Superseded by the PEEL 2021/22 inspection of the force.")
h("N23", "leg17", COC, nat("leg17", 0), "Being progressed", dt.date(2021, 3, 19), MON)
h("N24", "leg17", NAT, nat("leg17", 1), "Being progressed", dt.date(2021, 3, 19), MON)
h("N25", "leg17", NAT, nat("leg17", 2), "Being progressed", dt.date(2021, 3, 19), MON)
h("N26", "leg17", NAT, nat("leg17", 3), "Complete", dt.date(2019, 9, 30), DONE)
h("N27", "leg17", NAT, nat("leg17", 4), "Being progressed", dt.date(2021, 3, 19), MON)
h("H6", "ncpi18", REC, "Within six months the force should " + B_MISSING + ".",
  "Being progressed", dt.date(2020, 1, 14), MON)
h("H7", "ncpi18", REC, "Within six months, the force should " +
  topic("improve how it works with partner", "child sexual exploitation") + ".",
  "Being progressed", dt.date(2020, 1, 14), MON)
h("H8", "ncpi18", REC, "Immediately, the force should " +
  topic("make sure officers and staff have the training", "child sexual exploitation") + ".",
  "Complete", dt.date(2024, 3, 5), DONE)
h("H4", "cdi19", REC, "Immediately, the force should " + F.CDI_VICTIMS_BODY + ".",
  "Being progressed", dt.date(2021, 6, 24), MON)
h("H5", "cdi19", REC, "Within three months, the force should " + B_CALLH + ".",
  "Awaiting review", dt.date(2024, 6, 3), "")
h("N28", "powers", NAT, nat("powers", 0), "Being progressed", dt.date(2023, 2, 1), MON)
h("N29", "powers", NAT, nat("powers", 1), "Complete", dt.date(2023, 12, 7), DONE)
h("N30", "powers", NAT, nat("powers", 2), "Complete", dt.date(2024, 2, 19), AUTH)
h("N31", "powers", NAT, nat("powers", 3), "No further action required", dt.date(2021, 4, 9),
  "Recommendation directed at the Home Office and NPCC. No action required by forces.")
h("N32", "powers", NAT, nat("powers", 4), "Being progressed", dt.date(2023, 2, 1), MON)
h("H11", "peel2122", AFI, "The force should " + F.BODIES[F.BODIES.index(
    find_body("ensure that it has sufficient resources available in the control room"))] + ".",
  "Being progressed", dt.date(2023, 6, 30), MON)
h("H12", "peel2122", AFI, "The force should " + B_RUI + ".", "Awaiting review", dt.date(2024, 6, 11), "")
h("H13", "peel2122", AFI, "The force should " +
  topic("make sure investigations of", "rape and serious sexual offences") + ".",
  "Being progressed", dt.date(2023, 6, 30), MON)
h("H14", "peel2122", AFI, "The force should " + topic("make sure it records reports", "hate crime") + ".",
  "Complete", dt.date(2024, 1, 9), DONE)
h("H15", "peel2122", AFI, FORCE + " should " +
  topic("improve the timeliness of its response", "vulnerable adults") + ".",
  "Being progressed", dt.date(2023, 6, 30), MON)
h("H16", "peel2122", AFI, "The force should " + B_PREVENT + ".", "Being progressed", dt.date(2023, 6, 30), MON)
h("H17", "peel2122", AFI, "The force should " +
  topic("make sure victims of", "domestic abuse") + ".", "Complete", dt.date(2024, 5, 14), DONE)
h("H18", "peel2122", AFI, "The force should " + B_RISKREG + ".", "Complete", dt.date(2023, 11, 2), DONE)
h("H19", "peel2122", AFI, "The force should " + B_EDI + ".", "Being progressed", dt.date(2024, 2, 27), MON)
h("H20", "peel2122", AFI, "The force should " +
  topic("make sure its performance framework", "serious and organised crime") + ".",
  "Being progressed", dt.date(2023, 6, 30), MON)
h("H9", "cust22", REC, "The force should, " + B_CHILD_DET + ".", "Being progressed", dt.date(2023, 8, 22), MON)
h("H21", "peel2325", AFI, "The force should " +
  topic("improve how it gathers, assesses", "county lines drug dealing") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H22", "peel2325", AFI, "The force should " +
  topic("make sure it has enough specialist", "online child sexual abuse") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H23", "peel2325", AFI, "The force should " +
  topic("improve the way it manages the risk", "stalking and harassment") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H24", "peel2325", AFI, "The force should " +
  topic("make sure officers and staff have the training", "honour-based abuse") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H25", "peel2325", AFI, "The force should " +
  topic("make sure it consistently uses ancillary", "domestic abuse") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H26", "peel2325", AFI, "The force should " +
  topic("make sure its analysis of", "fraud") + ".", "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H27", "peel2325", AFI, "The force should " + B_WHISTLE + ".", "Awaiting review", dt.date(2023, 12, 5), NEW)
h("H28", "peel2325", AFI, "The force should " +
  topic("improve its understanding of the nature", "economic crime") + ".",
  "Awaiting review", dt.date(2023, 12, 5), NEW)

# register references: plain integers unique across the register, no prefix
_bases = {"sas13": 1100, "everyone": 2300, "austerity": 3000, "core": 4800, "integrity": 900,
          "sas15": 5400, "picture": 5900, "firearms": 6300, "eff16": 7200, "stolen": 8100,
          "efc17": 8400, "leg17": 8530, "ncpi18": 9100, "cdi19": 9800, "powers": 10950,
          "peel2122": 11800, "cust22": 12100, "peel2325": 13300}
_used = set()
for rep, base in _bases.items():
    cur = base + rng.randint(0, 60)
    for it in H:
        if it["report"] == rep:
            it["ref"] = cur
            _used.add(cur)
            cur += rng.choice([1, 1, 1, 2, 3])
HBY = {it["key"]: it for it in H}

# HMICFRS export order: publication date, then reference
H.sort(key=lambda it: (REPORTS[it["report"]][1], it["ref"]))
for i, it in enumerate(H):
    it["row"] = i + 2  # header = 1

# ---------------------------------------------------------------- tracker rows
# hist: five cells Jun-23..Jun-24 (None = blank). cat/why go to truth.csv.
REVIEWS = ["RAG Jun-23", "RAG Sep-23", "RAG Dec-23", "RAG Mar-24", "RAG Jun-24"]
A, G, R, B = "Amber", "Green", "Red", "Blue"
_ = None

T = []  # tracker rows in sheet order


def t(group, key, text, hist, lead, comment, cat, why, *, typ=None, ref="", ref_note=None):
    """key: HMICFRS key or None (not on HMICFRS list)."""
    if typ is None:
        typ = TRACKER_TYPE[HBY[key]["type"]] if key else "Local"
    T.append(dict(group=group, key=key, text=text, hist=hist, lead=lead, comment=comment,
                  cat=cat, why=why, typ=typ, ref=ref))


def R_(key):
    return HBY[key]["ref"]


# --- Stop & Search 2013
t("sas13", "N1", nat("sas13", 1), ["Closed", _, _, _, _], "ACC Local Policing",
  "Closed – S&S scrutiny arrangements embedded (2016). No further updates.", "in_sync",
  "HMICFRS Complete; tracker last filled cell 'Closed' (Jun-23) then blanks = done", ref=R_("N1"))
t("sas13", "N2", "Chief Constables should, in consultation with elected local policing bodies, "
  "ensure that they comply with the code of practice by explaining to the public the way S&S "
  "powers are used in their areas and by making arrangements for S&S records to be scrutinised "
  "by community representatives.", ["G", "Green", "Blue", _, _], "ACC Local Policing",
  "Independent Scrutiny Panel in place incl. youth panel. Evidence pack sent to OPCC. Closed Dec-23.",
  "closeable_submit",
  "HMICFRS Being progressed; tracker 'Blue' at Dec-23 then blanks = done. Near-duplicate of the "
  "2015 item (N3, 'police and crime commissioners'): this row says 'elected local policing "
  "bodies' and sits under the 2013 report")
# --- Everyone's business
t("everyone", "N4", "By September 2014, every police force in England and Wales should "
  "establish and publish an action plan that specifies in detail what steps it will take to "
  "improve its approach to domestic abuse. Plan developed in consultation with PCC, DA support "
  "organisations & victims' reps; after consideration of all recs in the report; with reference "
  "to DHRs and IPCC findings; drawing on CPS scrutiny panels and MARAC self-assessments.",
  ["B", _, _, _, _], "Ch Supt Public Protection",
  "DA action plan published 2014; superseded by VAWG delivery plan.", "in_sync",
  "HMICFRS Superseded (closed); tracker only entry 'B' (Jun-23) then blanks = done. HMICFRS text "
  "has stray footnote digit '20'", ref=R_("N4"))
# --- Austerity
t("austerity", "N5", nat("austerity", 0), ["Closed", _, _, _, _], "Director of Finance",
  "Closed - MTFP reviewed annually.", "in_sync",
  "HMICFRS No further action required (closed); tracker 'Closed' Jun-23 then blanks = done")
t("austerity", None, nat("austerity", 1), [A, A, A, A, A], "Director of Finance",
  "Collaboration review with " + NEIGHBOUR + " ongoing. Query raised with FLL whether HMICFRS "
  "still monitoring this.", "not_on_hmicfrs_list",
  "Policing in Austerity rec 2 ('less than 10% of savings through collaboration') is not in the "
  "HMICFRS export; only rec 1 (N5) is", typ="Nat rec")
# --- Core business
t("core", "N7", nat("core", 1), [A, A, G, B, _], "Head of Corporate Development",
  "Problem-solving evaluation toolkit live on POP database. Closed Mar-24.", "in_sync",
  "HMICFRS Complete; tracker 'Blue' Mar-24 then blank Jun-24 = done")
# --- Integrity
t("integrity", "N8", nat("integrity", 0), [A, A, A, A, "Amber"], "Head of Professional Standards",
  "Disproportionality review of NFA misconduct outcomes with Staff Networks. Report to PSD board Aug-24.",
  "in_sync", "HMICFRS Being progressed; tracker Amber throughout = open", ref=R_("N8"))
# --- Stop & search 2
t("sas15", "N3", nat("sas15", 0), [A, A, A, "AMBER", A], "ACC Local Policing",
  "Awaiting refresh of community scrutiny ToR.", "closeable_local",
  "HMICFRS Complete (closed); tracker latest Amber = open. Not to be confused with the 2013 item "
  "N2 (near-identical wording, 'police and crime commissioners' here)")
# --- Building the picture
t("picture", "N9", "By 30 Nov 2015, CCs should put in place arrangements to scrutinise audits of "
  "compliance with the APP on information management through the force information management "
  "goverance structure.", [A, A, A, G, B], "Head of Information Management",
  "Completed. Evidence submitted to HMICFRS for closure.", "closeable_submit",
  "HMICFRS Awaiting review (open); tracker Jun-24 'Blue' = done", ref=R_("N9"))
# --- Firearms licensing 2015
t("firearms", "N10", nat("firearms", 0), ["G", B, _, _, _], "Supt Firearms Licensing",
  "Closed Sep-23.", "in_sync", "HMICFRS Complete; tracker 'Blue' at Sep-23 then blanks = done",
  ref=R_("N10"))
t("firearms", "N11", nat("firearms", 1), ["R", R, A, A, A], "Supt Firearms Licensing",
  "Backlog of renewals down to 410. Additional FEOs recruited; demand model to be refreshed Q3.",
  "in_sync", "HMICFRS Being progressed; tracker latest Amber = open", ref=R_("N11"))
t("firearms", "N13", "Within 3 months, all CCs should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the HO guidance; that temporary permits "
  "are properly recorded without delay on NFLMS; and that effective systems exist to ensure "
  "certificate holders are not permitted to remain in unlawful possession of a firearm.",
  [A, A, A, A, _], "Supt Firearms Licensing",
  "Update not received for Jun-24 review.", "closeable_local",
  "HMICFRS Complete (closed); tracker Jun-24 blank but latest filled cell is Amber (missed "
  "update, not a closure) = open", ref=R_("N13"))
t("firearms", "N14", nat("firearms", 4), [A, A, A, A, G], "Supt Contact Centre",
  "STORM flag for certificate holders live. Ready for submission.", "closeable_submit",
  "HMICFRS Being progressed; tracker Jun-24 Green (complete, awaiting submission) = done")
# --- PEEL Eff 16
t("eff16", "H1", CAUSE_DA, [A, A, A, A, A], "Ch Supt Public Protection",
  "DASH compliance 91% (May-24 audit). Retain until 95% sustained.", "closeable_local",
  "HMICFRS Superseded (closed); tracker still Amber = open", ref=R_("H1"))
t("eff16", "H2", "To address this CoC, HMIC recommends the force should immediately take steps "
  "to ensure that there is effective supervison of the initial risk assessment process, "
  "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
  [R, A, A, A, A], "Ch Supt Public Protection",
  "Supervisor DASH review built into Niche workflow; compliance reporting monthly.",
  "closeable_local", "HMICFRS Superseded (closed); tracker Amber = open", ref=R_("H2"))
t("eff16", "H3", "Within 6 months – cease DA risk assessments over the telephone and dealing with "
  "DA in the resolution centre.", ["G", "Blue", _, _, _], "Ch Supt Public Protection",
  "Practice ceased 2017. Closed.", "in_sync",
  "HMICFRS Complete; tracker Blue at Sep-23 then blanks = done")
# --- PEEL Legitimacy 2017 (force) – not on the HMICFRS list
t("leg17f", None, "The force should " + B_ACCESS + ".", [A, A, G, G, G], "Head of Professional Standards",
  "Confidential reporting line relaunched; Crimestoppers integrity line promoted. Awaiting sign-off.",
  "not_on_hmicfrs_list", "PEEL Legitimacy 2017 AFI not in the HMICFRS export. Near-duplicate "
  "topic of PEEL 2023-25 whistleblowing AFI (H27) but different report and different ask",
  typ="AFI")
# --- Stolen freedom 2017
ref15 = R_("N15")
t("stolen", "N15", "Within 12 months, forces should review their leadership & governance "
  "arrangements for MSHT, to ensure that: senior leaders prioritise the response to MSHT;",
  [A, G, B, _, _], "Det Ch Supt Force CID", "MSHT strategic lead (D/Supt) appointed; MSHT board "
  "chaired by ACC.", "closeable_submit",
  "Split row (bullet 1 of 4) of N15; all four bullets done (Blue/Green) and HMICFRS Being "
  "progressed", ref=f"{ref15} (i)")
t("stolen", "N15", "- every incident of MSHT identified to police is allocated appropriate "
  "resources with the skills, experience and capacity to investigate it effectively;",
  [A, A, G, G, B], "Det Ch Supt Force CID", "All MSHT crimes allocated to CID/PVP; audit Apr-24 "
  "100% compliant.", "closeable_submit",
  "Split row (bullet 2 of 4) of N15; item done on the force side, open at HMICFRS",
  ref=f"{ref15} (ii)")
t("stolen", "N15", "- forces develop effective partnership arrangements to co-ordinate activity "
  "in order to share information and safeguard victims;", [A, A, A, G, G], "Det Ch Supt Force CID",
  "Anti-Slavery Partnership meets quarterly. Ready to move to Blue.", "closeable_submit",
  "Split row (bullet 3 of 4) of N15; Green = done", ref=f"{ref15} (iii)")
t("stolen", "N15", "- performance and quality assurance measures are in place to allow senior "
  "leaders to assess the nature and quality of the service provided to victims.",
  ["A", A, G, B, _], "Det Ch Supt Force CID", "MSHT measures in Force Performance pack. Closed Mar-24.",
  "closeable_submit", "Split row (bullet 4 of 4) of N15; Blue at Mar-24 then blank = done",
  ref=f"{ref15} (iv)")
t("stolen", "N16", "Within twelve months, forces should have in place active information-sharing "
  "agreements with other agencies to facilitate speedy exchange of intelligence and in order to "
  "safeguard victims better and to identify suspects as early as possible.", [A, A, A, A, A],
  "Head of Intelligence", "ISAs agreed with 3 of 4 local authorities; Stoke-on-Trent outstanding.",
  "conflict", "Timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' "
  "(both open)", ref=R_("N16"))
t("stolen", "N17", "Immediately – ensure victims carrying out criminal acts under compulsion "
  "attributable to slavery/exploitation get early & continuing consideration of the s45 defence.",
  [B, _, _, _, _], "Head of Criminal Justice", "s45 guidance issued with CPS. Closed.", "in_sync",
  "HMICFRS Complete; tracker Blue Jun-23 then blanks = done")
t("stolen", "N18", nat("stolen", 3), [A, A, A, A, A], "Ch Supt Public Protection",
  "NRM first responder training 78% complete. Duty to Notify process under review.", "in_sync",
  "HMICFRS Being progressed; tracker Amber = open", ref=R_("N18"))
t("stolen", "N19", nat("stolen", 4), [A, A, R, A, A], "Force Crime Registrar",
  "FCR audit capacity remains limited; MSHT audit scheduled Q2.", "closeable_local",
  "HMICFRS Complete (closed Jan-24); tracker still Amber = open", ref=R_("N19"))
t("stolen", "N20", "Immediately, forces should ensure that allegations or indications of MSHT "
  "are thoroughly investigated & effectively supervised by teams and individuals with the skills "
  "and experience to undertake them.", [A, A, A, A, _], "Det Ch Supt Force CID",
  "Update not received for Jun-24 review – chased 10/06/2024.", "in_sync",
  "HMICFRS Being progressed; tracker Jun-24 blank, latest filled Amber = open (missed update)")
t("stolen", None, "Force action - " + local("Appoint a single point of contact", "modern slavery and human trafficking"),
  [_, A, A, G, B], "Det Ch Supt Force CID", "SPOCs in place in all LPAs.", "not_on_hmicfrs_list",
  "Force's own local action (Force action), not an HMICFRS item", typ="Local", ref="n/a")
t("stolen", "N21", nat("stolen", 6), [R, A, A, A, G], "Det Ch Supt Force CID",
  "STRO/STPO use reviewed; 6 orders obtained in 2023/24. Ready for submission.", "closeable_submit",
  "HMICFRS Awaiting review (open); tracker Jun-24 Green = done", ref=R_("N21"))
# --- PEEL Efficiency 17 national
t("efc17", "N22", "By Sep 2018, CCs should produce an ambitious plan to improve digitally-enabled "
  "services within their force.", [A, A, A, A, A], "Head of Corporate Development",
  "Digital Strategy 2024-27 in draft.", "closeable_local",
  "HMICFRS Superseded (closed); tracker Amber = open")
# --- PEEL Legit 17 S&S national
t("leg17", "N23", nat("leg17", 0), [A, A, A, A, A], "ACC Local Policing",
  "Disproportionality ratio 3.1 (2023/24). Scrutiny panel reviewing BWV monthly.", "in_sync",
  "HMICFRS Being progressed; tracker Amber = open", ref=R_("N23"))
t("leg17", "N24", "By July 2018, all police forces across England and Wales should be regularly "
  "and frequently monitoring a comprehensive set of data and information on use of stop and "
  "search powers to understand:\n• the reasons for any disproportionate representation of "
  "different ethnic groups in the use of stop and search;\n• the extent to which find rates "
  "differ between people from different ethnicities, and across different types of searches "
  "(including separate identification of find rates for drug possession and supply-type offences).",
  [A, G, B, _, _], "ACC Local Policing",
  "All monitoring in place via S&S scrutiny dashboard. Closed at Dec-23 SGB.", "conflict",
  "Tracker text drops the third bullet (prevalence of possession-only drug searches); force "
  "Blue (done) vs HMICFRS Being progressed – missing bullet makes it a conflict", ref=R_("N24"))
t("leg17", "N25", nat("leg17", 2), [A, A, A, B, _], "ACC Local Policing",
  "Disparity analysis published on force website Feb-24. Closed.", "closeable_submit",
  "HMICFRS Being progressed; tracker Blue at Mar-24 then blank = done")
t("leg17", "N26", nat("leg17", 3), ["Closed", _, _, _, _], "ACC Local Policing",
  "Annual publication in place.", "in_sync", "HMICFRS Complete; tracker Closed = done")
t("leg17", "N27", "By July 2018 & ongoing, forces should ensure all officers who use S&S powers "
  "have been provided with & understand training on unconscious bias & CoP APP on S&S.",
  [A, A, A, A, "amber"], "Head of Learning & Development",
  "Ready to move to GREEN status once new-starter cohort trained (Sep-24).", "in_sync",
  "HMICFRS Being progressed; tracker latest 'amber' = open (the comment mentions GREEN but the "
  "status is still Amber)", ref=R_("N27"))
# --- NCPI 2018
t("ncpi18", "H6", "Within six months the force should review its approach to reports of missing "
  "children and take steps to ensure that:\n• call takers understand and use the missing and "
  "absent category appropriately;\n• call takers and frontline staff have the necessary knowledge "
  "to identify risk factors associated with CSE and how to respond to such cases; and\n"
  "• supervisors provide the correct oversight of missing person enquiries and direct "
  "appropiate and timely investigative and safeguarding action.", [A, A, A, A, A],
  "Ch Supt Public Protection", "Absent category removed from policy Apr-24; supervisory audit due.",
  "in_sync", "HMICFRS Being progressed; tracker Amber = open", ref=R_("H6"))
t("ncpi18", "H8", "Immediately, the force should make sure officers & staff have the training "
  "they need to identify and respond to CSE.", [A, A, A, A, _], "Head of Learning & Development",
  "Update not received for Jun-24 review.", "closeable_local",
  "HMICFRS Complete (closed Mar-24); tracker latest filled Amber (Jun-24 blank = missed update) = open")
# --- CDI 2019 (split by bullet)
cdi_bul = [
    ("Rec 1(a) – at the point of report, victims are believed", ["A", G, B, _, _],
     "Believe the victim principle in call handling script. Closed Dec-23."),
    ("Rec 1(b) – conversations between call handlers and callers summarised accurately in the "
     "incident log", [A, A, A, A, A], "Contact Centre QA shows 84% accuracy; target 95%."),
    ("Rec 1(c) – multiple crimes always recorded when described within incident records or "
     "identified as part of other recorded crime investigations", [A, A, G, B, _],
     "FCR audit Feb-24 compliant. Closed Mar-24."),
    ("Rec 1(d) – stop awaiting results of medical examinations / video interviews before making "
     "crime-recording decisions", ["G", B, _, _, _], "Practice stopped; briefing issued. Closed."),
    ("Rec 1(e) – online reports of crime triaged at the point of receipt to identify ongoing risk "
     "to victim or wider public", [R, A, A, A, A], "Single Online Home triage desk pilot until Sep-24."),
]
for i, (txt, hist, com) in enumerate(cdi_bul):
    t("cdi19", "H4", txt, hist, "Supt Contact Centre" if i != 2 else "Force Crime Registrar", com,
      "in_sync", f"Split row (bullet {i + 1} of 5) of H4. Bullets b and e still Amber, so the "
      "recommendation is open on the force side as a whole; HMICFRS Being progressed = open on "
      "both (the Blue bullets are not separately closeable)")
t("cdi19", "H5", "Within 3 months – provide call-handlers with specific, sound & comprehensible "
  "criteria against which they can assess threat, harm and risk (THRR).", [A, A, G, "Blue", _],
  "Supt Contact Centre", "THRIVE+ embedded in call handling; QA framework in place.",
  "closeable_submit", "HMICFRS Awaiting review (open); tracker Blue Mar-24 then blank = done. "
  "Must not be taken for the Core Business 2014 THRR item (N6), which the force does not track")
# --- Police powers spotlight 2021
t("powers", "N28", nat("powers", 0), [A, A, A, A, A], "Head of Learning & Development",
  "Conflict management CPD module being written with CoP.", "in_sync",
  "HMICFRS Being progressed; tracker Amber = open", ref=R_("N28"))
t("powers", "N29", nat("powers", 1), [A, G, G, B, _], "Head of Learning & Development",
  "BWV debrief in supervisor CPD. Closed Mar-24.", "in_sync",
  "HMICFRS Complete; tracker Blue Mar-24 then blank = done", ref=R_("N29"))
t("powers", "N30", "By Sept 2021, forces should: ensure officers record on BWV the entirety of "
  "all S&S encounters, incl. traffic stops & use of force incidents; have a structured process "
  "for regularly reviewing & monitoring internally a sufficient sample of BWV footage; provide "
  "external scrutiny panel members with access to samples of BWV footage.", [A, A, A, A, A],
  "ACC Local Policing", "BWV activation compliance 88%. Panel access via redacted clips.",
  "closeable_local", "HMICFRS Complete (closed Feb-24); tracker Amber = open")
t("powers", "N31", nat("powers", 3), ["N/A", "N/A", _, _, _], "",
  "Not for the force to deliver (Home Office / NPCC).", "in_sync",
  "HMICFRS No further action required (closed); tracker N/A (white = not for the force, per key) "
  "then blanks = closed on both")
# --- PEEL 2021/22
t("peel2122", "H11", "The force should ensure that it has sufficient resources available in the "
  "control room to fulfil its resourcing model, and so to meet its demand, while also taking into "
  "account the wellbeing of its workforce.", [R, A, A, A, A], "Supt Contact Centre",
  "Contact Centre uplift of 24 call handlers; 999 answer rate 89%.", "in_sync",
  "HMICFRS Being progressed; tracker Amber = open", ref=R_("H11"))
t("peel2122", "H12", "AFI 2 - improve understanding of suspects released under investigation "
  "(RUI) and management of those released on bail.", [A, A, G, G, G], "Head of Criminal Justice",
  "Completed. Evidence submitted to HMICFRS for closure.", "closeable_submit",
  "HMICFRS Awaiting review (open); tracker Green = done")
t("peel2122", "H13", "The force should make sure investigations of RASSO are allocated to officers "
  "with the right skills and are effectively supervised.", [A, A, A, A, A], "Det Ch Supt Force CID",
  "Op Soteria rollout; RASSO teams uplifted.", "conflict",
  "Type differs: HMICFRS Area for improvement, tracker 'Rec' (both open)", typ="Rec")
t("peel2122", None, "Local action: " + local("Dip-sample 50", "rape and serious sexual offences"), [_, A, A, A, A],
  "Det Ch Supt Force CID", "Q4 dip sample: 42/50 compliant.", "not_on_hmicfrs_list",
  "Local action added by the force under PEEL 2021/22; not an HMICFRS item", typ="Local", ref="n/a")
t("peel2122", "H14", "The force should make sure it records reports of hate crime accurately and "
  "without delay.", [A, G, "Closed", _, _], "Force Crime Registrar", "Closed at Dec-23 SGB.",
  "in_sync", "HMICFRS Complete; tracker Closed Dec-23 then blanks = done", ref=R_("H14"))
t("peel2122", "H15", "Improve the timeliness of response to calls for service involving "
  "vulnerable adults.", [A, A, A, A, A], "Supt Contact Centre", "Right Care Right Person phase 2 live.",
  "in_sync", "HMICFRS Being progressed; tracker Amber = open")
t("peel2122", "H16", "The force should develop a clear prevention strategy targeting people most "
  "at risk and make sure activity undertaken prioritises people most at risk.", [A, A, A, A, B],
  "ACC Local Policing", "Prevention Strategy 2024 signed off by COG. Closed Jun-24.",
  "closeable_submit", "HMICFRS Being progressed; tracker Blue Jun-24 = done", ref=R_("H16"))
t("peel2122", "H17", "The force should make sure victims of DA are kept informed about the "
  "progress of their case, in line with the Code of Practice for Victims of Crime.",
  [A, A, A, A, A], "Ch Supt Public Protection", "Ready to move to GREEN status.", "closeable_local",
  "HMICFRS Complete (closed May-24); tracker latest Amber = open (comment only anticipates Green)",
  ref=R_("H17"))
t("peel2122", "H18", "The force should make sure the corporate risk register is actively used to "
  "mitigate and manage known risks.", [A, "Green", "Closed", _, _], "Head of Corporate Development",
  "Closed Dec-23.", "in_sync", "HMICFRS Complete; tracker Closed Dec-23 then blanks = done")
t("peel2122", "H19", "The force should review how it gathers and uses equality and diversity data "
  "to improve its understanding of its workforce demographics.", [A, B, _, A, A], "Director of People",
  "Reopened Mar-24 following HMICFRS PEEL fieldwork feedback: data still incomplete (38% "
  "declaration rate).", "in_sync",
  "HMICFRS Being progressed; tracker Blue at Sep-23, blank Dec-23, reopened Amber Mar-24/Jun-24 "
  "= open now", ref=R_("H19"))
bad_ref = R_("H20") + 9  # typed wrongly: exists nowhere on the register
while bad_ref in _used:
    bad_ref += 1
t("peel2122", "H20", "The force should make sure its performance framework gives senior leaders a "
  "clear picture of its response to serious and organised crime.", [A, A, A, A, A], "Head of Intelligence",
  "SOC performance dashboard in development.", "conflict",
  f"Reference differs: tracker HMICFRS Ref {bad_ref}, register {R_('H20')} (no item {bad_ref} "
  "exists); text and report match exactly", ref=bad_ref)
t("peel2122", "H23", "The force should improve the way it manages the risk posed by offenders "
  "involved in stalking and harassment.", [_, _, _, "New", A], "Ch Supt Public Protection",
  "Stalking clinic with NHS/probation being scoped.", "conflict",
  "Report differs: HMICFRS files it under PEEL 2023/25; the force filed it at the foot of its "
  "PEEL 2021/22 block (added Mar-24). Both open")
# --- Custody 2022
t("cust22", "H9", "In conjunction with children's social care, review how the force manages the "
  "detention of children: only detained when absolutely necessary/minimum time; early assessment "
  "of need for alternative accomodation; custody record of all actions & decisions; timeliness "
  "of appropriate adult support.", [A, A, G, G, A], "Ch Insp Custody",
  "Re-graded Amber Jun-24: dip sample found AA attendance delays at Northern Custody.", "in_sync",
  "HMICFRS Being progressed; tracker Green Dec-23/Mar-24 but latest (Jun-24) Amber = open", ref=R_("H9"))
# --- PEEL 2023-25
t("peel2325", "H21", "The force should improve how it gathers, assesses and acts on intelligence "
  "about county lines drug dealing.", [_, _, _, "New", A], "Head of Intelligence",
  "County lines intelligence requirement issued.", "in_sync",
  "HMICFRS Awaiting review (open); tracker added Mar-24, Amber = open", ref=R_("H21"))
t("peel2325", "H22", "The force should make sure it has enough specialist capacity and capability "
  "to investigate online child sexual abuse.", [_, _, _, R, R], "Det Ch Supt Force CID",
  "POLIT backlog 140 referrals. Growth bid for 2025/26.", "in_sync",
  "HMICFRS Awaiting review; tracker Red = open")
t("peel2325", "H25", "The force should make sure it consistently uses ancillary orders and other "
  "powers to protect victims of domestic abuse.", [_, _, _, A, G], "Ch Supt Public Protection",
  "DAPO pilot embedded; DVPN/DVPO use up 30%. Complete – awaiting submission.", "closeable_submit",
  "HMICFRS Awaiting review (open); tracker Jun-24 Green = done", ref=R_("H25"))
t("peel2325", "H26", "The force should make sure its analysis of fraud informs its strategic "
  "assessment and control strategy.", [_, _, _, A, A], "Head of Intelligence",
  "Fraud profile commissioned from ROCU.", "in_sync", "HMICFRS Awaiting review; tracker Amber = open")
t("peel2325", "H27", "Whistleblowing – confidential route for staff to raise concerns & staff "
  "awareness.", [_, _, _, A, A], "Head of Professional Standards",
  "Comms campaign planned for Sep-24.", "in_sync",
  "HMICFRS Awaiting review; tracker Amber = open (abridged text)", ref=R_("H27"))
t("peel2325", "H28", "The force should improve its understanding of the nature and scale of "
  "economic crime in it's area.", [_, _, _, "New", A], "Head of Intelligence",
  "Economic crime problem profile due Oct-24.", "in_sync",
  "HMICFRS Awaiting review; tracker Amber = open")
# --- Local actions
t("local", None, local("Task & Finish group", "domestic abuse"), [A, "Closed", _, _, _],
  "Ch Supt Public Protection", "Report to FET 25/07/2023. Closed.", "not_on_hmicfrs_list",
  "Force's own action (Force Improvement Plan), not an HMICFRS item", ref="n/a")
t("local", None, local("Add {t} measures", "county lines drug dealing"), [_, _, _, A, A],
  "Head of Corporate Development", "Measures drafted for Aug-24 pack.", "not_on_hmicfrs_list",
  "Force's own action (Force Improvement Plan), not an HMICFRS item", ref="n/a")
t("local", None, "JAC action: " + local("Internal audit of the", "counter-corruption"), [_, A, A, A, R],
  "Head of Professional Standards", "Audit fieldwork slipped to Q2 2024/25.", "not_on_hmicfrs_list",
  "Force's own action (internal audit plan), not an HMICFRS item", ref="n/a")

# ---------------------------------------------------------------- checks on the spec
MISSING = {"N6": "Core Business 2014 THRR criteria: not in the tracker (the similar CDI 2019 "
                 "row H5 is a different recommendation)",
           "N12": "Firearms 'total expired' records: not in the tracker",
           "N32": "Police powers 2021 internal monitoring of use of force: not in the tracker",
           "H7": "NCPI 2018 CSE partnership rec: not in the tracker",
           "H24": "PEEL 2023/25 honour-based abuse training AFI: never added to the tracker"}
tracked = {r["key"] for r in T if r["key"]}
assert tracked | set(MISSING) == set(HBY), set(HBY) - tracked - set(MISSING)
assert not tracked & set(MISSING)
for k in MISSING:
    assert HBY[k]["status"] in ("Awaiting review", "Being progressed")

CLOSED = {"Complete", "Superseded", "No further action required"}
DONE_W = {"green", "blue", "closed", "b", "g", "n/a"}


def current(hist):
    vals = [v for v in hist if v not in (None, "")]
    return vals[-1] if vals else None


# aggregate force status per HMICFRS item and sanity-check categories
for k in tracked:
    rows = [r for r in T if r["key"] == k]
    f_done = all(current(r["hist"]).strip().lower() in DONE_W for r in rows)
    h_closed = HBY[k]["status"] in CLOSED
    expect = {(False, False): "in_sync", (True, True): "in_sync",
              (False, True): "closeable_submit", (True, False): "closeable_local"}[(h_closed, f_done)]
    for r in rows:
        if r["cat"] != "conflict":
            assert r["cat"] == expect, (k, r["cat"], expect)

# ---------------------------------------------------------------- write HMICFRS CSV
OUT.mkdir(parents=True, exist_ok=True)


def dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation text", "Status", "Status date", "HMICFRS comment"])
for it in H:
    title, pub, _lbl = REPORTS[it["report"]]
    w.writerow([it["ref"], FORCE, title, dmy(pub), it["type"], it["text"], it["status"],
                dmy(it["sdate"]), it["comment"]])
(OUT / CSV_NAME).write_bytes(buf.getvalue().encode("utf-8-sig"))

# ---------------------------------------------------------------- write tracker xlsx
FILL = {"red": "FF7C80", "r": "FF7C80", "amber": "FFC000", "a": "FFC000", "green": "92D050",
        "g": "92D050", "blue": "9BC2E6", "b": "9BC2E6", "closed": "9BC2E6", "new": "D9D9D9"}
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Owner: Strategic Planning & Performance (Organisational Learning). RAG recorded at each "
            "quarterly Strategic Governance Board (SGB) review; the right-most completed entry is "
            "the current position.")
ws["A2"].font = Font(italic=True)
HEADER_ROW = 4
headers = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead"] + REVIEWS + \
          ["Comments (latest)"]
for c, hdr in enumerate(headers, 1):
    cell = ws.cell(HEADER_ROW, c, hdr)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = box
widths = [6, 12, 22, 8, 80, 26, 10, 10, 10, 10, 10, 50]
for i, wd in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = wd

row = HEADER_ROW + 1
group_spans = []
cur_group, start = None, None
for n, r in enumerate(T, 1):
    if r["group"] != cur_group:
        if cur_group is not None:
            group_spans.append((cur_group, start, row - 1))
        cur_group, start = r["group"], row
    r["xrow"] = row
    ws.cell(row, 1, n)
    if r["ref"] != "":
        ws.cell(row, 2, r["ref"])
    ws.cell(row, 4, r["typ"])
    ws.cell(row, 5, r["text"])
    ws.cell(row, 6, r["lead"] or None)
    for j, v in enumerate(r["hist"]):
        cell = ws.cell(row, 7 + j, v)
        if v:
            col = FILL.get(v.strip().lower())
            if col:
                cell.fill = PatternFill("solid", fgColor=col)
            cell.alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(row, 12, r["comment"])
    for c in range(1, 13):
        ws.cell(row, c).border = box
        if c in (3, 5, 12):
            ws.cell(row, c).alignment = wrap
    row += 1
group_spans.append((cur_group, start, row - 1))
for g, s, e in group_spans:
    ws.cell(s, 3, REPORTS[g][2])
    if e > s:
        ws.merge_cells(start_row=s, start_column=3, end_row=e, end_column=3)
    ws.cell(s, 3).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(s, 3).font = Font(bold=True)
LAST_ITEM_ROW = row - 1
row += 1
NOTE_ROWS = []
for note in [
    "Key: R / Red = off track or past deadline; A / Amber = work ongoing; G / Green = complete, "
    "awaiting sign-off / submission to HMICFRS; B / Blue / Closed = signed off and closed; "
    "N/A (white) = not for the force to deliver; New = added this quarter, not yet graded.",
    "Items closed at an earlier review are not carried forward: their later columns are left blank.",
    "Some Jun-23 entries were carried over from the previous tracker as single letters (R/A/G/B).",
]:
    ws.cell(row, 1, note).font = Font(italic=True, size=9)
    NOTE_ROWS.append(row)
    row += 1
ws.freeze_panes = ws.cell(HEADER_ROW + 1, 6)

log = wb.create_sheet("Review log")
log.append(["Review", "SGB date", "Changes"])
for rv in [("Jun-23", "27/06/2023", "Tracker migrated to new template; letters retained for Jun-23."),
           ("Sep-23", "26/09/2023", "2 items closed; 1 local action added."),
           ("Dec-23", "19/12/2023", "6 items closed. PEEL 2023-25 report published 05/12/2023."),
           ("Mar-24", "26/03/2024", "PEEL 2023-25 AFIs added. 1 item reopened (EDI data)."),
           ("Jun-24", "25/06/2024", "4 updates outstanding at time of board.")]:
    log.append(list(rv))
for c in "ABC":
    log[f"{c}1"].font = Font(bold=True)
log.column_dimensions["C"].width = 70

FIXED = dt.datetime(2024, 6, 25, 9, 0, 0)
wb.properties.creator = "Strategic Planning & Performance"
wb.properties.created = FIXED
raw = io.BytesIO()
wb.save(raw)


def normalise_zip(data: bytes) -> bytes:
    """Fixed zip timestamps and core.xml dates so the file is byte-for-byte reproducible."""
    import re
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                 rb"<dcterms:modified\1>2024-06-25T09:00:00Z</dcterms:modified>",
                                 content)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    return out.getvalue()


(OUT / "tracker.xlsx").write_bytes(normalise_zip(raw.getvalue()))

# ---------------------------------------------------------------- truth.csv
lines = []
for it in H:
    hr = f"{CSV_NAME}!{it['row']}"
    rows = [r for r in T if r["key"] == it["key"]]
    if not rows:
        lines.append((hr, "", "missing_from_force", MISSING[it["key"]]))
    for r in rows:
        lines.append((hr, f"{SHEET}!{r['xrow']}", r["cat"], r["why"]))
for r in T:
    if r["key"] is None:
        lines.append(("", f"{SHEET}!{r['xrow']}", r["cat"], r["why"]))
tb = io.StringIO()
tw = csv.writer(tb, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
tw.writerows(lines)
(OUT / "truth.csv").write_text(tb.getvalue(), encoding="utf-8")

# summary for the README / checks
if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(H), "tracker item rows:", len(T),
          f"(rows {HEADER_ROW + 1}-{LAST_ITEM_ROW}), notes at", NOTE_ROWS)
    print("truth lines:", len(lines), Counter(x[2] for x in lines))
    item_cat = {}
    for hr, fr, c, _w in lines:
        if hr:
            item_cat.setdefault(hr, set()).add(c)
    print("per HMICFRS item:", Counter(next(iter(v)) for v in item_cat.values()))
