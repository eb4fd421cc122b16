"""Build the evaluation case `tracker_without_header_row` (round 21).

Gwent Police keeps its HMICFRS tracker in a sheet that has lost its header row: row 1 is a
title merged across the sheet and the first item sits directly under it in row 2. Columns, in
order: HMICFRS ref (most rows), report name, type, recommendation text, lead, RAG, update.
A second sheet holds notes (RAG key etc.). The HMICFRS side is a register export (xlsx) with a
normal header in row 1.

Run:  /work/main/.venv/bin/python build_tracker_without_header_row.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip timestamps, fixed doc props).
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

SEED = 2121
CASE = "tracker_without_header_row"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
TEXTS_DIR = Path("/work/main/reconcile/casegen/texts")

# --- load the real-text lists as a stand-alone package (no other project code runs) ---------
_spec = importlib.util.spec_from_file_location(
    "casegen_texts", TEXTS_DIR / "__init__.py", submodule_search_locations=[str(TEXTS_DIR)])
T = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = T
_spec.loader.exec_module(T)

rng = random.Random(SEED)

FORCE = "Gwent Police"
AREA = "Gwent"
NEIGHBOUR = "South Wales Police"

REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT

# ------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's own name for it)
# ------------------------------------------------------------------------------------------
def nat(key: str, force_name: str):
    title, (y, m, d), _ = T.NATIONAL[key]
    return (title, dt.datetime(y, m, d), force_name)


REPORTS = {
    "sas13": nat("sas13", "Stop and Search 2013"),
    "everyone": nat("everyone", "Everyone's Business (DA) 2014"),
    "austerity": nat("austerity", "Policing in Austerity 2014"),
    "core": nat("core", "Core business"),
    "integrity": nat("integrity", "Integrity Matters 2015"),
    "sas15": nat("sas15", "Stop & search powers 2"),
    "picture": nat("picture", "Building the Picture 2015"),
    "firearms": nat("firearms", "Firearms licensing 2015"),
    "stolen": nat("stolen", "Stolen Freedom (MSHT) 2017"),
    "efc17": nat("efc17", "PEEL Efficiency 17 (all forces)"),
    "leg17": nat("leg17", "PEEL Legit 17 S&S"),
    "powers": nat("powers", "Police powers spotlight (Feb 21)"),
    # force-level (titles from the casegen FORCE_REPORTS families; dates illustrative)
    "eff16": ("PEEL: Police effectiveness 2016", dt.datetime(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi19": ("Crime data integrity inspection 2019", dt.datetime(2019, 9, 26), "CDI 2019"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.datetime(2019, 5, 2), "PEEL 2018/19"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt.datetime(2022, 8, 16), "HMICFRS/HMIP custody 2022"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.datetime(2022, 5, 20), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
               dt.datetime(2024, 6, 27), "PEEL 2023-25"),
    # only on the force's side
    "ncpi15": ("National child protection inspection 2015", dt.datetime(2015, 6, 11), "NCPI 2015"),
}


def ntext(key: str, i: int) -> str:
    return T.NATIONAL[key][2][i][1]


def body(i: int) -> str:
    return T.BODIES[i].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def bidx(start: str) -> int:
    hits = [i for i, b in enumerate(T.BODIES) if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def topic(i_body: int, t: str) -> str:
    return "The force should " + T.TOPIC_BODIES[i_body].replace("{t}", t) + "."


def tbody(start: str) -> int:
    hits = [i for i, b in enumerate(T.TOPIC_BODIES) if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def abbrev(text: str, amp: bool = False) -> str:
    """The force's shorthand: the tracker's abbreviations (and '&' for 'and' when amp)."""
    out = text
    for pat, rep in T.ABBREVIATIONS:
        if pat == r"\band\b" and not amp:
            continue
        out = re.sub(pat, lambda m, rep=rep: (rep[0].upper() + rep[1:])
                     if m.group(0)[0].isupper() and rep[0].islower() else rep,
                     out, flags=re.IGNORECASE)
    return out


def local(i: int, t: str) -> str:
    return T.LOCAL_ACTIONS[i].replace("{t}", t)


def lidx(start: str) -> int:
    hits = [i for i, b in enumerate(T.LOCAL_ACTIONS) if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


# ------------------------------------------------------------------------------------------
# HMICFRS register items
# ------------------------------------------------------------------------------------------
C_COMPLETE = "This recommendation is complete"
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW = "New recommendation"
C_NFA = "No further action required. Addressed through subsequent inspection activity."
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")

_sf = T.SF_LEADERSHIP.split("\n")
assert len(_sf) == 5 and _sf[4].startswith("• performance")
SF_LEADERSHIP_3 = "\n".join(_sf[:2] + [_sf[2].rstrip(";") + "; and",
                                       _sf[3].removesuffix("; and") + "."])
assert "performance and quality" not in SF_LEADERSHIP_3

CUST_CHILDREN = ("Within six months Gwent Police should, " + body(bidx("in conjunction with children")) + ".")
CDI_VICTIMS = "Immediately, the force should " + T.CDI_VICTIMS_BODY + "."
VET_REC = "Within six months, the force should " + body(bidx("ensure all staff have received")) + "."
DASH_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
            + body(bidx("take steps to ensure that there is effective supervision")) + ".")

# key -> dict(ref, report, type, text, status, status_date, comment)
H: dict[str, dict] = {}


def h(key, ref, report, typ, text, status, sdate, comment):
    assert key not in H
    H[key] = dict(ref=ref, report=report, type=typ, text=text, status=status,
                  sdate=dt.datetime(*sdate), comment=comment)


# national reports -------------------------------------------------------------------------
h("sas13_1", 1101, "sas13", NAT, ntext("sas13", 0), "Complete", (2015, 2, 3), C_COMPLETE)
h("sas13_2", 1102, "sas13", NAT, ntext("sas13", 1), "Complete", (2015, 2, 3), C_COMPLETE)
h("sas13_3", 1103, "sas13", NAT, ntext("sas13", 2), "Superseded", (2015, 3, 24),
  "Superseded by the recommendation in Stop and search powers 2 (2015).")
h("everyone", 2321, "everyone", NAT, T.EVERYONE_PLAN, "Complete", (2016, 5, 12), C_COMPLETE)
h("aust_1", 3310, "austerity", NAT, ntext("austerity", 0), "No further action required",
  (2016, 1, 19), C_NFA)
h("aust_2", 3311, "austerity", NAT, ntext("austerity", 1), "No further action required",
  (2016, 1, 19), C_NFA)
h("core_1", 4822, "core", NAT, ntext("core", 0), "Superseded", (2017, 6, 8), C_SUPERSEDED)
h("core_2", 4823, "core", NAT, ntext("core", 1), "Complete", (2016, 10, 4), C_COMPLETE)
h("integrity", 902, "integrity", NAT, ntext("integrity", 0), "Being progressed",
  (2023, 11, 2), C_MONITOR)
h("sas15", 4960, "sas15", NAT, ntext("sas15", 0), "Being progressed", (2023, 11, 2), C_MONITOR)
h("picture", 5210, "picture", NAT, ntext("picture", 0), "Awaiting review", (2024, 2, 14),
  "The status of this recommendation is currently being reviewed by HMIC and will be updated "
  "when this review is complete.")
h("fa_1", 5501, "firearms", NAT, ntext("firearms", 0), "Complete", (2017, 1, 10), C_COMPLETE)
h("fa_2", 5502, "firearms", NAT, ntext("firearms", 1), "Being progressed", (2024, 2, 14), C_MONITOR)
h("fa_3", 5503, "firearms", NAT, ntext("firearms", 2), "Being progressed", (2024, 2, 14), C_MONITOR)
h("fa_4", 5504, "firearms", NAT, ntext("firearms", 3), "Complete", (2023, 7, 21), C_COMPLETE)
h("fa_5", 5505, "firearms", NAT, ntext("firearms", 4), "Being progressed", (2024, 2, 14), C_MONITOR)
h("sf_1", 8101, "stolen", NAT, ntext("stolen", 0), "Being progressed", (2024, 2, 14), C_MONITOR)
h("sf_2", 8102, "stolen", NAT, ntext("stolen", 1), "Being progressed", (2024, 2, 14), C_MONITOR)
h("sf_3", 8103, "stolen", NAT, ntext("stolen", 2), "Complete", (2022, 9, 30), C_COMPLETE)
h("sf_4", 8104, "stolen", NAT, ntext("stolen", 3), "Being progressed", (2024, 2, 14), C_MONITOR)
h("sf_5", 8105, "stolen", NAT, ntext("stolen", 4), "Awaiting review", (2024, 5, 3), C_MONITOR)
h("sf_6", 8106, "stolen", NAT, ntext("stolen", 5), "Being progressed", (2024, 2, 14), C_MONITOR)
h("sf_7", 8107, "stolen", NAT, ntext("stolen", 6), "Being progressed", (2024, 2, 14), C_MONITOR)
h("efc17", 8420, "efc17", NAT, ntext("efc17", 0), "Being progressed", (2023, 11, 2), C_MONITOR)
h("leg_coc", 8541, "leg17", COC, ntext("leg17", 0), "Being progressed", (2024, 2, 14), C_MONITOR)
h("leg_mon", 8542, "leg17", NAT, ntext("leg17", 1), "Awaiting review", (2024, 5, 3), C_MONITOR)
h("leg_disp", 8543, "leg17", NAT, ntext("leg17", 2), "Being progressed", (2024, 2, 14), C_MONITOR)
h("leg_pub", 8544, "leg17", NAT, ntext("leg17", 3), "Being progressed", (2024, 2, 14), C_MONITOR)
h("leg_train", 8545, "leg17", NAT, ntext("leg17", 4), "Complete", (2020, 3, 6), C_COMPLETE)
h("pw_comms", 9301, "powers", NAT, ntext("powers", 0), "Being progressed", (2024, 2, 14), C_MONITOR)
h("pw_cpd", 9302, "powers", NAT, ntext("powers", 1), "Being progressed", (2024, 2, 14), C_MONITOR)
h("pw_bwv", 9303, "powers", NAT, ntext("powers", 2), "Being progressed", (2024, 2, 14), C_MONITOR)
h("pw_uof", 9305, "powers", NAT, ntext("powers", 4), "Being progressed", (2024, 2, 14), C_MONITOR)

# Gwent Police reports ---------------------------------------------------------------------
h("e16_coc", 7010, "eff16", COC, T.CAUSES[0], "Complete", (2018, 4, 27), C_COMPLETE)
h("e16_rec", 7011, "eff16", REC, DASH_REC, "Complete", (2018, 4, 27), C_COMPLETE)
h("e16_afi", 7012, "eff16", AFI,
  topic(tbody("improve how it works with partner"), "child sexual exploitation"),
  "Superseded", (2019, 5, 2), C_SUPERSEDED)
h("cdi_vict", 8801, "cdi19", REC, CDI_VICTIMS, "Being progressed", (2024, 2, 14), C_MONITOR)
h("cdi_thr", 8802, "cdi19", REC,
  "Within three months, the force should " + body(bidx("provide call-handlers")) + ".",
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("cdi_stalk", 8803, "cdi19", AFI, topic(tbody("make sure it records reports"), "stalking and harassment"),
  "Complete", (2021, 11, 18), C_CDI)
h("p18_cl", 9011, "peel18", AFI, topic(tbody("improve its understanding of the nature"),
                                       "county lines drug dealing"),
  "Superseded", (2022, 5, 20), "Superseded by PEEL 2021/22. " + C_SUPERSEDED)
h("p18_wb", 9012, "peel18", AFI, "The force should " + body(bidx("make sure it provides a confidential")) + ".",
  "Complete", (2021, 6, 9), C_COMPLETE)
h("p18_costs", 9013, "peel18", AFI, "The force should " + body(bidx("develop its understanding of the links")) + ".",
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("p18_sup", 9014, "peel18", AFI, "The force should " + body(bidx("ensure regular and active supervision")) + ".",
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("p18_crms", 9015, "peel18", AFI, "The force should " + body(bidx("improve its use of its crime-recording")) + ".",
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("c22_child", 9901, "cust22", REC, CUST_CHILDREN, "Being progressed", (2024, 2, 14), C_MONITOR)
h("c22_gov", 9902, "cust22", AFI, "The force should " + body(bidx("make sure there are appropriate strategic")) + ".",
  "Complete", (2024, 1, 30), C_COMPLETE)
h("p21_va", 10211, "peel21", AFI, topic(tbody("improve the timeliness"), "vulnerable adults"),
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("p21_inf", 10212, "peel21", AFI, topic(tbody("make sure victims of"), "domestic abuse"),
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("p21_wf", 10213, "peel21", AFI, "The force should " + body(bidx("develop a future workforce plan")) + ".",
  "Complete", (2023, 9, 12), C_COMPLETE)
h("p21_ocsa", 10214, "peel21", AFI, topic(tbody("make sure it has enough specialist"), "online child sexual abuse"),
  "Being progressed", (2024, 2, 14), C_MONITOR)
h("p21_eq", 10215, "peel21", AFI, "The force should " + body(bidx("review how it gathers and uses equality")) + ".",
  "No further action required", (2024, 6, 27), C_NFA)
h("p21_cr", 10216, "peel21", AFI, T.CONTROL_ROOM, "Being progressed", (2024, 2, 14), C_MONITOR)
h("p23_rasso", 11301, "peel23", AFI, topic(tbody("make sure investigations of"), "rape and serious sexual offences"),
  "Awaiting review", (2024, 6, 27), C_NEW)
h("p23_soc", 11302, "peel23", AFI, topic(tbody("improve how it gathers, assesses"), "serious and organised crime"),
  "Awaiting review", (2024, 6, 27), C_NEW)
h("p23_anc", 11303, "peel23", AFI, topic(tbody("make sure it consistently uses ancillary"), "stalking and harassment"),
  "Awaiting review", (2024, 6, 27), C_NEW)
h("p23_vawg", 11304, "peel23", AFI, topic(tbody("make sure its performance framework"), "violence against women and girls"),
  "Awaiting review", (2024, 6, 27), C_NEW)
h("p23_hba", 11305, "peel23", AFI, topic(tbody("make sure officers and staff have the training"), "honour-based abuse"),
  "Awaiting review", (2024, 6, 27), C_NEW)
h("p23_vcoc", 11306, "peel23", COC, T.CAUSES[4].replace("{force}", FORCE),
  "Being progressed", (2024, 8, 30), C_MONITOR)
h("p23_vrec", 11307, "peel23", REC, VET_REC, "Being progressed", (2024, 8, 30), C_MONITOR)

# ------------------------------------------------------------------------------------------
# Force tracker rows (in sheet order).  Each: dict(ref, report, type, text, rag, update,
# hkey (HMICFRS key or None), cat, why).  Non-item rows are dicts with kind.
# ------------------------------------------------------------------------------------------

ROWS: list[dict] = []

#: (keywords, lead): the first rule whose keyword occurs in the row's text or report wins.
LEAD_RULES = [
    (("firearm",), "Supt Firearms Licensing"),
    (("custody", "detention of children"), "Ch Insp Custody"),
    (("vetting", "misconduct", "whistleblowing", "counter-corruption"),
     "Head of Professional Standards"),
    (("crime recording", "crime-recording decisions", "NCRS", "records reports of"),
     "Force Crime Registrar"),
    (("control room", "call-handlers", "threat, harm and risk", "calls for service"),
     "Supt Contact Centre"),
    (("slavery", "MSHT"), "Ch Supt Public Protection"),
    (("domestic abuse", "DA ", "DASH", "missing children", "exploitation", "CSE", "stalking",
      "honour-based", "rape", "vulnerable"), "Ch Supt Public Protection"),
    (("stop and search", "S&S", "stop search", "body-worn", "use of force", "communication skills",
      "disparit", "Stop and Search"), "ACC Local Policing"),
    (("workforce", "equality and diversity"), "Director of People"),
    (("savings", "collaboration", "costs"), "Director of Finance"),
    (("digitally",), "Head of Corporate Development"),
    (("information management",), "Head of Information Management"),
    (("intelligence", "county lines"), "Head of Intelligence"),
    (("investigations", "crime prevention"), "Det Ch Supt Force CID"),
    (("strategic oversight",), "DCC"),
]


def pick_lead(text: str) -> str | None:
    if rng.random() < 0.08:          # some rows have no lead recorded
        return None
    for keys, lead in LEAD_RULES:
        if any(k.lower() in text.lower() for k in keys):
            return lead
    return "Head of Corporate Development"



def item(hkey, text, rag, update, cat, why, ref="=", report=None, typ=None, lead="?"):
    """One force item row. ref '=' copies the HMICFRS ref; report None uses the force's name."""
    hk = H[hkey] if hkey else None
    if ref == "=":
        ref = hk["ref"]
    if report is None:
        report = REPORTS[hk["report"]][2]
    if lead == "?":
        lead = pick_lead(text + " " + report)
    ROWS.append(dict(kind="item", ref=ref, report=report, type=typ, text=text, lead=lead,
                     rag=rag, update=update, hkey=hkey, cat=cat, why=why))


