"""Build the evaluation case `portfolio_colour_bands` (round 52, force-side layout).

Force side: an Organisational Learning Board (OLB) master tracker kept by a force's Strategic
Planning & Insight team. Rows are banded by fill colour, one colour per chief officer portfolio
(green / amber / pink-red / blue tints, with a key beside the title); the bands are sorted by
portfolio, not by report. A "PEEL grade" column carries inspection grades (Good, Adequate,
Requires improvement, Inadequate). The status column uses the force's own OLB words
("Closed – BAU", "Parked – national dependency", "Transferred – CSAE Delivery Plan", ...).
HMICFRS side: a plain register export (CSV) of the list held against the force.

Run:  /work/main/.venv/bin/python build_portfolio_colour_bands.py
Rebuilds the case folder byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

# The real public texts: load the casegen text lists by file path (text only; nothing else of
# the project is imported or run).
_TEXTS = "/work/main/reconcile/casegen/texts"
_spec = importlib.util.spec_from_file_location(
    "cgtexts", os.path.join(_TEXTS, "__init__.py"), submodule_search_locations=[_TEXTS])
T = importlib.util.module_from_spec(_spec)
sys.modules["cgtexts"] = T
_spec.loader.exec_module(T)
BWV_2021, CAUSES, EVERYONE_PLAN_RUN_ON, FIREARMS = T.BWV_2021, T.CAUSES, T.EVERYONE_PLAN_RUN_ON, T.FIREARMS
MSHT_NRM, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP = T.MSHT_NRM, T.NATIONAL, T.SAS_MONITORING_2017, T.SF_LEADERSHIP
CDI_VICTIMS_BODY = T.CDI_VICTIMS_BODY

SEED = 5252
CASE = "portfolio_colour_bands"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Staffordshire Police"
SHEET = "Master Tracker"
HCSV = "hmicfrs.csv"
FIXED_TIME = dt.datetime(2025, 3, 3, 9, 0, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date)
# --------------------------------------------------------------------------------------------
NT = {k: v for k, v in NATIONAL.items()}
REPORTS = {
    "sas13": (NT["sas13"][0], dt.date(2013, 7, 9)),
    "everyone": (NT["everyone"][0], dt.date(2014, 3, 27)),
    "austerity": (NT["austerity"][0], dt.date(2014, 7, 22)),
    "core": (NT["core"][0], dt.date(2014, 9, 4)),
    "integrity": (NT["integrity"][0], dt.date(2015, 1, 30)),
    "sas15": (NT["sas15"][0], dt.date(2015, 3, 24)),
    "picture": (NT["picture"][0], dt.date(2015, 7, 1)),
    "firearms": (NT["firearms"][0], dt.date(2015, 9, 15)),
    "pe16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": (NT["stolen"][0], dt.date(2017, 10, 24)),
    "efc17": (NT["efc17"][0], dt.date(2017, 11, 9)),
    "leg17": (NT["leg17"][0], dt.date(2017, 12, 12)),
    "pl17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12)),
    "powers": (NT["powers"][0], dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 3, 4)),
    "peel2325": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy", dt.date(2024, 11, 22)),
}


def nat(key: str, i: int) -> str:
    return NT[key][2][i][1]


REC, AFI, COC, NATR = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# HMICFRS status words (register) and the comments the register uses with them.
COMMENT = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
    "Being progressed": ["The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be updated."],
    "Awaiting review": ["New recommendation"],
}

# Chief officer portfolios -> row fill (Excel theme tints that happen to look like RAG/BRAG).
PORTFOLIOS = {
    "ACC Crime & Public Protection": "FFC7CE",
    "ACC Local Policing": "FFE699",
    "DCC": "C6E0B4",
    "Director of Resources": "BDD7EE",
}
CP, LP, DCC, DOR = list(PORTFOLIOS)

GRADE = {
    "resp": "Requires improvement – Responding to the public",
    "inv": "Adequate – Investigating crime",
    "offm": "Requires improvement – Managing offenders",
    "work": "Good – Developing a positive workplace",
    "prev": "Good – Preventing crime",
    "inv23": "Inadequate – Investigating crime",
    "prev23": "Adequate – Preventing crime",
    "pvp23": "Requires improvement – Protecting vulnerable people",
    "eff16": "Requires improvement (Effectiveness 2016)",
    "leg17": "Good (Legitimacy 2017)",
    "p1819": "Requires improvement (overall, 2018/19)",
}


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# --------------------------------------------------------------------------------------------
# HMICFRS items and the force rows for each. Each force row:
#   (olb_seq, source, id_shown, type, text, grade, chief, lead, board, status, update, target,
#    reviewed, category, why)
# category None on the HMICFRS item when it has no force row.
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(rep, hm_type, hm_text, hm_id, hm_status, status_date, rows, missing_why=None):
    ITEMS.append(dict(rep=rep, hm_type=hm_type, hm_text=hm_text, hm_id=hm_id,
                      hm_status=hm_status, status_date=status_date, rows=rows,
                      missing_why=missing_why))


def row(seq, src, ids, ftype, text, grade, chief, lead, board, status, update, target, reviewed,
        cat, why):
    return dict(seq=seq, src=src, ids=ids, ftype=ftype, text=text, grade=grade, chief=chief,
                lead=lead, board=board, status=status, update=update, target=target,
                reviewed=reviewed, cat=cat, why=why)


FORCE_ONLY: list[dict] = []

# ---- Stop and search 2013 (national) -------------------------------------------------------
S13 = "Stop & Search powers (HMIC 2013)"
item("sas13", NATR, nat("sas13", 0), 1187, "Complete", d(2016, 3, 14), [
    row(3, S13, None, "Nat Rec", nat("sas13", 0), None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Closed – BAU",
        "APP adopted 2014; force S&S policy aligned. Closed at OLB Mar-16.", "Complete",
        d(2024, 10, 2), "in_sync", "HMICFRS Complete; force Closed – BAU. Text verbatim, no ID on force row.")])
item("sas13", NATR, nat("sas13", 1), 1188, "Complete", d(2017, 6, 21), [
    row(4, S13, None, "Nat Rec",
        "Chief Constables should establish or improve monitoring of the way officers stop and search "
        "people, so that they can be satisfied their officers are acting in accordance with the law "
        "(incl. equality legislation & the Code of Practice), and that the power is used effectively "
        "to prevent crime, catch criminals and maintain public trust.",
        None, LP, "Ch Insp Stop & Search", "S&S Scrutiny Board", "Open – on track",
        "Monthly S&S dashboard live. Kept open pending BWV dip-sampling (see Police powers 2021).",
        "Mar-25", d(2024, 10, 2), "closeable_local",
        "HMICFRS Complete; force still Open – on track. Force should close its own entry.")])
item("sas13", NATR, nat("sas13", 2), 1189, "Complete", d(2016, 3, 14), [
    row(5, S13, None, "Nat Rec",
        "CCs (with PCCs) to comply with the Code of Practice – explain to the public how S&S powers "
        "are used locally and arrange for S&S records to be scrutinised by community "
        "representatives, involving those who are stopped and searched e.g. young people.",
        None, LP, "Ch Insp Stop & Search", "S&S Scrutiny Board", "Closed – BAU",
        "Independent S&S scrutiny panel in place since 2014 incl. youth panel.", "Complete",
        d(2024, 10, 2), "in_sync",
        "Abridged force wording of the 2013 item (source column says HMIC 2013, not the "
        "near-identical 2015 item). Complete / Closed – BAU.")])
# ---- Everyone's business 2014 (run-on paragraph copied by the force) ------------------------
item("everyone", NATR, nat("everyone", 0), 2321, "Superseded", d(2017, 3, 2), [
    row(6, "Everyone's Business (DA) 2014", 2321, "Nat Rec", EVERYONE_PLAN_RUN_ON, None, CP,
        "Ch Supt Public Protection", "Public Protection Board", "Open – on track",
        "DA Action Plan refreshed annually; 2024/25 plan signed off by FET in July. Lead wants "
        "it kept open as the DA plan is 'live'.", "Mar-25", d(2024, 11, 6), "closeable_local",
        "HMICFRS Superseded (closed); force Open – on track. Force text runs on into the "
        "report's next paragraph: same item, not a conflict.")])
# ---- Policing in austerity 2014 --------------------------------------------------------------
AUS = "Policing in Austerity 2014"
item("austerity", NATR, nat("austerity", 0), 3410, "Complete", d(2015, 5, 11), [
    row(8, AUS, 3410, "Nat Rec", nat("austerity", 0), None, DOR, "Director of Finance",
        "Resources Board", "Closed – BAU", "Savings plan reviewed; MTFS refreshed annually.",
        "Complete", d(2024, 9, 18), "in_sync", "Complete / Closed – BAU.")])
item("austerity", NATR, nat("austerity", 1), 3411, "Complete", d(2015, 5, 11), [
    row(9, AUS, 3411, "Nat Rec", nat("austerity", 1), None, DOR, "Director of Finance",
        "Resources Board", "Closed – BAU", "Collaboration assessment returned to HMIC Oct-14.",
        "Complete", d(2024, 9, 18), "in_sync", "Complete / Closed – BAU.")])
item("austerity", NATR, nat("austerity", 2), 3412, "Complete", d(2015, 5, 11), [],
     missing_why="On the HMICFRS list (Complete) but the force never logged it / removed it: "
                 "the other two austerity items are on the tracker, this one is not.")
# ---- Core business 2014 ---------------------------------------------------------------------
item("core", NATR, nat("core", 0), 4822, "Complete", d(2016, 1, 19), [
    row(10, "Core Business 2014", 4822, "Nat Rec", nat("core", 0), None, LP,
        "Supt Contact Centre", "Contact Management Board", "Closed – BAU",
        "THRIVE embedded in FCC; call-handler criteria in place.", "Complete",
        d(2024, 10, 9), "in_sync", "Complete / Closed – BAU.")])
item("core", NATR, nat("core", 1), 4823, "Being progressed", d(2019, 2, 7), [
    row(11, "Core Business 2014", 4823, "Nat Rec", nat("core", 1), None, LP,
        "Head of Corporate Development", "Local Policing Board", "Closed – BAU",
        "Problem-solving/crime prevention activity recorded on the POP database and evaluated "
        "(SARA). OLB agreed closure 12/09/24.", "Complete", d(2024, 10, 9), "closeable_submit",
        "HMICFRS Being progressed (open); force Closed – BAU: submit for closure.")])
# ---- Integrity matters 2015 ------------------------------------------------------------------
item("integrity", NATR, nat("integrity", 0), 902, "Complete", d(2016, 8, 30), [
    row(12, "Integrity Matters 2015", 902, "Nat Rec",
        nat("integrity", 0).replace("“", '"').replace("”", '"'), None, DCC,
        "Head of Professional Standards", "Professional Standards Board",
        "Closed – evidence accepted by OLB",
        "PSD NFA dip-sample with the Independent Ethics Panel twice a year.", "Complete",
        d(2024, 8, 21), "in_sync",
        "Complete / Closed – evidence accepted by OLB. Near-identical wording to the PEEL "
        "Legitimacy 2017 AFI (8561): the source and ID decide.")])
# ---- Stop and search 2 (2015) ------------------------------------------------------------------
item("sas15", NATR, nat("sas15", 0), 3977, "Complete", d(2016, 3, 14), [
    row(13, "Stop and Search 2 (2015)", 3977, "Nat Rec", nat("sas15", 0), None, LP,
        "Ch Insp Stop & Search", "S&S Scrutiny Board", "Open – on track",
        "Youth engagement on S&S via schools officers; refresh of scrutiny panel ToR due.",
        "Jun-25", d(2024, 10, 2), "closeable_local",
        "HMICFRS Complete; force Open. Text almost identical to the 2013 item 1189; source "
        "'Stop and Search 2 (2015)' and ID 3977 place it.")])
# ---- Building the picture 2015 --------------------------------------------------------------------
item("picture", NATR, nat("picture", 0), 5120, "Complete", d(2017, 1, 12), [
    row(14, "Building the Picture 2015", 5120, "Nat Rec", nat("picture", 0), None, DOR,
        "Head of Information Management", "Information Assurance Board", "Closed – BAU",
        "MoPI audit results to IAB quarterly.", "Complete", d(2024, 9, 18), "in_sync",
        "Complete / Closed – BAU.")])
# ---- Firearms licensing 2015 ---------------------------------------------------------------------
FA = "Firearms licensing 2015"
item("firearms", NATR, nat("firearms", 0), 5603, "Complete", d(2016, 11, 3), [
    row(15, FA, 5603, "Nat Rec", nat("firearms", 0), None, LP, "Supt Firearms Licensing",
        "Firearms Licensing Board", "Closed – BAU", "Governance reviewed against APP Dec-15.",
        "Complete", d(2024, 10, 16), "in_sync", "Complete / Closed – BAU.")])
item("firearms", NATR, FIREARMS, 5604, "Being progressed", d(2023, 4, 17), [
    row(16, FA, 5604, "Nat Rec", FIREARMS.replace("Within three months", "Within 3 months"),
        None, LP, "Supt Firearms Licensing", "Firearms Licensing Board", "Open – off track",
        "Renewals backlog c.1,100 (Oct-24). Growth bid for 4 FEOs agreed; recruitment under way.",
        d(2025, 6, 30), d(2024, 10, 16), "in_sync",
        "Being progressed / Open – off track: both open. '3' for 'three' only.")])
item("firearms", NATR, nat("firearms", 2), 5605, "Complete", d(2016, 11, 3), [
    row(17, FA, 5605, "Nat Rec", nat("firearms", 2), None, LP, "Supt Firearms Licensing",
        "Firearms Licensing Board", "Closed – BAU", "Total expired records reviewed weekly.",
        "Complete", d(2024, 10, 16), "in_sync", "Complete / Closed – BAU.")])
item("firearms", NATR, nat("firearms", 3), 5606, "Complete", d(2016, 11, 3), [
    row(18, FA, 5606, "Nat Rec", nat("firearms", 3), None, LP, "Supt Firearms Licensing",
        "Firearms Licensing Board", "Open – on track",
        "Temporary permits process being re-audited after NFLMS upgrade.", "Apr-25",
        d(2024, 10, 16), "closeable_local", "HMICFRS Complete; force Open – on track.")])
item("firearms", NATR, nat("firearms", 4), 5607, "Being progressed", d(2023, 4, 17), [
    row(19, FA, 5607, "Nat Rec", nat("firearms", 4), None, LP, "Supt Contact Centre",
        "Firearms Licensing Board", "Proposed for closure",
        "STORM flag on certificate holders' addresses live Sep-24; dispatch SOP updated. Evidence "
        "pack to OLB Jan-25.", "Complete", d(2024, 12, 4), "closeable_submit",
        "HMICFRS Being progressed; force Proposed for closure.")])
# ---- PEEL effectiveness 2016 (force) ---------------------------------------------------------------
PE16 = "PEEL Effectiveness 2016"
item("pe16", COC, CAUSES[0], 6990, "Complete", d(2018, 4, 27), [
    row(20, PE16, 6990, "CoC", CAUSES[0], GRADE["eff16"], CP, "Ch Supt Public Protection",
        "Public Protection Board", "Closed – evidence accepted by OLB",
        "DASH completion 98% (audit Jan-18). HMICFRS revisit confirmed closure.", "Complete",
        d(2024, 11, 6), "in_sync", "Complete / Closed. PEEL grade column is not a status.")])
PE16_REC = ("To address this cause of concern, HMIC recommends the force should immediately take "
            "steps to ensure that there is effective supervision of the initial risk assessment "
            "process, specifically in relation to the completion of DASH risk assessment in "
            "appropriate cases.")
item("pe16", REC, PE16_REC, 6991, "Complete", d(2018, 4, 27), [
    row(21, PE16, 6991, "AFI",
        "The force should take steps to ensure that there is effective supervision of the initial "
        "risk assessment process, specifically in relation to the completion of DASH risk "
        "assessment in appropriate cases.", GRADE["eff16"], CP, "Ch Supt Public Protection",
        "Public Protection Board", "Closed – evidence accepted by OLB",
        "Supervisor DASH review field mandatory on Niche since Jun-17.", "Complete",
        d(2024, 11, 6), "conflict",
        "Same ask, but HMICFRS records a Recommendation under the cause of concern and the force "
        "logged it as an AFI (stem rewritten): type conflict.")])
PE16_TEL = ("In addition, the practice of conducting domestic abuse risk assessments over the "
            "telephone and dealing with domestic abuse in the resolution centre should cease")
item("pe16", REC, PE16_TEL, 6992, "Complete", d(2018, 4, 27), [
    row(22, PE16, 6992, "Rec", PE16_TEL + ".", GRADE["eff16"], CP, "Ch Supt Public Protection",
        "Public Protection Board", "Open – on track",
        "Telephone DASH stopped 2017. Kept open: DA desk review of Resolution Centre demand "
        "(Nov-24) found 3 cases – re-briefed.", "Mar-25", d(2024, 11, 6), "closeable_local",
        "HMICFRS Complete; force Open – on track.")])
PE16_AFI = "The force should improve its understanding of the nature and scale of hate crime in its area."
item("pe16", AFI, PE16_AFI, 6993, "Superseded", d(2019, 5, 2), [
    row(23, PE16, 6993, "AFI",
        "AFI – improve understanding of nature & scale of hate crime in Staffordshire",
        GRADE["eff16"], LP, "Head of Intelligence", "Local Policing Board", "Superseded (force)",
        "Overtaken by PEEL 18/19 – OLB agreed NFA 07/2019.", "n/a", d(2024, 10, 9), "in_sync",
        "HMICFRS Superseded; force Superseded (force): closed on both sides. Text abridged.")])
# ---- Stolen freedom 2017 (national) -----------------------------------------------------------------
SF = "Stolen Freedom (MSHT) 2017"
SF_NO_B3 = "\n".join(l for l in SF_LEADERSHIP.split("\n") if "partnership arrangements" not in l)
item("stolen", NATR, SF_LEADERSHIP, 8215, "Being progressed", d(2022, 1, 10), [
    row(26, SF, 8215, "Nat Rec", SF_NO_B3, None, CP, "Det Ch Supt Force CID",
        "Crime & Justice Board", "Open – on track",
        "MSHT governance now via Exploitation Board; QA framework drafted.", d(2025, 3, 31),
        d(2024, 11, 13), "conflict",
        "Force copy drops the third bullet (partnership arrangements to co-ordinate activity): "
        "missing bullet.")])
item("stolen", NATR, nat("stolen", 1), 8216, "Being progressed", d(2022, 1, 10), [
    row(27, SF, 8216, "Nat Rec",
        "Within twelve months, forces should have in place active information-sharing agreements "
        "with other agencies to facilitate speedy exchange of intelligence and in order to "
        "safeguard victims better and to identify suspects as early as possible.", None, CP,
        "Head of Intelligence", "Crime & Justice Board", "Proposed for closure",
        "ISAs signed with 3 LAs, Border Force and GLAA. Evidence pack to OLB Feb-25.", "Complete",
        d(2024, 12, 4), "conflict",
        "Timescale differs: HMICFRS 'Within six months', force 'Within twelve months'.")])
item("stolen", NATR, nat("stolen", 2), 8217, "Complete", d(2020, 9, 3), [
    row(28, SF, 8217, "Nat Rec",
        "Immediately – ensure all victims carrying out criminal acts under compulsion "
        "attributable to slavery/exploitation are afforded early & continuing consideration of "
        "the s45 defence.", None, CP, "Head of Criminal Justice", "Crime & Justice Board",
        "Closed – BAU", "s45 prompt in case file checklist; CPS liaison agreed.", "Complete",
        d(2024, 11, 13), "in_sync", "Complete / Closed – BAU. Abridged, abbreviated text.")])
item("stolen", NATR, MSHT_NRM, 8218, "Being progressed", d(2022, 1, 10), [
    row(29, SF, 8218, "Nat Rec", MSHT_NRM, None, CP, "Det Ch Supt Force CID",
        "Crime & Justice Board", "Closed – BAU",
        "NRM/DtN compliance audited Q2 24/25: 100%. OLB agreed closure 14/11/24.", "Complete",
        d(2024, 11, 13), "closeable_submit", "HMICFRS Being progressed; force Closed – BAU.")])
item("stolen", NATR, nat("stolen", 4), 8219, "Being progressed", d(2022, 1, 10), [
    row(30, SF, 8219, "Nat Rec",
        "Rec 5 (pt 1) – Immediately, forces should take steps to ensure they fully comply with "
        "NCRS requirements for offences identified as MSHT", None, CP, "Force Crime Registrar",
        "Crime Standards Board", "Open – on track", "MSHT included in FCR audit plan 24/25.",
        "Mar-25", d(2024, 11, 13), "in_sync",
        "Split row 1 of 2 of item 8219; Being progressed / Open – on track."),
    row(31, SF, 8219, "Nat Rec",
        "Rec 5 (pt 2) – ...and that sufficient audit capacity is available to the force crime "
        "registrar to provide reassurance that the force is identifying and managing any gaps in "
        "its crime-recording accuracy for these types of offences.", None, CP,
        "Force Crime Registrar", "Crime Standards Board", "Open – off track",
        "Audit team 2 FTE short; business case to FET Jan-25.", "Mar-25", d(2024, 11, 13),
        "in_sync", "Split row 2 of 2 of item 8219; both open.")])
item("stolen", NATR, nat("stolen", 5), 8220, "Complete", d(2020, 9, 3), [
    row(32, SF, 8220, "Nat Rec",
        nat("stolen", 5),
        None, CP, "Det Ch Supt Force CID", "Crime & Justice Board", "Open – on track",
        "MSHT investigations held by the Exploitation Hub; supervison reviews at 7/28 days.",
        "Mar-25", d(2024, 11, 13), "closeable_local",
        "HMICFRS Complete; force still Open – on track.")])
item("stolen", NATR, nat("stolen", 6), 8221, "Being progressed", d(2022, 1, 10), [
    row(33, SF, 8221, "Nat Rec", nat("stolen", 6), None, CP, "Det Ch Supt Force CID",
        "Crime & Justice Board", "Open – on track",
        "STPO/STRO usage reviewed quarterly; 4 orders obtained 23/24.", "Mar-25",
        d(2024, 11, 13), "in_sync", "Both open.")])
# ---- PEEL efficiency 2017 (national) ---------------------------------------------------------------
item("efc17", NATR, nat("efc17", 0), 8402, "Being progressed", d(2021, 6, 8), [
    row(34, "PEEL Efficiency 17 (all forces)", 8402, "Nat Rec", nat("efc17", 0), None, DOR,
        "Head of Corporate Development", "Digital Board", "Parked – national dependency",
        "Awaiting national Digital Public Contact roll-out (Single Online Home).", "TBC – NPCC",
        d(2024, 9, 18), "in_sync", "Being progressed / Parked: both open ('Parked' is open).")])
# ---- PEEL legitimacy 2017 (national: cause of concern and recommendations) -------------------------
L17 = "PEEL Legit 17 S&S"
item("leg17", COC, nat("leg17", 0), 8541, "Being progressed", d(2021, 6, 8), [
    row(35, L17, "ID 8541", "CoC", nat("leg17", 0), None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Closed – BAU",
        "Disproportionality explained in annual S&S report; scrutiny panel content. OLB agreed "
        "closure 12/09/24.", "Complete", d(2024, 10, 2), "closeable_submit",
        "HMICFRS Being progressed; force Closed – BAU. ID written as text 'ID 8541'.")])
item("leg17", NATR, SAS_MONITORING_2017, 8542, "Complete", d(2020, 2, 20), [
    row(36, L17, 8542, "Nat Rec", SAS_MONITORING_2017.replace("•", "• "), None, LP,
        "Ch Insp Stop & Search", "S&S Scrutiny Board", "Closed – BAU",
        "S&S dashboard covers all three bullets.", "Complete", d(2024, 10, 2), "in_sync",
        "Complete / Closed – BAU; bullet spacing differs only.")])
item("leg17", NATR, nat("leg17", 2), 8543, "Complete", d(2020, 2, 20), [
    row(37, L17, 8543, "Nat Rec", nat("leg17", 2), None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Closed – BAU", "Disparity research with Keele Univ. 2019.",
        "Complete", d(2024, 10, 2), "in_sync", "Complete / Closed – BAU.")])
item("leg17", NATR, nat("leg17", 3), 8544, "Being progressed", d(2021, 6, 8), [
    row(38, L17, 8544, "Nat Rec", nat("leg17", 3), None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Closed – BAU",
        "Annual S&S report published on website each July since 2018.", "Complete",
        d(2024, 10, 2), "closeable_submit", "HMICFRS Being progressed; force Closed – BAU.")])
item("leg17", NATR, nat("leg17", 4), 8545, "Complete", d(2020, 2, 20), [
    row(39, "Stop and Search 2 (2015)", 8545, "Nat Rec", nat("leg17", 4), None, LP,
        "Head of Learning & Development", "S&S Scrutiny Board", "Closed – BAU",
        "Unconscious bias + APP input in PSTN/PEQF and CPD day 2019.", "Complete",
        d(2024, 10, 2), "conflict",
        "Text and ID are the PEEL Legitimacy 2017 item, but the force filed it under 'Stop and "
        "Search 2 (2015)': report conflict.")])
# ---- PEEL legitimacy 2017 (force AFIs) ------------------------------------------------------------
PL17 = "PEEL Legitimacy 2017"
PL17_A1 = ("The force should make sure it provides a confidential way for staff to raise concerns "
           "and that staff are aware of whistleblowing processes.")
PL17_A2 = ("The force should satisfy itself that it has processes in place to ensure that "
           "investigations into misconduct by officers and staff resulting in “no further "
           "action” are fair and free of any form of discrimination.")
item("pl17", AFI, PL17_A1, 8560, "Complete", d(2019, 5, 2), [
    row(40, PL17, 8560, "AFI", PL17_A1, GRADE["leg17"], DCC, "Head of Professional Standards",
        "Professional Standards Board", "Closed – BAU", "Bad Apple confidential line in place.",
        "Complete", d(2024, 8, 21), "in_sync", "Complete / Closed – BAU.")])
item("pl17", AFI, PL17_A2, 8561, "Being progressed", d(2023, 2, 14), [
    row(41, PL17, 8561, "AFI", PL17_A2, GRADE["leg17"], DCC, "Head of Professional Standards",
        "Professional Standards Board", "Open – on track",
        "Re-opened by PSD after 2022 disproportionality data; NFA outcomes now reviewed by "
        "protected characteristic.", "Jun-25", d(2024, 8, 21), "in_sync",
        "Being progressed / Open. Near-identical to Integrity Matters 2015 (902): source decides.")])
# ---- NCPI 2018 ----------------------------------------------------------------------------------
NC = "NCPI 2018"
NC_R1 = ("Within six months Staffordshire Police should, in conjunction with children’s social "
         "care services, review how it manages the detention of children. As a minimum it "
         "should:• ensure that all children are only detained when absolutely necessary and for "
         "the absolute minimum amount of time;• ensure that officers and staff in the custody "
         "suite assess at an early stage a child’s need for alternative accommodation (secure or "
         "otherwise) and work with children’s social care services to achieve the most "
         "appropriate option for the child;• ensure that custody staff make a record of all "
         "actions taken and decisions made on the relevant documentation; and• improve the "
         "timeliness of adequate appropriate adult support for children who are arrested.")
NC_R2 = ("To address this cause of concern the force should immediately review its approach to "
         "reports of missing children and take steps to ensure that:\n"
         "• call takers understand and use the missing and absent category appropriately;\n"
         "• call takers and frontline staff have the necessary knowledge to identify risk factors "
         "associated with child sexual exploitation and how to respond to such cases; and\n"
         "• supervisors provide the correct oversight of missing person enquiries and direct "
         "appropriate and timely investigative and safeguarding action.")
NC_R3 = ("Within three months, the force should improve how it works with partner organisations "
         "to safeguard people at risk from child sexual exploitation.")
item("ncpi18", REC, NC_R1, 9031, "Complete", d(2019, 11, 5), [
    row(42, NC, 9031, "Rec",
        NC_R1.replace("accommodation", "accomodation").replace(";•", ";\n•").replace("and•", "and\n•"),
        None, CP, "Ch Insp Custody", "Public Protection Board",
        "Closed – evidence accepted by OLB", "Children in custody protocol signed with LA Apr-19.",
        "Complete", d(2024, 11, 6), "in_sync",
        "Complete / Closed. Force added line breaks before the bullets and a misspelling.")])
item("ncpi18", REC, NC_R2, 9032, "Being progressed", d(2022, 9, 29), [
    row(43, NC, 9032, "Rec", NC_R2, None, CP, "Ch Supt Public Protection",
        "Public Protection Board", "Closed – BAU",
        "Missing from Home team review complete; absent category withdrawn in line with APP. "
        "OLB agreed closure 14/11/24.", "Complete", d(2024, 11, 6), "closeable_submit",
        "HMICFRS Being progressed; force Closed – BAU.")])
item("ncpi18", REC, NC_R3, 9033, "Being progressed", d(2022, 9, 29), [
    row(44, NC, 9033, "Rec", NC_R3, None, CP, "Ch Supt Public Protection",
        "Public Protection Board", "Transferred – CSAE Delivery Plan",
        "Delivery continues under CSAE Delivery Plan action 4.2 (multi-agency exploitation hub); "
        "target Sep-25. Row kept until HMICFRS closes.", "Sep-25", d(2024, 11, 6), "in_sync",
        "'Transferred' is open by the Read Me and the update (work continues): both open.")])
# ---- PEEL 2018/19 ---------------------------------------------------------------------------------
P19 = "PEEL 18-19"
P19_COC = "The size of the vetting backlog within Staffordshire Police is a cause of concern."
P19_R1 = ("The force should ensure all staff have received at least the lowest level of vetting "
          "clearance for their roles as quickly as possible, working to clear both the vetting "
          "backlog and new vetting renewals when they become due so that it complies fully with "
          "the national vetting guidelines.")
P19_R2 = ("HMIC recommends that within six months the force should: improve its ability to "
          "retrieve digital evidence from mobile phones, computers and other electronic devices "
          "quickly enough to ensure investigations are not delayed;")
P19_A1 = ("The force should improve its use of its crime-recording and management system to "
          "better manage its case files and investigative processes.")
item("peel1819", COC, P19_COC, 9380, "Complete", d(2021, 3, 22), [
    row(45, P19, 9380, "CoC", P19_COC, GRADE["p1819"], DCC, "Head of Vetting",
        "People Board", "Closed – BAU", "Backlog cleared Dec-20.", "Complete", d(2024, 8, 21),
        "in_sync", "Complete / Closed – BAU.")])
item("peel1819", REC, P19_R1, 9381, "Being progressed", d(2023, 2, 14), [
    row(46, P19, 9381, "Rec", P19_R1, GRADE["p1819"], DCC, "Head of Vetting", "People Board",
        "Proposed for closure",
        "100% of workforce hold RV/MV; renewals within 30 days. Evidence to OLB Jan-25.",
        "Complete", d(2024, 12, 4), "closeable_submit",
        "HMICFRS Being progressed; force Proposed for closure.")])
item("peel1819", REC, P19_R2, 9382, "Being progressed", d(2023, 2, 14), [
    row(47, P19, 9382, "Rec",
        "Within 6 months – improve ability to retrieve digital evidence from mobile phones, "
        "computers & other devices quickly enough to ensure investigations are not delayed",
        GRADE["p1819"], CP, "Head of Digital Forensics", "Crime & Justice Board",
        "Re-opened",
        "Closed 03/2023, re-opened after JAC challenge 09/2024: DFU backlog back to 14 weeks.",
        d(2025, 9, 30), d(2024, 11, 13), "in_sync",
        "Being progressed / Re-opened: both open. 'HMIC recommends that' stem dropped.")])
item("peel1819", AFI, P19_A1, 9383, "Complete", d(2021, 3, 22), [
    row(48, P19, 9383, "AFI", P19_A1, GRADE["p1819"], CP, "Det Ch Supt Force CID",
        "Crime & Justice Board", "Open – on track",
        "Niche case file module roll-out phase 2 (Mar-25).", "Mar-25", d(2024, 11, 13),
        "closeable_local", "HMICFRS Complete; force Open – on track.")])
# ---- CDI 2019: one recommendation split into one row per bullet --------------------------------------
CDI_REC = "Within six months the force should " + CDI_VICTIMS_BODY + "."
bullets = [b.strip(" •;\n").replace("; and", "").strip() for b in CDI_VICTIMS_BODY.split("\n")[1:]]
cdi_rows = []
for k, (b, seq) in enumerate(zip(bullets, (49, 50, 51, 52, 53))):
    letter = "abcde"[k]
    cdi_rows.append(row(
        seq, "CDI 2019", f"10022 ({letter})", "Rec",
        f"CDI Rec 1({letter}) – arrangements to ensure that {b}", None, CP,
        "Force Crime Registrar", "Crime Standards Board", "Open – on track",
        ["Victim-believed principle in all FCC scripts; audit due Q4.",
         "STORM incident summary QA by FCC supervisors.",
         "FCR audit Oct-24: 91% multiple crimes recorded.",
         "Policy changed 2020; spot-check Q4 24/25.",
         "Online reports triaged by OCU within 24h; THRIVE applied."][k],
        "Mar-25", d(2024, 11, 13), "in_sync",
        f"Split row {k + 1} of 5 (bullet {letter}) of item 10022; Being progressed / Open."))
item("cdi19", REC, CDI_REC, 10022, "Being progressed", d(2022, 5, 18), cdi_rows)
CDI_A1 = "The force should make sure it records reports of stalking and harassment accurately and without delay."
CDI_A2 = "The force should make sure it records reports of hate crime accurately and without delay."
item("cdi19", AFI, CDI_A1, 10023, "Being progressed", d(2022, 5, 18), [],
     missing_why="Open AFI on the HMICFRS list with no force row (the stalking T&F local action "
                 "is a different, force-made action).")
item("cdi19", AFI, CDI_A2, 10024, "Complete", d(2021, 10, 7), [
    row(54, "CDI 2019", 10024, "AFI", CDI_A2, None, LP, "Force Crime Registrar",
        "Crime Standards Board", "Closed – BAU", "Hate crime recording audit 97% (Sep-21).",
        "Complete", d(2024, 10, 9), "in_sync", "Complete / Closed – BAU.")])
# ---- Police powers 2021 (national) -----------------------------------------------------------------
PW = "Police powers spotlight (Feb 21)"
item("powers", NATR, nat("powers", 0), 11804, "Being progressed", d(2023, 6, 1), [
    row(55, PW, 11804, "Nat Rec", nat("powers", 0), None, LP, "Head of Learning & Development",
        "S&S Scrutiny Board", "Open – on track",
        "Conflict management module in OST 2024/25; 78% trained.", "Mar-25", d(2024, 10, 2),
        "in_sync", "Both open.")])
item("powers", NATR, nat("powers", 1), 11805, "Being progressed", d(2023, 6, 1), [
    row(56, PW, 11805, "Nat Rec", nat("powers", 1), None, LP, "Head of Learning & Development",
        "S&S Scrutiny Board", "Closed – BAU",
        "BWV debrief built into supervisor CPD; OLB agreed closure 12/09/24.", "Complete",
        d(2024, 10, 2), "closeable_submit", "HMICFRS Being progressed; force Closed – BAU.")])
bwv = BWV_2021.split("\n")
item("powers", NATR, BWV_2021, 11806, "Being progressed", d(2023, 6, 1), [
    row(57, PW, 11806, "Nat Rec", bwv[0], None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Proposed for closure",
        "BWV activation compliance 96% for S&S (Q2).", "Complete", d(2024, 12, 4),
        "closeable_submit", "Split row 1 of 3 (bullet 1) of 11806; force Proposed for closure."),
    row(58, PW, 11806, "Nat Rec", "(BWV 2) " + bwv[1], None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Proposed for closure",
        "Monthly BWV review by Stop Search team; learning bulletins.", "Complete",
        d(2024, 12, 4), "closeable_submit",
        "Split row 2 of 3 (bullet 2) of 11806; force Proposed for closure."),
    row(59, PW, 11806, "Nat Rec", "(BWV 3) " + bwv[2], None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Proposed for closure",
        "Scrutiny panel view BWV at each meeting since Jan-22.", "Complete", d(2024, 12, 4),
        "closeable_submit", "Split row 3 of 3 (bullet 3) of 11806; force Proposed for closure.")])
item("powers", NATR, nat("powers", 4), 11807, "Awaiting review", d(2021, 2, 26), [],
     missing_why="Open (Awaiting review) on the HMICFRS list; the force logged the Home "
                 "Office/NPCC item from the same report instead, not this one.")
# ---- PEEL 2021/22 --------------------------------------------------------------------------------
P22 = "PEEL 21/22"
A22 = [
    ("The force should improve the timeliness of its response to calls for service involving domestic abuse.",
     12461, "Being progressed", "resp", LP, "Supt Contact Centre", "Contact Management Board",
     "Open – off track", "Grade 1 DA attendance 71% in target (Oct-24); FCC recruitment ongoing.",
     d(2025, 6, 30), "in_sync", "Both open."),
    ("The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.",
     12462, "Being progressed", "inv", CP, "Det Ch Supt Force CID", "Crime & Justice Board",
     "Closed – BAU", "Op Soteria model live; RASSO allocation policy. OLB agreed closure 14/11/24.",
     "Complete", "closeable_submit", "HMICFRS Being progressed; force Closed – BAU."),
    ("The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     12463, "Awaiting review", "inv", CP, "Head of Criminal Justice", "Crime & Justice Board",
     "Proposed for closure", "VCOP compliance 93% (Q2); evidence pack drafted.", "Complete",
     "closeable_submit", "HMICFRS Awaiting review (open); force Proposed for closure."),
    ("The force should improve the way it manages the risk posed by offenders involved in online child sexual abuse.",
     12464, "Being progressed", "offm", CP, "Ch Supt Public Protection", "Public Protection Board",
     "Open – on track", "POLIT capacity uplift +3 DCs Jan-25.", "Apr-25", "in_sync", "Both open."),
    ("The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.",
     12465, "Complete", "work", DCC, "Director of People", "People Board", "Open – on track",
     "Culture dashboard in build; pulse survey Q3.", "Jul-25", "closeable_local",
     "HMICFRS Complete; force Open – on track. PEEL grade 'Good' is not a status."),
    ("The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.",
     12466, "Being progressed", "work", DCC, "Director of People", "People Board", None,
     "OLB 14/11/24: agreed closed – BAU. Evidence pack (E&D data review) on SharePoint.",
     "Complete", "closeable_submit",
     "Status cell blank, but the update records OLB closure (BAU): force done; HMICFRS open."),
    ("The force should make sure its performance framework gives senior leaders a clear picture of its response to anti-social behaviour.",
     12467, "Being progressed", "prev", LP, "Head of Corporate Development", "Local Policing Board",
     "Open – on track", "ASB measures added to Force Performance pack Q3.", "Mar-25", "conflict",
     "Force row's ID 12476 is a transposition of 12467 (12476 is not on the list); text and "
     "report match 12467: reference conflict."),
    ("The force should develop a problem-solving approach to neighbourhood crime, working with local communities and partners.",
     12468, "Complete", "prev", LP, "Supt Neighbourhood Policing", "Local Policing Board",
     "Closed – BAU", "Problem-solving hubs in all 3 LPAs.", "Complete", "in_sync",
     "Complete / Closed – BAU."),
]
for n, (txt, hid, hst, g, chief, lead, board, fst, upd, tgt, cat, why) in enumerate(A22, 1):
    src = P22 if n % 3 else "PEEL 2021/22"
    ids = 12476 if hid == 12467 else hid
    item("peel2122", AFI, txt, hid, hst,
         d(2022, 3, 4) if hst == "Awaiting review" else d(2023 + (n % 2), 1 + n, 10), [
             row(60 + n, src, ids, "AFI", f"AFI {n} – {txt}", GRADE[g], chief, lead, board,
                 fst, upd, tgt, d(2024, 11, 20 + n), cat, why)])
# ---- PEEL 2023-25 ------------------------------------------------------------------------------------
P25 = "PEEL 2023-25"
P25_COC = CAUSES[2]
P25_R1 = ("Within six months, the force should improve the supervision of investigations, so "
          "that investigation plans are set, reviewed and recorded and victims receive a "
          "consistently good service.")
P25_R2 = ("Within three months, the force should improve its understanding of suspects released "
          "under investigation and the management of those released on bail.")
P25_A1 = ("The force should make sure it has enough specialist capacity and capability to "
          "investigate fraud.")
P25_A2 = ("The force should improve how it gathers, assesses and acts on intelligence about county "
          "lines drug dealing.")
P25_A3 = ("The force should make sure officers and staff have the training they need to identify "
          "and respond to honour-based abuse.")
PUB25 = d(2024, 11, 22)
item("peel2325", COC, P25_COC, 15207, "Awaiting review", PUB25, [
    row(80, P25, "tbc", "CoC", "Cause of concern: " + P25_COC, GRADE["inv23"], CP,
        "ACC Crime", "Investigation Improvement Board", "Open – on track",
        "Investigation Improvement Plan v1 agreed FET 03/12/24.", d(2025, 11, 30),
        d(2024, 12, 4), "in_sync", "Awaiting review / Open; force ID 'tbc'.")])
item("peel2325", REC, P25_R1, 15208, "Awaiting review", PUB25, [
    row(81, P25, "tbc", "Rec",
        "Rec 1 – Within 6 months, the force should improve the supervison of investigations so "
        "that investigation plans are set, reviewed & recorded and victims receive a "
        "consistently good service", GRADE["inv23"], CP, "Det Ch Supt Force CID",
        "Investigation Improvement Board", "Open – on track",
        "Supervisory review standards issued; compliance audit Mar-25.", d(2025, 5, 22),
        d(2024, 12, 4), "in_sync",
        "Awaiting review / Open; abbreviations and misspelling only, same timescale.")])
item("peel2325", REC, P25_R2, 15209, "Awaiting review", PUB25, [
    row(82, P25, "tbc", "Rec", "Rec 2 – " + P25_R2, GRADE["inv23"], CP,
        "Head of Criminal Justice", "Investigation Improvement Board", "Open – not started",
        "RUI/bail governance review scoped.", d(2025, 2, 22), d(2024, 12, 4), "in_sync",
        "Awaiting review / Open – not started.")])
item("peel2325", AFI, P25_A1, 15210, "Awaiting review", PUB25, [
    row(83, P25, "tbc", "AFI", "AFI 1 – " + P25_A1, GRADE["inv23"], CP, "Det Supt Economic Crime",
        "Investigation Improvement Board", "Open – not started", None, "TBC", d(2024, 12, 4),
        "in_sync", "Awaiting review / Open – not started.")])
item("peel2325", AFI, P25_A2, 15211, "Awaiting review", PUB25, [],
     missing_why="New PEEL 2023-25 AFI on the HMICFRS list not yet logged by the force "
                 "(the two hot-debrief rows are about other topics).")
item("peel2325", AFI, P25_A3, 15212, "Awaiting review", PUB25, [
    row(84, P25, "tbc", "AFI", "AFI 3 – " + P25_A3, GRADE["pvp23"], CP,
        "Ch Supt Public Protection", "Public Protection Board", "Open – not started",
        "HBA e-learning procured via regional PPU network.", "Jun-25", d(2024, 12, 4),
        "in_sync", "Awaiting review / Open – not started.")])

# ---- Force-only rows -----------------------------------------------------------------------------
FORCE_ONLY += [
    row(14.5, "PEEL Efficiency 2015", 4471, "AFI",
        "The force should develop its understanding of the links between its outcomes, outputs "
        "and costs", None, DOR, "Director of Finance", "Resources Board", "Open – on track",
        "Activity-based costing pilot in Finance; link to FMS.", "Mar-25", d(2024, 9, 18),
        "not_on_hmicfrs_list",
        "Old PEEL 2015 AFI (ID 4471) not on the HMICFRS list (closed and dropped there); "
        "query with HMICFRS / close locally."),
    row(24, "Local – OLB", "n/a", "Local",
        "Force action – Internal audit of the counter-corruption governance arrangements "
        "(audit plan 2023/24)", None, DCC, "Head of Professional Standards",
        "Professional Standards Board", "Closed – BAU", "RSM audit: reasonable assurance.",
        "Complete", d(2024, 8, 21), "not_on_hmicfrs_list", "Force's own local action."),
    row(25, "Local – OLB", "n/a", "Local",
        "Task & Finish group to review the stalking and harassment policy and report to the "
        "Force Executive Team", None, CP, "Ch Supt Public Protection", "Public Protection Board",
        "Open – on track", "T&F meets monthly; policy draft Feb-25.", "Apr-25", d(2024, 11, 6),
        "not_on_hmicfrs_list",
        "Force's own local action (not the CDI 2019 stalking recording AFI, which is missing)."),
    row(60, "Local – OLB", "n/a", "Local",
        "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the "
        "Crime Standards Board", None, CP, "Force Crime Registrar", "Crime Standards Board",
        "Closed – BAU", "Now part of FCR standing audit plan.", "Complete", d(2024, 11, 13),
        "not_on_hmicfrs_list", "Force's own local action."),
    row(69, "Local – OLB", "n/a", "Local",
        "Add stop and search measures to the monthly Force Performance pack", None, LP,
        "Head of Corporate Development", "S&S Scrutiny Board", "Closed – BAU",
        "Live from Apr-22.", "Complete", d(2024, 10, 2), "not_on_hmicfrs_list",
        "Force's own local action."),
    row(59.5, PW, None, "Nat Rec – HO/NPCC", nat("powers", 3), None, LP, "Ch Insp Stop & Search",
        "S&S Scrutiny Board", "Not for force – monitor",
        "Addressed to Home Office/NPCC. Force returns use-of-force data via ADR.", "n/a",
        d(2024, 10, 2), "not_on_hmicfrs_list",
        "Home Office/NPCC item from the 2021 report: not on the force's HMICFRS list."),
    row(76, "IOPC learning rec (Jul-23)", "n/a", "IOPC",
        "The force should ensure that officers attending concern for welfare calls record on "
        "the incident log their rationale for not forcing entry, and that supervisors review "
        "this before the log is closed.", None, LP, "Supt Contact Centre",
        "Contact Management Board", "Proposed for closure",
        "STORM closing code now requires rationale field; briefing issued.", "Complete",
        d(2024, 12, 4), "not_on_hmicfrs_list", "IOPC learning recommendation, not HMICFRS."),
    row(78, "PEEL 2023-25 (hot debrief)", "n/a", "Hot debrief",
        "Hot debrief 19/06/24 – THRIVE risk assessment not consistently re-graded in the Force "
        "Contact Centre when further information is received", None, LP, "Supt Contact Centre",
        "Contact Management Board", "Closed – BAU",
        "Re-grading prompt added to STORM Jul-24; not carried into the final report.",
        "Complete", d(2024, 12, 4), "not_on_hmicfrs_list",
        "Verbal hot-debrief point logged before publication; no such item on the HMICFRS list."),
    row(79, "PEEL 2023-25 (hot debrief)", "n/a", "Hot debrief",
        "Hot debrief 19/06/24 – neighbourhood officers regularly abstracted to response; "
        "abstraction rates not monitored", None, LP, "Supt Neighbourhood Policing",
        "Local Policing Board", "Open – on track",
        "Abstraction monitoring in Force Performance pack from Jan-25.", "Mar-25",
        d(2024, 12, 4), "not_on_hmicfrs_list",
        "Hot-debrief point logged before publication; not an HMICFRS item."),
]

# --------------------------------------------------------------------------------------------
# HMICFRS register export (CSV)
# --------------------------------------------------------------------------------------------


def ordinal(n: int) -> str:
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def regdate(x) -> str:
    return f"{ordinal(x.day)} {x.strftime('%B %Y')}"


def build_hmicfrs():
    items = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["hm_id"]))
    lines = []
    for it in items:
        title, pub = REPORTS[it["rep"]]
        st = it["hm_status"]
        comment = rng.choice(COMMENT[st])
        lines.append([FORCE, title, regdate(pub), str(it["hm_id"]), it["hm_type"], it["hm_text"],
                      st, regdate(it["status_date"]), comment])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Force", "Report title", "Publication date", "Recommendation ID", "Type",
                "Recommendation", "Status", "Status date", "Latest comment"])
    for i, l in enumerate(lines):
        w.writerow(l)
        items[i]["hrow"] = f"{HCSV}!{i + 2}"
    with open(os.path.join(OUT, HCSV), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return items


# --------------------------------------------------------------------------------------------
# Force tracker (xlsx)
# --------------------------------------------------------------------------------------------
STATUSES = ["Open – not started", "Open – on track", "Open – off track", "Re-opened",
            "Parked – national dependency", "Transferred – CSAE Delivery Plan",
            "Transferred – VAWG Delivery Plan", "Proposed for closure", "Closed – BAU",
            "Closed – evidence accepted by OLB", "Superseded (force)", "Not for force – monitor"]
HEAD = ["OLB Ref", "Source (report)", "HMICFRS\nID", "Type", "Recommendation / AFI wording",
        "PEEL grade\n(for area)", "Chief Officer", "Delivery Lead", "Governance", "Status",
        "Latest update", "Target date", "Last reviewed"]
WIDTHS = [10, 24, 11, 10, 70, 26, 26, 26, 24, 22, 50, 12, 12]


def build_tracker():
    # OLB refs: chronological numbering with gaps (rows deleted over the years).
    all_rows = [r for it in ITEMS for r in it["rows"]] + FORCE_ONLY
    seqs = sorted({r["seq"] for r in all_rows})
    assert len(seqs) == len(all_rows), "duplicate seq"
    ref = {}
    n = 17
    for s in seqs:
        n += rng.choice((1, 1, 1, 2, 3))
        ref[s] = f"OLB-{n:04d}"
    order = list(PORTFOLIOS)
    all_rows.sort(key=lambda r: (order.index(r["chief"]), r["seq"]))

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Read Me"
    ws = wb.create_sheet(SHEET)
    wl = wb.create_sheet("Lists")
    for w in (ws0, ws, wl):
        w.sheet_properties.tabColor = None

    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # Read Me
    readme = [
        ("Staffordshire Police – Organisational Learning Board (OLB)", True),
        ("Inspection & Review Recommendations Master Tracker – guidance", True),
        ("", False),
        ("Purpose: single record of HMICFRS recommendations, AFIs and causes of concern, plus "
         "local OLB actions, IOPC learning and HMICFRS hot-debrief points.", False),
        ("Maintained by Strategic Planning & Insight (SP&I). Leads update the 'Latest update' "
         "column monthly; SP&I update Status after OLB.", False),
        ("", False),
        ("ROW COLOUR = CHIEF OFFICER PORTFOLIO (not RAG). Rows are sorted by portfolio.", True),
    ]
    for i, (t, b) in enumerate(readme, 1):
        ws0.cell(i, 1, t).font = Font(bold=b, size=12 if i <= 2 else 11)
    r0 = len(readme) + 1
    for k, (name, fill) in enumerate(PORTFOLIOS.items()):
        c = ws0.cell(r0 + k, 1, name)
        c.fill = PatternFill("solid", fgColor=fill)
    r0 += len(PORTFOLIOS) + 1
    ws0.cell(r0, 1, "STATUS DEFINITIONS").font = Font(bold=True)
    ws0.cell(r0, 2, "Meaning").font = Font(bold=True)
    defs = [
        ("Open – not started", "Allocated, no work yet."),
        ("Open – on track", "Work under way, expected by target date."),
        ("Open – off track", "Work under way, target date at risk or missed."),
        ("Re-opened", "Previously closed by OLB; re-opened after audit/JAC challenge."),
        ("Parked – national dependency", "Cannot progress until national (NPCC/HO) work lands. Still open."),
        ("Transferred – <plan>", "Delivery continues under another plan; row stays open here until HMICFRS closes it."),
        ("Proposed for closure", "Lead considers it complete; evidence pack going to OLB / HMICFRS portal."),
        ("Closed – BAU", "Complete and embedded in business as usual; OLB agreed closure."),
        ("Closed – evidence accepted by OLB", "Complete; evidence accepted by OLB (older wording)."),
        ("Superseded (force)", "Overtaken by a later inspection; OLB agreed no further action."),
        ("Not for force – monitor", "Addressed to another body (HO, NPCC, CoP); kept for information."),
    ]
    for k, (a, b) in enumerate(defs, 1):
        ws0.cell(r0 + k, 1, a)
        ws0.cell(r0 + k, 2, b)
    r0 += len(defs) + 2
    ws0.cell(r0, 1, "PEEL grade column = the grade HMICFRS gave the area the item sits under. "
                    "It is context only, NOT the status of the item.")
    ws0.cell(r0 + 1, 1, "HMICFRS ID = the number on the HMICFRS monitoring portal / register. "
                        "'tbc' until HMICFRS issue IDs; 'n/a' for local, IOPC and hot-debrief rows.")
    ws0.cell(r0 + 3, 1, "Version history").font = Font(bold=True)
    for k, v in enumerate(["v12  05/07/2024  Refresh for JAC July (SP&I)",
                           "v13  09/10/2024  OLB decisions 12/09/24 applied",
                           "v14  03/03/2025  PEEL 2023-25 items added; OLB 14/11/24 decisions; "
                           "refresh for JAC 13/03/2025"], 1):
        ws0.cell(r0 + 3 + k, 1, v)
    ws0.column_dimensions["A"].width = 42
    ws0.column_dimensions["B"].width = 90

    # Master tracker: title block + key, header on row 6
    ws["A1"] = "Staffordshire Police – Organisational Learning Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection & Review Recommendations: Master Tracker (HMICFRS)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("v14 | Refreshed 03/03/2025 for JAC 13/03/2025 | OFFICIAL-SENSITIVE | "
                "Row colour = Chief Officer portfolio (key →)")
    ws["A3"].font = Font(italic=True, size=9)
    ws["H1"] = "Key – row colour:"
    ws["H1"].font = Font(bold=True, size=9)
    for k, (name, fill) in enumerate(PORTFOLIOS.items()):
        c = ws.cell(1 + k, 9, name)
        c.fill = PatternFill("solid", fgColor=fill)
        c.font = Font(size=9)
        c.border = box
    HR = 6
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
        ws.column_dimensions[c.column_letter].width = WIDTHS[j - 1]
    ws.row_dimensions[HR].height = 32

    r = HR + 1
    prev_chief = None
    truth_force = []
    for fr in all_rows:
        if prev_chief is not None and fr["chief"] != prev_chief:
            r += 1  # spacer row between portfolio bands
        prev_chief = fr["chief"]
        fill = PatternFill("solid", fgColor=PORTFOLIOS[fr["chief"]])
        vals = [ref[fr["seq"]], fr["src"], fr["ids"], fr["ftype"], fr["text"], fr["grade"],
                fr["chief"], fr["lead"], fr["board"], fr["status"], fr["update"], fr["target"],
                fr["reviewed"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.fill = fill
            c.alignment = wrap
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        fr["frow"] = f"{SHEET}!{r}"
        truth_force.append(fr)
        r += 1
    last = r - 1
    ws.freeze_panes = ws.cell(HR + 1, 6)
    ws.auto_filter.ref = f"A{HR}:M{last}"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$13", allow_blank=True)
    dv.error = "Pick a status from the list"
    ws.add_data_validation(dv)
    dv.add(f"J{HR + 1}:J{last}")

    # Lists sheet (data-validation sources)
    for j, (h, vals) in enumerate([("Status", STATUSES), ("Chief Officer", list(PORTFOLIOS)),
                                   ("Type", ["Rec", "AFI", "CoC", "Nat Rec", "Nat Rec – HO/NPCC",
                                             "Local", "IOPC", "Hot debrief"]),
                                   ("Governance", sorted({x["board"] for x in all_rows}))], 1):
        wl.cell(1, j, h).font = Font(bold=True)
        for k, v in enumerate(vals, 2):
            wl.cell(k, j, v)
        wl.column_dimensions[wl.cell(1, j).column_letter].width = 34
    wb.active = 1
    for w in wb.worksheets:
        w.sheet_view.tabSelected = w.title == SHEET
    wb.properties.creator = "SP&I"
    wb.properties.lastModifiedBy = "SP&I"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    normalise_zip(path)
    return truth_force


def normalise_zip(path):
    """Rewrite the xlsx with fixed zip timestamps so the build is byte for byte repeatable."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl stamps docProps/core.xml "modified" with the clock: pin it.
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-03-03T09:00:00Z\g<2>", data)
        fixed.append((name, data))
    entries = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build_truth(items, force_rows):
    out = []
    for it in items:
        if not it["rows"]:
            out.append((it["hrow"], "", "missing_from_force", it["missing_why"]))
        for r in it["rows"]:
            out.append((it["hrow"], r["frow"], r["cat"], r["why"]))
    for r in FORCE_ONLY:
        out.append(("", r["frow"], r["cat"], r["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(out)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    items = build_hmicfrs()
    force_rows = build_tracker()
    truth = build_truth(items, force_rows)
    from collections import Counter
    print(Counter(t[2] for t in truth))
    print("hmicfrs items", len(items), "force rows", len(force_rows), "truth lines", len(truth))


if __name__ == "__main__":
    main()