def cat_of(hstatus: str, force_done: bool) -> str:
    closed = hstatus in ("Complete", "Superseded", "No further action required")
    if closed and force_done:
        return "in_sync"
    if not closed and not force_done:
        return "in_sync"
    return "closeable_local" if closed else "closeable_submit"


DONE = {"green", "blue"}


def auto(hkey, text, rag, update, why, **kw):
    done = (rag or "").strip().lower() in DONE
    c = cat_of(H[hkey]["status"], done)
    item(hkey, text, rag, update, c, why, **kw)


# Stop and search 2013: row 2 is the first item (no header above it)
auto("sas13_1", abbrev(ntext("sas13", 0)), "Blue",
     "S&S policy aligned to APP 2014. Closed by HMIC Feb 2015.",
     "first item, directly under the title (no header row); same text and ref; HMICFRS Complete, force Blue",
     typ="National Rec")
auto("sas13_2", ntext("sas13", 1), "BLUE",
     "Monthly S&S scrutiny via Stop Search Reference Group. HMIC closed 03/02/2015.",
     "verbatim text, ref 1102; both closed", typ="National Rec")
auto("sas13_3", ntext("sas13", 2), "Amber",
     "Community scrutiny panel meets quarterly; young people's panel still to be set up with "
     "Gwent Youth Forum.",
     "HMICFRS Superseded (by S&S powers 2); force still Amber. Near-twin of the 2015 item: report column tells them apart",
     typ="National Rec")
auto("everyone", "By Sept 2014 establish and publish a DA action plan (Everyone's Business) – see full wording "
     "in report. Plan to be developed in consultation with PCC, DA support organisations and "
     "victims' reps; after considering all report recommendations; with reference to DHRs/IPCC "
     "findings; drawing on CPS scrutiny panels and MARAC self-assessments.", "Blue",
     "DA action plan published Sept 2014, refreshed annually via DA Strategic Group.",
     "force summary of the DA action-plan rec, ref 2321; both closed", typ="Rec")
auto("aust_1", ntext("austerity", 0), "Blue", "Addressed through MTFP and Efficiency 2015. Closed.",
     "verbatim, ref 3310; HMICFRS NFA, force Blue", typ="Rec")
auto("aust_2", ntext("austerity", 1), "Amber",
     "Collaboration with South Wales Police / Dyfed-Powys under review – see Joint Firearms Unit "
     "and Joint Scientific Investigation business cases.",
     "HMICFRS No further action required, force still Amber", typ="Rec")
item(None, ntext("austerity", 2), "Blue",
     "Front line protected in 2015/16 budget. Closed at JAC Jan 2016.",
     "not_on_hmicfrs_list",
     "real Policing in Austerity rec (ref 3312) that the HMICFRS export does not hold against Gwent",
     ref=3312, report=REPORTS["austerity"][2], typ="Rec")
auto("core_1", ntext("core", 0), "Amber",
     "THRIVE criteria in place in FCC; further work linked to contact management review.",
     "HMICFRS Superseded (subsequent PEEL Effectiveness), force Amber; ref written as text '4822'",
     ref="4822", typ="Rec")
auto("core_2", ntext("core", 1), "Blue", "Problem-solving database (POP) records and evaluates "
     "prevention activity. Complete.", "both closed", typ="Rec")
auto("integrity", ntext("integrity", 0), "Green",
     "PSD dip-sample of NFA outcomes by protected characteristic completed 2023; report to "
     "Ethics Committee 05/09/2024. Ready to submit for closure.",
     "HMICFRS Being progressed, force Green (done per the Notes key)", ref="902", typ="Rec")
auto("sas15", abbrev(ntext("sas15", 0)), "Blue",
     "Stop Search Scrutiny Panel incl. young people's sub-group in place since 2019. Evidence "
     "pack sent to HMICFRS FLL 12/08/2024.",
     "HMICFRS Being progressed, force Blue; near-twin text of the 2013 item, told apart by report",
     typ="National Rec")
auto("picture", ntext("picture", 0), "Amber",
     "IM audit programme reports to Information Assurance Board; MoPI review categories still "
     "being re-set.", "no ref on the force row; text verbatim; open both", ref=None, typ="Rec")
auto("fa_1", abbrev(ntext("firearms", 0)), "Blue", "APP governance review done Dec 2015. Closed.",
     "both closed", typ="National Rec")
item("fa_2", abbrev(ntext("firearms", 1)), "Amber",
     "Renewals backlog 412 at 31/08/2024; temporary staff in post until March 2025.",
     "conflict",
     "reference mistyped 5520 for 5502 (text and report identical); open on both sides",
     ref=5520, typ="National Rec")
auto("fa_3", ntext("firearms", 2), "Green",
     "All 'total expired' records reviewed and actioned; weekly NFLMS report in place.",
     "HMICFRS Being progressed, force Green", typ="National Rec")
auto("fa_4", ntext("firearms", 3), "Amber",
     "Temporary permit process being rewritten for new NFLMS release.",
     "HMICFRS Complete, force still Amber", typ="National Rec")
# fa_5 (5505) missing from the tracker
item(None, "Within six months Gwent Police should " + body(bidx("review its approach to reports of missing children")) + ".",
     "Amber", "Missing Persons policy rewrite with Children's Services; Philomena Protocol "
     "re-launched 2023.", "not_on_hmicfrs_list",
     "NCPI 2015 rec with ref 6120; no such item on the HMICFRS export (neither ref nor text)",
     ref=6120, report=REPORTS["ncpi15"][2], typ="Recommendation")
auto("e16_coc", T.CAUSES[0], "Blue", "DASH compliance audit 96%. HMIC closed April 2018.",
     "verbatim CoC, both closed", typ="CoC")
auto("e16_rec", "Immediately – ensure effective supervision of the initial risk assessment process, "
     "specifically completion of DASH in appropriate cases.",
     "Amber", "Supervisor DASH review field added to Niche; compliance 78% in Q1 24/25.",
     "force abridgement of the CoC rec, ref 7011; HMICFRS Complete, force still Amber",
     typ="Rec")
auto("e16_afi", abbrev(H["e16_afi"]["text"]), "Green", "CSE partnership panel (MASH) in place. "
     "Superseded by PEEL 18/19.", "HMICFRS Superseded, force Green", typ="AFI")
# Stolen Freedom
item("sf_1", SF_LEADERSHIP_3, "Amber",
     "MSHT governance via Vulnerability Board; SLT lead DCI Public Protection.",
     "conflict",
     "force copy of the leadership rec has only three of the four bullets (performance and QA bullet missing); open both",
     typ="National Rec")
auto("sf_2", abbrev(T.MSHT_INTEL), "Green",
     "ISAs signed with all five LAs, Gwent Safeguarding Board and UKBF. Ready to submit.",
     "HMICFRS text carries the stray footnote '86'; force abbreviates (6 months, ISAs); HMICFRS open, force Green",
     typ="National Rec")
auto("sf_3", ntext("stolen", 2), "Amber", "s45 defence guidance in MSHT investigation toolkit; "
     "CPS liaison ongoing.", "HMICFRS Complete, force Amber", typ="National Rec")
auto("sf_4", abbrev(T.MSHT_NRM), "Amber", "NRM referrals monitored monthly; DtN compliance 88%.",
     "open both", typ="National Rec")
auto("sf_5", ntext("stolen", 4), "BLUE", "FCR audit of MSHT crimes Q4 23/24: 100% compliant. "
     "Evidence sent 03/05/2024.", "HMICFRS Awaiting review, force Blue", typ="National Rec")
auto("sf_6", ntext("stolen", 5), "Red", "No dedicated MSHT team; business case deferred to "
     "2025/26 budget.", "open both (Red)", typ="National Rec")
auto("sf_7", abbrev(ntext("stolen", 6)), "Amber", "STRO/STPO use reviewed quarterly.",
     "open both", typ="National Rec")
item(None, "Force action - " + local(lidx("Appoint a single point of contact"),
                                     "modern slavery and human trafficking"),
     "Blue", "SPOCs in all three LPAs.", "not_on_hmicfrs_list",
     "force's own action (LA-02) under the Stolen Freedom report; HMICFRS never asked for it",
     ref="LA-02", report=REPORTS["stolen"][2], typ="Force action")
auto("efc17", ntext("efc17", 0).split(" The Home Office")[0], "Blue",
     "Digital Services Strategy 2019-23 approved by COG; Single Online Home live. Complete.",
     "force dropped the sentence addressed to the Home Office/NPCC/APCC; HMICFRS open, force Blue",
     typ="National Rec")
auto("leg_coc", ntext("leg17", 0), "Amber", "Disproportionality 3.1 (Black people) in 23/24; "
     "explained in part by S&S scrutiny panel review.", "HMICFRS 'Cause of concern', force "
     "'Cause for concern' (same type); open both", typ="Cause for concern")
MON_HEAD = ("By July 2018, all police forces across England and Wales should be regularly and "
            "frequently monitoring a comprehensive set of data and information on use of stop "
            "and search powers to understand: ")
item("leg_mon", MON_HEAD + "the reasons for any disproportionate representation of different "
     "ethnic groups in the use of stop and search", "Blue",
     "Quarterly disproportionality report to Stop Search Scrutiny Panel.", "closeable_submit",
     "split row (i) of 8542; HMICFRS Awaiting review, all three force rows Blue",
     ref="8542 (i)", typ="National Rec")
item("leg_mon", MON_HEAD + "the extent to which find rates differ between people from different "
     "ethnicities, and across different types of searches (including separate identification of "
     "find rates for drug possession and supply-type offences)", "Blue",
     "Find rates by ethnicity and search type in Power BI dashboard.", "closeable_submit",
     "split row (ii) of 8542", ref="8542 (ii)", typ="National Rec")
item("leg_mon", MON_HEAD + "the prevalence of possession-only drug searches, and the extent to "
     "which these align with local or force level priorities.", "Blue",
     "Possession-only searches reported quarterly against control strategy.", "closeable_submit",
     "split row (iii) of 8542", ref="8542 (iii)", typ="National Rec")
auto("leg_disp", ntext("leg17", 2), "Amber", "Research with Cardiff University on disparity "
     "under way.", "open both", typ="National Rec")
auto("leg_train", abbrev(ntext("leg17", 4)), "Blue", "Unconscious bias in S&S training for all "
     "officers since 2019. Closed.", "both closed", typ="National Rec")
# CDI 2019
auto("cdi_vict", CDI_VICTIMS.replace("Immediately, the force should ", "Immediately: "),
     "Blue", "CDI audit 2024: 94% accuracy. Victim-believed messaging in FCC training. "
     "Evidence to HMICFRS 02/09/2024.", "five-bullet rec kept whole on one row; HMICFRS Being "
     "progressed, force Blue", typ="Rec")
auto("cdi_thr", "Within 3 months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Amber", "THRIVE+ refresher for FCC staff scheduled Nov 2024.",
     "open both; text close to Core Business 4822 but report and ref say CDI 2019", typ="Rec")
auto("cdi_stalk", abbrev(H["cdi_stalk"]["text"]), "Green", "S&H recording audit 2021 satisfactory.",
     "HMICFRS Complete, force Green: both closed", typ="AFI")
item(None, local(lidx("Internal audit of the"), "crime recording"), "Green",
     "TIAA audit reported reasonable assurance, JAC 19/03/2024.", "not_on_hmicfrs_list",
     "internal-audit action with no ref filed under CDI 2019; not an HMICFRS item",
     ref=None, report=REPORTS["cdi19"][2], typ="Internal audit")
# PEEL 2018/19
auto("p18_cl", abbrev(H["p18_cl"]["text"]), "Amber", "County lines problem profile refreshed "
     "annually; Op Scorpion.", "HMICFRS Superseded by PEEL 2021/22, force Amber", typ="AFI")
auto("p18_wb", H["p18_wb"]["text"], "Blue", "Safecall confidential reporting live 2020. Closed "
     "by HMICFRS.", "both closed", typ="AFI")
auto("p18_costs", H["p18_costs"]["text"], "Amber", "Outcome-based budgeting pilot in 24/25.",
     "open both", typ="AFI")
item("p18_sup", H["p18_sup"]["text"], "Amber", "Investigation standards audit monthly; "
     "supervisory review compliance 71%.", "conflict",
     "type differs: HMICFRS Area for improvement, force 'Recommendation'; open both",
     typ="Recommendation")
# p18_crms (9015) missing
# Police powers spotlight 2021
auto("pw_comms", abbrev(ntext("powers", 0)), "Amber", "Communication skills module in "
     "Officer Safety Training from Apr 2022; 64% trained.", "open both", typ="National Rec")
auto("pw_cpd", ntext("powers", 1), "Green", "CPD days include BWV debriefs; supervisors "
     "trained. Awaiting sign off by ACC Local Policing.", "HMICFRS open, force Green",
     typ="National Rec")
bwv_parts = [p.strip() for p in T.BWV_2021.split("\n")]
item("pw_bwv", bwv_parts[0], "Amber", "BWV activation on S&S 91% (Aug 2024).", "in_sync",
     "split row 1 of 3 for 9303; all three rows Amber, HMICFRS Being progressed",
     typ="National Rec")
item("pw_bwv", "By September 2021, forces should: " + bwv_parts[1], "Amber",
     "Monthly BWV dip-sample by supervisors; learning via Stop Search Reference Group.",
     "in_sync", "split row 2 of 3 for 9303", typ="National Rec")
item("pw_bwv", "By September 2021, forces should: " + bwv_parts[2], "amber",
     "Panel access to footage agreed in principle; DPIA outstanding.", "in_sync",
     "split row 3 of 3 for 9303 (RAG written in lower case)", typ="National Rec")
item("pw_uof", ntext("powers", 4).replace("By July 2021", "By July 2022"), "Amber",
     "Use of force dashboard built; analysis to Police Powers Board quarterly.", "conflict",
     "deadline differs: HMICFRS 'By July 2021', force copy 'By July 2022'; open both",
     typ="National Rec")
item(None, ntext("powers", 3), "Blue", "Not for the force – Home Office / NPCC action. "
     "Closed locally 14/03/2022.", "not_on_hmicfrs_list",
     "spotlight rec addressed to the Home Office and NPCC; not on the force's HMICFRS list",
     ref=None, report=REPORTS["powers"][2], typ="National Rec")
# PEEL 2021/22
auto("p21_inf", abbrev(H["p21_inf"]["text"]), "Blue", "Victim Care Unit updates within VCOP "
     "timescales 93%. Complete – evidence held.", "HMICFRS Being progressed, force Blue",
     typ="AFI")
auto("p21_wf", H["p21_wf"]["text"], "Blue", "Strategic Workforce Plan 2023-27 approved. Closed "
     "by HMICFRS.", "both closed", typ="AFI")
auto("p21_eq", H["p21_eq"]["text"], "Red", "Self-declaration rate 61%; HR system upgrade "
     "delayed.", "HMICFRS No further action required, force Red", typ="AFI")
auto("p21_cr", "Ensure sufficient resources in the control room to fulfil the resourcing model "
     "and meet demand, taking into account workforce wellbeing.", "Green",
     "FCC uplift of 24 call handlers complete; 999 answered in 10s 92%. Ready to submit.",
     "force abridgement; HMICFRS open, force Green", typ="AFI")
item(None, local(lidx("Dip-sample 50"), "domestic abuse"), "Amber",
     "Q1 and Q2 dip-samples done.", "not_on_hmicfrs_list",
     "local action LA-01 under PEEL 21-22; close in topic to 10212 but not an HMICFRS item",
     ref="LA-01", report=REPORTS["peel21"][2], typ="Local action")
# custody 2022
auto("c22_child", CUST_CHILDREN, "Red", "Lack of local authority secure/PACE beds; escalated "
     "to Gwent Safeguarding Board.", "open both (Red)", typ="Rec")
auto("c22_gov", H["c22_gov"]["text"], "Amber", "Custody governance board ToR being refreshed.",
     "HMICFRS Complete, force Amber", typ="AFI")
ROWS.append(dict(kind="note", text="Added following publication of PEEL 2023-25 (report "
                                    "received 27/06/2024)"))
item("p21_va", H["p21_va"]["text"], "Amber",
     "Re-raised in PEEL 2023-25, row moved to this block 08/07/2024. Vulnerable adult "
     "attendance within 60 mins 74%.", "conflict",
     "report differs: HMICFRS PEEL 2021/22 (ref 10211), force files it under 'PEEL 2023-25'; open both",
     report=REPORTS["peel23"][2], typ="AFI")
auto("p23_rasso", H["p23_rasso"]["text"], "Amber", "Op Soteria roll-out; RASSO team uplift "
     "agreed.", "no ref yet on the force row; open both", ref=None, typ="AFI")
auto("p23_soc", abbrev(H["p23_soc"]["text"]), "Amber", "SOC intelligence collection plan in "
     "draft.", "no ref on the force row, abbreviated text; open both", ref=None, typ="AFI")
auto("p23_anc", H["p23_anc"]["text"], "Red", "SPO applications 6 in 23/24; training needs "
     "identified.", "open both", typ="AFI")
auto("p23_hba", H["p23_hba"]["text"], None, "New – awaiting allocation to lead (SLT 10/09/2024).",
     "RAG blank, update says new/awaiting allocation: open; HMICFRS Awaiting review", typ="AFI",
     lead=None)
auto("p23_vcoc", H["p23_vcoc"]["text"], "Amber", "Vetting backlog 312 (from 540). Extra "
     "vetting officers funded.", "open both", typ="CoC")
auto("p23_vrec", H["p23_vrec"]["text"], "Red", "Aim to clear backlog by 31/03/2025.",
     "open both", typ="Rec")
item(None, local(lidx("Task & Finish group"), "counter-corruption"), "Amber",
     "T&F group first met 23/07/2024.", "not_on_hmicfrs_list",
     "force's own action under PEEL 2023-25 with no ref",
     ref=None, report=REPORTS["peel23"][2], typ="Local action")

# ------------------------------------------------------------------------------------------
# Write the HMICFRS export
# ------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 10, 1, 9, 0, 0)


def normalise_xlsx(path: Path) -> None:
    """Fix zip timestamps and docProps times so the file rebuilds byte for byte."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-01T09:00:00Z</dcterms:modified>", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                              rb"<dcterms:created\1>2024-10-01T09:00:00Z</dcterms:created>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_hmicfrs(path: Path) -> dict[str, str]:
    wb = Workbook()
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED
    ws = wb.active
    ws.title = "Recommendations"
    head = ["ID", "Force", "Report title", "Published", "Type", "Recommendation", "Status",
            "Status date", "Comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    order = sorted(H, key=lambda k: (REPORTS[H[k]["report"]][1], H[k]["ref"]))
    rowid = {}
    for k in order:
        it = H[k]
        title, pub, _ = REPORTS[it["report"]]
        ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["status"],
                   it["sdate"], it["comment"]])
        r = ws.max_row
        rowid[k] = f"Recommendations!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [8, 14, 50, 12, 24, 90, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    wb.save(path)
    normalise_xlsx(path)
    return rowid


FILLS = {"red": "FFFF0000", "amber": "FFFFC000", "green": "FF00B050", "blue": "FF00B0F0"}


def write_tracker(path: Path) -> list[tuple[str, dict]]:
    wb = Workbook()
    wb.properties.creator = "Strategic Planning & Improvement"
    wb.properties.created = FIXED
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = ("Gwent Police – HMICFRS Recommendations & AFIs Tracker (Strategic Planning & "
                "Improvement) – position at 30/09/2024")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    r = 1
    placed = []
    counts = {"Red": 0, "Amber": 0, "Green": 0, "Blue": 0, "blank": 0}
    for row in ROWS:
        r += 1
        if row["kind"] == "note":
            ws.cell(r, 1, row["text"]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            continue
        vals = [row["ref"], row["report"], row["type"], row["text"], row["lead"], row["rag"],
                row["update"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        rag = (row["rag"] or "").strip().lower()
        if rag in FILLS:
            ws.cell(r, 6).fill = PatternFill("solid", start_color=FILLS[rag], end_color=FILLS[rag])
            counts[rag.capitalize()] += 1
        else:
            counts["blank"] += 1
        placed.append((f"Tracker!{r}", row))
    r += 2  # one blank row, then a totals line
    ws.cell(r, 2, "Totals")
    ws.cell(r, 2).font = Font(bold=True)
    ws.cell(r, 6, f"R {counts['Red']} / A {counts['Amber']} / G {counts['Green']} / "
                  f"B {counts['Blue']}")
    ws.cell(r, 7, f"{len(placed)} lines ({counts['blank']} not yet graded)")
    for col, w in zip("ABCDEFG", [10, 26, 14, 90, 24, 9, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"

    notes = wb.create_sheet("Notes")
    lines = [
        ("Notes", True),
        (None, False),
        ("RAG key", True),
        ("Red – off track or past the HMICFRS deadline; escalate to the chief officer lead", False),
        ("Amber – work in progress", False),
        ("Green – action complete, awaiting sign-off by the lead before submission to HMICFRS", False),
        ("Blue – complete / closed by the force (evidence in the SharePoint folder)", False),
        (None, False),
        ("Ref = HMICFRS monitoring portal number. Blank where HMICFRS have not issued one yet; "
         "LA- numbers are our own local actions.", False),
        ("Header row lost when the sheet was re-pasted from the JAC version (Sept 2024) – to be "
         "put back.", False),
        ("Updates to the Strategic Planning mailbox by the 1st of each month. Next JAC: "
         "17/12/2024.", False),
        ("Last reconciled against the HMICFRS list: March 2024.", False),
    ]
    for i, (t, bold) in enumerate(lines, start=1):
        if t is not None:
            notes.cell(i, 1, t).font = Font(bold=bold)
    notes.column_dimensions["A"].width = 110
    wb.save(path)
    normalise_xlsx(path)
    return placed


README = """# Case `tracker_without_header_row` (round 21)

Force: **Gwent Police** (neighbour South Wales Police). Seed: `2121`. Built by
`../build_tracker_without_header_row.py` (run with `/work/main/.venv/bin/python`); the build is
byte-for-byte reproducible (fixed seed, fixed zip entry times and docProps dates).

## Files
- `hmicfrs.xlsx`: the HMICFRS register export. One sheet `Recommendations`, a normal header in
  row 1 (`ID, Force, Report title, Published, Type, Recommendation, Status, Status date,
  Comment`), {n_h} items in rows 2-{last_h}. IDs are plain integers (register style). Statuses:
  Awaiting review / Being progressed (open); Complete / Superseded / No further action required
  (closed). Texts are real HMICFRS wording from the casegen text lists (national reports
  verbatim, force-level items built from real stems/bodies/causes); dates of the Gwent reports
  are illustrative.
- `tracker.xlsx`: the force tracker.
  - Sheet `Tracker`: **no header row.** Row 1 is a title merged across A1:G1 ("Gwent Police –
    HMICFRS Recommendations & AFIs Tracker ... position at 30/09/2024"); the first item is in
    row 2. Columns A-G hold, in this order: HMICFRS ref, report (the force's own short name),
    type, recommendation text, lead, RAG, update. {n_f} item rows.
  - Row 59 is a separator note merged across A:G ("Added following publication of PEEL 2023-25
    ..."); row 68 blank; row 69 a totals line ("Totals" in B, "R 5 / A 30 / G 8 / B 21" in F,
    a line count in G). None of these are items.
  - Sheet `Notes`: RAG key and housekeeping notes (not items). The key says Green = action
    complete awaiting sign-off before submission, Blue = complete/closed by the force, so both
    Green and Blue reduce to force *done*; Red/Amber (and blank RAG) are *open*.
- `truth.csv`: `hmicfrs_row,force_row,category,why`, {n_t} lines.

## Traps and how the truth decides them
1. **No header row / title in row 1.** Columns must be recognised from content. Row 1 is a
   title, not a header; row 2 (`1101`, Stop and Search 2013) is a real item and is in truth.
   A reader that takes row 2 as the header loses that item.
2. **Ref column only on most rows.** Blank for 5210 (Building the Picture), the two un-numbered
   PEEL 2023-25 AFIs (11301, 11302: matched by report + text) and three force-only rows.
   Refs are mixed number/text (`902`, `4822` stored as text). `LA-01`/`LA-02` are the force's
   own local-action numbers, not HMICFRS refs.
3. **Separator and totals rows** inside / below the data (rows 59, 69): not items.
4. **Split rows.** 8542 (stop-search monitoring, three bullets) is split into `8542 (i)`,
   `(ii)`, `(iii)` (rows 32-34, all Blue, HMICFRS Awaiting review: closeable_submit x3); 9303
   (body-worn video, three parts) into rows 47-49 with ref 9303 on each (all Amber, one
   written `amber`, HMICFRS Being progressed: in_sync x3).
5. **Near-twin texts.** Stop and Search 2013 #3 (1103, Superseded; force Amber:
   closeable_local) and Stop and search powers 2 (4960, Being progressed; force Blue:
   closeable_submit) say almost the same thing; the report column and ref decide. Core
   Business 4822 and CDI 2019 8802 both ask for call-handler THRR criteria; report and ref decide.
6. **Conflicts (5)**: 5502 firearms demand: force ref mistyped `5520` (text/report identical);
   8101 MSHT leadership: force copy lacks the 4th bullet (performance and QA measures); 9014:
   HMICFRS *Area for improvement*, force *Recommendation*; 9305 use-of-force monitoring:
   HMICFRS *By July 2021*, force *By July 2022*; 10211: HMICFRS PEEL 2021/22, force moved the
   row (same ref and text) into its PEEL 2023-25 block. All open on both sides.
7. **Force wording**: tracker abbreviations (CCs, CoP, S&S, APP, ISAs, DA, "Within 3/6
   months" = same timescale), abridged summaries (2321, 7011, 10216), stem dropped ("Immediately:"
   kept), efc17 8420 without its final sentence addressed to the Home Office/NPCC/APCC (not an
   ask of the force: not treated as a missing bullet). Same type by synonym: National
   recommendation = National Rec/Rec; Cause of concern = CoC/"Cause for concern"; Area for
   improvement = AFI. The stray footnote "86" in the HMICFRS text of 8102 is noise.
8. **RAG** in mixed case (`Blue`, `BLUE`, `amber`) with matching cell fill; one blank RAG
   (11305, update "New – awaiting allocation"): open. Green counts as done per the Notes key.
9. **Force-only rows (not_on_hmicfrs_list, 7)**: local actions LA-01 (DA dip-sample under
   PEEL 21-22, close in topic to 10212), LA-02 (MSHT SPOCs), a no-ref internal-audit action
   under CDI 2019, a no-ref counter-corruption Task & Finish action under PEEL 2023-25; a real
   Policing in Austerity rec with ref 3312 that the export does not hold; an NCPI 2015 rec with
   ref 6120 that does not exist on the export; the powers-spotlight rec addressed to the Home
   Office and NPCC (force Blue "not for the force").
10. **Missing from force (5)**, all open on HMICFRS: 5505 (firearms, holder-address flags),
    8544 ("We expect forces to publish this analysis..."), 9015 (crime-recording system),
    10214 (online CSA capacity), 11304 (VAWG performance framework).
11. Closed on one side only: {n_one} of {n_h} HMICFRS items (closeable_submit items 11 on 13
    rows, closeable_local 9). HMICFRS closures include Superseded and No further action required.

## Counts per category (truth.csv lines)
{counts}

Status rule: HMICFRS Complete/Superseded/No further action required = closed, else open;
force Green/Blue = done, Red/Amber/blank = open. closed+done or open+open = in_sync;
open+done = closeable_submit; closed+open = closeable_local; a pair whose facts disagree
(ref, type, report, deadline, missing bullet) = conflict regardless of status.
"""


def write_readme(path: Path, cnt, n_h: int, n_f: int, n_t: int) -> None:
    counts = "\n".join(f"- {k}: {cnt[k]}" for k in (
        "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list", "in_sync"))
    counts += f"\n- total lines: {n_t} ({n_h} HMICFRS items, {n_f} tracker item rows)"
    n_one = 11 + cnt["closeable_local"]
    path.write_text(README.format(n_h=n_h, last_h=n_h + 1, n_f=n_f, n_t=n_t, counts=counts,
                                  n_one=n_one), encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrow = write_hmicfrs(OUT / "hmicfrs.xlsx")
    placed = write_tracker(OUT / "tracker.xlsx")

    truth = []
    used = set()
    for fid, row in placed:
        hk = row["hkey"]
        truth.append((hrow[hk] if hk else "", fid, row["cat"], row["why"]))
        if hk:
            used.add(hk)
    for k in sorted(H, key=lambda k: int(hrow[k].split("!")[1])):
        if k not in used:
            it = H[k]
            truth.append((hrow[k], "", "missing_from_force",
                          f"HMICFRS {it['status']} ({it['ref']}, {REPORTS[it['report']][0][:40]}); "
                          "no row in the tracker"))

    def sortkey(t):
        a = int(t[0].split("!")[1]) if t[0] else 10**6
        b = int(t[1].split("!")[1]) if t[1] else 0
        return (a, b)

    truth.sort(key=sortkey)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    write_readme(OUT / "README.md", cnt, len(H), len(placed), len(truth))
    print(len(H), "HMICFRS items;", len(placed), "tracker item rows;", len(truth), "truth lines")
    for k, v in sorted(cnt.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
