"""Build the evaluation case ``oversight_board_closure``.

A force (Lincolnshire Police, invented data) keeps its HMICFRS tracker grouped by the
governance board that oversees each item.  The RAG column grades *confidence of delivery*,
not completion; an item is closed only when its board has decided so, and each board minutes
that decision in its own words.  The HMICFRS side is a plain register export (CSV).

Run:  /work/main/.venv/bin/python build_oversight_board_closure.py
Rebuilds ``oversight_board_closure/`` byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  real public HMICFRS wording (OGL)

SEED = 46_2025_0310
rng = random.Random(SEED)

CASE = "oversight_board_closure"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"
NEIGHBOUR = "Nottinghamshire Police"
TRACKER_SHEET = "HMICFRS Tracker"
AS_AT = dt.date(2025, 3, 10)
EXPORT_DATE = dt.date(2025, 3, 3)

D = dt.date

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker's own name)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (T.NATIONAL["sas13"][0], D(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": (T.NATIONAL["everyone"][0], D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": (T.NATIONAL["austerity"][0], D(2014, 7, 22), "Policing in Austerity 2014"),
    "core": (T.NATIONAL["core"][0], D(2014, 9, 4), "Core Business 2014"),
    "integrity": (T.NATIONAL["integrity"][0], D(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (T.NATIONAL["sas15"][0], D(2015, 3, 24), "Stop & search powers 2"),
    "picture": (T.NATIONAL["picture"][0], D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (T.NATIONAL["firearms"][0], D(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 21), "CDI 2017"),
    "stolen": (T.NATIONAL["stolen"][0], D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (T.NATIONAL["efc17"][0], D(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": (T.NATIONAL["leg17"][0], D(2017, 12, 12), "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
               "PEEL 18/19"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               D(2020, 8, 18), "HMICFRS/HMIP custody 2020"),
    "powers": (T.NATIONAL["powers"][0], D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "cdi21": ("Crime data integrity inspection 2021", D(2021, 9, 9), "CDI 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 6, 24),
               "PEEL 21/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 3, 21),
               "PEEL 23/24"),
}
BASE_REF = {"sas13": 1180, "everyone": 2321, "austerity": 2790, "core": 4822, "integrity": 902,
            "sas15": 3410, "picture": 4120, "firearms": 5010, "eff16": 6420, "cdi17": 7460,
            "stolen": 8120, "efc17": 8390, "leg17": 8541, "ncpi18": 9105, "peel18": 9870,
            "cust20": 11240, "powers": 11890, "cdi21": 12650, "peel21": 13380, "peel23": 15210}

REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT
TTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

B = T.BODIES
TB = T.TOPIC_BODIES


def nat(key: str, i: int) -> str:
    return T.NATIONAL[key][2][i][1]


def afi(body: str) -> str:
    return f"The force should {body}."


def tb(i: int, topic: str) -> str:
    return TB[i].format(t=topic)


# ---------------------------------------------------------------------------------------------
# Boards. Each minutes its decisions in its own words (see the Key sheet).
# ---------------------------------------------------------------------------------------------
BOARDS = {
    "FEB": dict(name="FORCE EXECUTIVE BOARD (FEB)", chair="Chief Constable",
                sec="Strategic Planning & Inspection Team", meets="monthly",
                close="Closure ratified", open=["Noted – remain open", "Deferred to next meeting"],
                code="FEB", old="FEB", lead="DCC"),
    "CJSB": dict(name="CRIME, JUSTICE & STANDARDS BOARD (CJSB)", chair="ACC Crime & Justice",
                 sec="Crime Standards Unit", meets="monthly",
                 close="Closure agreed",
                 open=["Closure deferred – further evidence requested", "Progress noted"],
                 code="CJSB", old="CSB", lead="ACC Crime & Justice"),
    "PPVB": dict(name="PUBLIC PROTECTION & VULNERABILITY BOARD (PPVB)",
                 chair="Det Ch Supt Public Protection", sec="PPU Business Support",
                 meets="bi-monthly", close="Agreed for closure",
                 open=["Not agreed – remain open", "Update noted"],
                 code="PPVB", old="SGB", lead="ACC Crime & Justice"),
    "PCB": dict(name="PEOPLE & CULTURE BOARD (PCB)", chair="Director of People",
                sec="HR Business Partner team", meets="quarterly", close="Discharged",
                open=["Not discharged – returned to lead", "Noted"],
                code="PCB", old="WFB", lead="Director of People"),
    "LSB": dict(name="LEGITIMACY & SCRUTINY BOARD (LSB)", chair="DCC",
                sec="Professional Standards Dept", meets="quarterly", close="Closure agreed",
                open=["Remain open", "Closure not supported"],
                code="LSB", old="SSB", lead="DCC"),
    "OSB": dict(name="OPERATIONAL SUPPORT BOARD (OSB)", chair="ACC Operations",
                sec="Ops Support HQ", meets="monthly", close="Signed off – close",
                open=["Not signed off", "Progress noted"],
                code="OSB", old="OSB", lead="ACC Operations"),
}
BOARD_ORDER = ["FEB", "CJSB", "PPVB", "PCB", "LSB", "OSB"]
PREFIX = {"FEB": "FE", "CJSB": "CJ", "PPVB": "PP", "PCB": "PC", "LSB": "LS", "OSB": "OS",
          "NEW": "NA"}
RESTRUCTURE = D(2021, 4, 1)   # boards before this date had other names (old minute codes)

OWNERS = {
    "FEB": ["Head of Corporate Development", "Director of Finance", "Head of Strategic Planning"],
    "CJSB": ["Det Ch Supt Force CID", "Force Crime Registrar", "Head of Criminal Justice",
             "Head of Intelligence"],
    "PPVB": ["Ch Supt Public Protection", "D/Supt Safeguarding", "Supt Contact Centre"],
    "PCB": ["Head of Professional Standards", "Head of Learning & Development",
            "Head of HR Operations", "Vetting Manager"],
    "LSB": ["C/Supt Bell", "Supt Neighbourhood Policing", "Head of Learning & Development"],
    "OSB": ["Supt Firearms Licensing", "Ch Insp Custody", "Supt Contact Centre",
            "Head of Information Management"],
    "NEW": [None],
}

# ---------------------------------------------------------------------------------------------
# HMICFRS items. scen: SO in sync open, SC in sync closed, CS closeable_submit, CL closeable_local,
# CF conflict, MF missing from force.  Extra keys shape the force row(s).
# ---------------------------------------------------------------------------------------------
I = []


def item(rep, typ, text, scen, board=None, **kw):
    I.append(dict(rep=rep, type=typ, text=text, scen=scen, board=board, **kw))


# national reports
item("sas13", NAT, nat("sas13", 0), "SC", "LSB")
item("sas13", NAT, nat("sas13", 1), "SC", "LSB", var="abbrev")
item("sas13", NAT, nat("sas13", 2), "CL", "LSB", hclosed="Superseded", rag="A",
     progress="Linked to S&S 2 (2015) rec on community scrutiny – kept open until the "
              "scrutiny panel has youth representation.",
     why="HMICFRS Superseded; LSB has not agreed closure -> force open. Near-twin of the "
         "2015 S&S 2 item; tracker ref and 'elected local policing bodies' wording pick 2013")
item("everyone", NAT, T.EVERYONE_PLAN, "SC", "PPVB", ttext=T.EVERYONE_PLAN_RUN_ON,
     why="closed both; tracker pasted the report's next paragraphs on to the text (run-on), "
         "no fact changed")
item("austerity", NAT, nat("austerity", 0), "MF", hclosed="Complete",
     why="HMICFRS item (Complete) never put on the board tracker")
item("austerity", NAT, nat("austerity", 3), "SC", "FEB")
item("core", NAT, nat("core", 0), "CL", "OSB", hclosed="Superseded", rag="A",
     progress="THRIVE criteria embedded in call handling; QA regime still being built into "
              "the contact management review.",
     why="HMICFRS Superseded; OSB 'Progress noted' -> force open")
item("core", NAT, nat("core", 1), "SC", "CJSB", var="misspell")
item("integrity", NAT, nat("integrity", 0), "SC", "PCB")
item("sas15", NAT, nat("sas15", 0), "SO", "LSB", rag="G", decision="",
     progress="Complete – community scrutiny panel in place and meets quarterly; for closure "
              "at next LSB.",
     why="RAG G and progress says Complete, but LSB has not decided -> force open; HMICFRS open")
item("picture", NAT, nat("picture", 0), "CL", "OSB", rag="R", hclosed="Complete",
     progress="Information Management Board audits paused during records system migration.",
     why="HMICFRS Complete; OSB 'Not signed off' -> force open")
item("firearms", NAT, nat("firearms", 0), "SC", "OSB")
item("firearms", NAT, nat("firearms", 1), "SC", "OSB", var="abbrev")
item("firearms", NAT, nat("firearms", 2), "CS", "OSB")
item("firearms", NAT, nat("firearms", 3), "SO", "OSB", rag="A")
item("firearms", NAT, nat("firearms", 4), "CL", "OSB", rag="G", decision="",
     hclosed="Complete",
     progress="Complete. PNC/NFLMS marker check built into dispatch script. Evidence pack to "
              "be presented to OSB.",
     why="HMICFRS Complete; tracker RAG G + 'Complete' but no OSB decision -> force open")
item("eff16", COC, T.CAUSES[0], "SC", "PPVB", coc=True)
item("eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     f"immediately {B[16]}.", "SC", "PPVB", coc=True)
item("eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     f"immediately {B[17]}.", "SO", "PPVB", coc=True, rag="G", decision="Recommended to FEB for closure",
     why="CoC recommendation: PPVB recommended closure but FEB has not ratified -> force open")
item("eff16", AFI, afi(tb(3, "hate crime")), "CL", "PPVB", hclosed="Superseded", rag="A")
item("eff16", AFI, afi(tb(12, "stalking and harassment")), "SC", "PPVB", var="nostem")
CDI_BULLETS = [b.strip().lstrip("•").strip().rstrip(";").removesuffix(" and").rstrip(";")
               for b in B[8].split("\n")[1:]]
item("cdi17", REC, f"Within three months, the force should {B[8]}.", "SO", "CJSB",
     split=[f"Within 3 months – arrangements to ensure that {b}" for b in CDI_BULLETS],
     split_rag=["G", "G", "A", "G", "A"],
     why="split one row per bullet (5 bullets, all present); all open; HMICFRS open")
item("cdi17", REC, f"Within six months the force should {B[14]}.", "SC", "CJSB")
item("cdi17", REC, f"Immediately, the force should {B[9]}.", "CF", "OSB", tref="swap",
     why="reference conflict: tracker HMICFRS Ref has two digits transposed (no such item); "
         "text, report and type agree")
item("cdi17", AFI, afi(tb(5, "rape and serious sexual offences")), "CL", "CJSB",
     hclosed="Complete", rag="G", decision="Closure deferred – further evidence requested",
     why="HMICFRS Complete; CJSB deferred closure -> force open")
item("stolen", NAT, T.SF_LEADERSHIP, "SO", "CJSB",
     split=["Within 12 months – review MSHT leadership & governance so that senior leaders "
            "prioritise the response to modern slavery and human trafficking",
            "Within 12 months – every incident of modern slavery identified to police is "
            "allocated appropriate resources with the skills, experience and capacity to "
            "investigate it effectively",
            "Within 12 months – forces develop effective partnership arrangements to co-ordinate "
            "activity in order to share information and safeguard victims",
            "Within 12 months – performance and quality assurance measures are in place to allow "
            "senior leaders to assess the nature and quality of the service provided to victims"],
     split_rag=["G", "A", "G", "A"],
     why="split one row per bullet (4 of 4); all open; HMICFRS open")
item("stolen", NAT, nat("stolen", 1), "CS", "CJSB", ttext=T.MSHT_INTEL,
     why="CJSB Closure agreed -> force done; HMICFRS open. HMICFRS text carries stray footnote "
         "'86', tracker text clean")
item("stolen", NAT, nat("stolen", 2), "SO", "CJSB", rag="A")
item("stolen", NAT, nat("stolen", 3), "SC", "CJSB", hclosed="Complete")
item("stolen", NAT, nat("stolen", 4), "CS", "CJSB", var="abbrev")
item("stolen", NAT, nat("stolen", 5), "SO", "CJSB", rag="R")
item("stolen", NAT, nat("stolen", 6), "CL", "CJSB", hclosed="Superseded", rag="A")
item("efc17", NAT, nat("efc17", 0), "CS", "FEB", ttext=T.DIGITAL,
     why="FEB Closure ratified -> done; HMICFRS open. Tracker keeps only the first sentence "
         "(the second is addressed to national bodies)")
item("leg17", COC, nat("leg17", 0), "SO", "LSB", rag="A")
item("leg17", NAT, nat("leg17", 1), "CS", "LSB",
     split=["By July 2018 – monitor data on S&S to understand the reasons for any "
            "disproportionate representation of different ethnic groups in the use of stop and "
            "search",
            "By July 2018 – monitor the extent to which find rates differ between people from "
            "different ethnicities, and across different types of searches (including separate "
            "identification of find rates for drug possession and supply-type offences)",
            "By July 2018 – monitor the prevalence of possession-only drug searches, and the "
            "extent to which these align with local or force level priorities"],
     why="split one row per bullet (3 of 3); LSB closed every bullet -> force done; HMICFRS open")
item("leg17", NAT, nat("leg17", 2), "SO", "LSB", rag="G")
item("leg17", NAT, nat("leg17", 3), "SC", "LSB")
item("leg17", NAT, nat("leg17", 4), "CF", "LSB",
     ttext=nat("leg17", 4).replace("By July 2018", "By July 2019"), rag="G",
     why="deadline conflict: HMICFRS 'By July 2018', tracker 'By July 2019'; both open")
item("powers", NAT, nat("powers", 0), "CS", "LSB")
item("powers", NAT, nat("powers", 1), "SO", "LSB", rag="A", var="abbrev")
item("powers", NAT, T.BWV_2021, "SO", "LSB",
     split=[p if i == 0 else f"By September 2021 – {p}" for i, p in
            enumerate(T.BWV_2021.split("\n"))],
     split_rag=["G", "A", "R"],
     why="split one row per paragraph (3 of 3); all open; HMICFRS open")
item("powers", NAT, nat("powers", 3), "MF",
     why="aimed at the Home Office and NPCC; the force never put it on its tracker; HMICFRS "
         "open")
item("powers", NAT, nat("powers", 4), "CS", "LSB", hopen="Awaiting review")
item("ncpi18", REC, f"Within three months, the force should {B[19]}.", "CF", "PPVB",
     split=["Within 3 months – review approach to missing children: call takers understand and "
            "use the missing and absent category appropriately",
            "Within 3 months – call takers and frontline staff have the necessary knowledge to "
            "identify risk factors associated with child sexual exploitation and how to respond "
            "to such cases"],
     split_rag=["G", "A"],
     why="missing bullet: HMICFRS has 3 bullets, tracker split rows cover only 2 (supervisors' "
         "oversight bullet absent)")
item("ncpi18", REC, f"Within six months the force should {tb(2, 'child sexual exploitation')}.",
     "SC", "PPVB")
item("ncpi18", REC, f"Immediately, the force should {tb(9, 'child sexual exploitation')}.",
     "CS", "PPVB", var="upper")
item("peel18", AFI, afi(B[5]), "SC", "CJSB")
item("peel18", AFI, afi(B[7]), "SC", "CJSB", var="abbrev")
item("peel18", AFI, afi(B[24]), "CL", "FEB", hclosed="Superseded", rag="A",
     decision="Deferred to next meeting")
item("peel18", AFI, afi(B[6]), "CS", "CJSB", rag="A",
     progress="Kiosk roll-out complete in all three hubs. Backlog down to 4 weeks.")
item("peel18", AFI, afi(B[11]), "SO", "FEB", rag="G")
item("peel18", AFI, afi(B[4]), "MF", why="on the HMICFRS list (open), no row on the tracker")
item("cust20", REC, f"The force should {B[35]}.", "SO", "OSB", rag="R")
item("cust20", AFI, afi(tb(4, "people with mental ill health")), "CL", "OSB",
     hclosed="Complete", rag="G")
item("cdi21", REC, "Within three months, the force should "
     f"{tb(5, 'anti-social behaviour')}.", "SO", "CJSB", rag="A")
item("cdi21", REC, f"Within six months the force should {B[44]}.", "SC", "CJSB",
     why="closed both. Near-twin of the Stolen Freedom NCRS item (national, 2017); the tracker "
         "ref and report pick this one")
item("cdi21", AFI, afi(tb(0, "fraud")), "CS", "CJSB")
item("peel21", COC, T.CAUSES[4].format(force=FORCE), "SO", "PCB", coc=True, rag="G",
     decision="Discharged by PCB – for FEB ratification",
     why="CoC: PCB 'Discharged … for FEB ratification' is not a closure until FEB ratifies "
         "-> force open; HMICFRS open")
item("peel21", REC, f"Within six months {FORCE} should {B[15]}.", "CS", "PCB", coc=True,
     why="CoC recommendation ratified by FEB -> force done; HMICFRS open")
item("peel21", AFI, afi(B[25]), "SO", "PCB", rag="A")
item("peel21", AFI, afi(B[27]), "SO", "PCB", rag="G", decision="",
     progress="Complete – Integrity line relaunched Oct 24; evidence pack to June PCB.",
     why="RAG G and 'Complete' in progress, no PCB decision yet -> force open; HMICFRS open")
item("peel21", AFI, afi(B[29]), "CS", "PCB")
item("peel21", AFI, afi(B[30]), "CL", "CJSB", hclosed="Complete", rag="G",
     decision="Progress noted")
item("peel21", AFI, afi(B[23]), "CF", "FEB", ttype="Rec", var="same",
     why="type conflict: HMICFRS Area for improvement, tracker 'Rec' (FEB has closed it; "
         "type disagreement decides)")
item("peel21", AFI, afi(tb(2, "domestic abuse")), "SC", "PPVB", hclosed="Superseded", rag="A",
     decision_suffix=" – superseded by PEEL 23/24 AFI (see PP rows below)",
     progress="Superseded by PEEL 23/24 AFI on DA; outstanding partnership work moved there.",
     why="closed both: HMICFRS Superseded, PPVB 'Agreed for closure – superseded' although RAG "
         "still A")
item("peel21", AFI, afi(B[21]), "CS", "FEB", rag="A",
     decision_suffix=" – remaining work transferred to Change Programme",
     progress="Governance refresh done; risk register workshop outstanding (now with Change "
              "Programme).",
     why="FEB ratified closure although RAG still A -> force done; HMICFRS open")
P23 = [
    (0, "violence against women and girls", "SO", "PPVB", {}),
    (3, "domestic abuse", "SO", "PPVB", {}),
    (11, "vulnerable adults", "SO", "PPVB", {}),
    (1, "rape and serious sexual offences", "SO", "CJSB", {}),
    (14, "digital forensics", "SO", "CJSB", {"rag": "R"}),
    (10, "neighbourhood crime", "CS", "CJSB", {}),
    (8, "stalking and harassment", "SO", "PPVB",
     {"rag": "G", "decision": "", "progress": "Complete – SPO process embedded. Paper to go to "
      "next PPVB.", "why": "RAG G + 'Complete', no PPVB decision -> force open; HMICFRS open"}),
    (13, "anti-social behaviour", "MF", None, {"why": "new PEEL 23/24 AFI not yet on tracker"}),
    (15, "knife crime", "MF", None, {"why": "new PEEL 23/24 AFI not yet on tracker"}),
    (7, "registered sex offenders", "SO", "NEW", {}),
    (12, "residential burglary", "SO", "NEW", {}),
    (6, "serious and organised crime", "CF", "CJSB",
     {"treport": "peel21",
      "why": "report conflict: tracker files it under PEEL 21/22 (Jun-22); HMICFRS PEEL 2023/24 "
             "(21/03/2024); both open"}),
]
for bi, topic, scen, board, kw in P23:
    kw.setdefault("hopen", "Awaiting review" if scen == "MF" else None)
    item("peel23", AFI, afi(tb(bi, topic)), scen, board, **kw)

# Force-only rows (not on the HMICFRS list): (board, ref, report name, published, type, text,
# done?, rag, progress, why)
FORCE_ONLY = [
    ("FEB", "4975", "PEEL Efficiency 15", D(2015, 10, 22), "AFI", afi(B[12]), False, "A",
     "Activity-based costing pilot in two LPAs; not rolled out.",
     "old PEEL 2015 AFI still open on tracker; not on the HMICFRS list -> query"),
    ("FEB", "N/A – local", "Force management statement", None, "Local",
     "FMS action - Review the digital forensics demand profile as part of the force "
     "management statement", False, "G", "FMS 5 draft due May 2025.",
     "force's own action, no HMICFRS item"),
    ("CJSB", "N/A – local", "Crime standards", None, "Local",
     "Force action - Dip-sample 50 rape and serious sexual offences crime reports each quarter "
     "and report findings to the Crime Standards Board", False, "G",
     "Q3 dip-sample done (94% compliant).", "force's own action"),
    ("PPVB", "", "Missing children improvement plan", None, "Local",
     "Force improvement plan: Agree an information-sharing protocol on missing children with the "
     "local authorities", True, "G", "Protocol signed by both upper-tier LAs.",
     "force's own action, closed by PPVB"),
    ("PCB", "6871", "PEEL Legit 16", D(2016, 12, 8), "AFI", afi(B[56]), True, "G",
     "Intranet and public site updated; Safecall contract in place.",
     "old PEEL Legitimacy 2016 AFI closed by PCB; HMICFRS list no longer holds it"),
    ("PCB", "N/A – local", "Counter-corruption", None, "Local",
     "Rewrite the counter-corruption policy and publish it on the intranet with a "
     "communications plan", False, "A", "Draft with Federation/UNISON for consultation.",
     "force's own action"),
    ("LSB", "N/A – local", "Use of force", None, "Local",
     "JAC action: Add use of force measures to the monthly Force Performance pack", False, "G",
     "Measures agreed; first pack April 2025.", "force's own action (audit committee)"),
    ("OSB", "IA 23/24-07", "Internal audit 2023/24", D(2024, 1, 15), "Audit",
     "Internal audit action: Internal audit of the firearms licensing governance arrangements "
     "(audit plan 2023/24)", False, "A", "Fieldwork complete; report due.",
     "internal audit action, not an HMICFRS item"),
]

# ---------------------------------------------------------------------------------------------
# Helpers for the force-side wording
# ---------------------------------------------------------------------------------------------
ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"Chief Constables", "CCs"),
        (r"chief constables", "CCs"), (r"Authorised Professional Practice", "APP"),
        (r"officers and staff", "officers & staff"), (r"released under investigation", "RUI"),
        (r"within six months", "within 6 months"), (r"Within three months", "Within 3 months")]


def variant(text: str, mode: str) -> str:
    if mode == "abbrev":
        for pat, rep in ABBR:
            text = re.sub(pat, rep, text)
        return text
    if mode == "misspell":
        for right, wrong in T.MISSPELLINGS.items():
            if right in text:
                return text.replace(right, wrong, 1)
        return text.replace("the", "teh", 1)
    if mode == "nostem":
        body = text.removeprefix("The force should ")
        return body[0].upper() + body[1:]
    if mode == "upper":
        return text.replace("the force should", "the Force should").replace("The force",
                                                                          "The Force")
    if mode == "quotes":
        return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return text


OPEN_PROGRESS = [
    "Delivery plan agreed; workstream lead reports to board each meeting.",
    "Policy rewrite out for consultation; publication expected Q1 2025/26.",
    "Training package built with L&D; {p}% of response officers trained to date.",
    "Dependent on Niche upgrade (regional); slipped from Dec 24.",
    "Task & Finish group meets fortnightly; action plan v3 on SharePoint.",
    "Dip-sample in Feb showed improvement; re-test in Q1 before closure is sought.",
    "Partnership protocol drafted, awaiting LA sign-off.",
]
DONE_PROGRESS = [
    "All actions complete; evidence pack presented to board.",
    "Now business as usual – monitored through the monthly performance pack.",
    "Policy published and training delivered; audit confirmed compliance.",
    "Complete. Evidence submitted to HMICFRS for closure.",
]


def rand_date(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange(max(1, (b - a).days)))


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return D(d.year + y, mo + 1, min(d.day, 28))


def board_day(d: dt.date) -> dt.date:
    """Boards meet on a Tuesday: move to the next Tuesday."""
    return d + dt.timedelta(days=(1 - d.weekday()) % 7)


def minute_ref(board: str, d: dt.date) -> str:
    """Minute refs read CODE/yy/mm.n: the meeting's month and the agenda item."""
    b = BOARDS[board]
    code = b["code"] if d >= RESTRUCTURE else b["old"]
    return f"{code}/{d.year % 100:02d}/{d.month:02d}.{rng.randint(2, 9)}"


def due_for(text: str, pub: dt.date, typ: str):
    m = re.match(r"(Within (three|six|twelve) months|Immediately|By (\w+) (\d{4})|"
                 r"Not later than (\d+) (\w+) (\d{4}))", text)
    if m:
        if m.group(2):
            return add_months(pub, {"three": 3, "six": 6, "twelve": 12}[m.group(2)])
        if m.group(1) == "Immediately":
            return "Immediate"
        if m.group(3):
            mon = dt.datetime.strptime(m.group(3)[:3], "%b").month
            return add_months(D(int(m.group(4)), mon, 1), 1) - dt.timedelta(days=1)
    if "By 31 August 2015" in text:
        return D(2015, 8, 31)
    if "By 30 November 2015" in text:
        return D(2015, 11, 30)
    if "By 31 March 2015" in text or "Not later than 31 March 2015" in text:
        return D(2015, 3, 31)
    if typ in (AFI, COC):
        return rng.choice(["No deadline set by HMICFRS", add_months(pub, 12),
                           add_months(pub, 18)])
    return rng.choice(["No deadline set", add_months(pub, 12)])


# ---------------------------------------------------------------------------------------------
# Build the HMICFRS register
# ---------------------------------------------------------------------------------------------
used_refs = set()
per_rep = {}
for it in I:
    n = per_rep.get(it["rep"], 0)
    per_rep[it["rep"]] = n + 1
    ref = BASE_REF[it["rep"]] + (0 if n == 0 else sum(rng.randint(1, 3) for _ in range(n)))
    while ref in used_refs:
        ref += 1
    used_refs.add(ref)
    it["ref"] = ref
    it["pub"] = REPORTS[it["rep"]][1]

for it in I:
    scen = it["scen"]
    if scen in ("SC", "CL") or it.get("hclosed"):
        it["hstatus"] = it.get("hclosed") or rng.choice(["Complete", "Complete", "Superseded"])
        it["hdate"] = rand_date(add_months(it["pub"], 10), D(2024, 12, 20))
    else:
        it["hstatus"] = it.get("hopen") or ("Being progressed" if it["pub"] < D(2024, 1, 1)
                                            else rng.choice(["Awaiting review",
                                                             "Being progressed"]))
        it["hdate"] = rand_date(max(it["pub"], D(2022, 1, 1)), EXPORT_DATE)
    if it["pub"] > D(2024, 1, 1) and it["hstatus"] == "Being progressed":
        it["hdate"] = rand_date(it["pub"], EXPORT_DATE)

reg = sorted(I, key=lambda x: x["ref"])
for n, it in enumerate(reg):
    it["hrow"] = f"hmicfrs.csv!{n + 2}"

# ---------------------------------------------------------------------------------------------
# Build the force rows
# ---------------------------------------------------------------------------------------------
rows_by_board: dict[str, list[dict]] = {b: [] for b in BOARD_ORDER + ["NEW"]}
decision_log: list[tuple] = []


def decide(it_or_none, board, done, pub, decision=None, suffix="", coc=False):
    """Return (decision text, board date, minute ref) for a row."""
    b = BOARDS.get(board)
    if board == "NEW":
        return "", None, ""
    if done:
        d = board_day(rand_date(add_months(pub, 8), D(2025, 2, 25)))
        if coc:
            word = "Closure ratified (FEB)"
            mref = minute_ref("FEB", d)
        else:
            word = b["close"]
            mref = minute_ref(board, d)
        return word + suffix, d, mref
    if decision == "":
        return "", None, ""
    if decision is not None:
        d = board_day(rand_date(D(2024, 6, 1), D(2025, 2, 25)))
        return decision, d, minute_ref(board, d)
    if rng.random() < 0.3:
        return "", None, ""
    d = board_day(rand_date(max(add_months(pub, 3), D(2023, 9, 1)), D(2025, 2, 25)))
    return rng.choice(b["open"]), d, minute_ref(board, d)


def force_done(scen: str, it: dict) -> bool:
    if scen in ("SC", "CS"):
        return True
    if scen == "CF":
        return it.get("fdone", it.get("ttype") == "Rec")   # the type conflict row is closed
    return False


for it in I:
    if it["scen"] == "MF":
        continue
    board = it["board"]
    done = force_done(it["scen"], it)
    rep = it.get("treport", it["rep"])
    tname, tpub = REPORTS[rep][2], REPORTS[rep][1]
    ttext = it.get("ttext") or variant(it["text"], it.get("var") or rng.choice(
        ["same", "same", "same", "quotes"]))
    tref = str(it["ref"])
    if it.get("tref") == "swap":
        s = tref
        tref = s[:-2] + s[-1] + s[-2]
        assert int(tref) not in used_refs
    elif rng.random() < 0.08 and it["scen"] in ("SO", "SC") and not it.get("why"):
        tref = ""                                   # ref never filled in
    typ = it.get("ttype") or TTYPE[it["type"]]
    texts_ = it.get("split") or [ttext]
    rags = it.get("split_rag") or [None] * len(texts_)
    for k, tx in enumerate(texts_):
        rag = rags[k] or it.get("rag") or ("G" if done else rng.choice(["G", "A", "A", "R"]))
        if board == "NEW":
            rag = ""
        dec, bdate, mref = decide(it, board, done, it["pub"], it.get("decision"),
                                  it.get("decision_suffix", ""), it.get("coc", False))
        prog = it.get("progress") if k == 0 or not it.get("split") else None
        if prog is None:
            if board == "NEW":
                prog = "Awaiting allocation."
            elif done:
                prog = rng.choice(DONE_PROGRESS)
            else:
                prog = rng.choice(OPEN_PROGRESS).format(p=rng.randint(35, 85))
        if it["scen"] == "SC" and bdate and bdate < D(2020, 1, 1) and rng.random() < 0.5:
            rag = ""                                # old closed rows: RAG cleared
        rows_by_board[board].append(dict(
            ref=tref, report=tname, pub=tpub, type=typ, text=tx,
            due=due_for(it["text"] if it.get("split") else ttext, it["pub"], it["type"]),
            owner=rng.choice(OWNERS[board]), rag=rag, progress=prog,
            decision=dec, bdate=bdate, minute=mref, hit=it, done=done,
            split=len(texts_) > 1))

for (board, ref, rname, rpub, typ, text, done, rag, prog, why) in FORCE_ONLY:
    dec, bdate, mref = decide(None, board, done, rpub or D(2023, 4, 1))
    if not done and dec == "" and rng.random() < 0.5:
        dec, bdate, mref = decide(None, board, False, rpub or D(2023, 4, 1),
                                  rng.choice(BOARDS[board]["open"]))
    rows_by_board[board].append(dict(
        ref=ref, report=rname, pub=rpub, type=typ, text=text,
        due=(add_months(rpub or D(2023, 4, 1), 12) if done
             else rng.choice([D(2025, 6, 30), D(2025, 3, 31), "Q1 25/26"])),
        owner=rng.choice(OWNERS[board]), rag=rag, progress=prog, decision=dec, bdate=bdate,
        minute=mref, hit=None, done=done, why=why, split=False))

# order inside each board: by report date, closed rows kept in place
for b, rows in rows_by_board.items():
    rows.sort(key=lambda r: (r["pub"] or D(2030, 1, 1)))

# ---------------------------------------------------------------------------------------------
# Write the tracker workbook
# ---------------------------------------------------------------------------------------------
HEAD = ["Item No.", "HMICFRS Ref", "Report", "Published", "Type",
        "Recommendation / AFI (HMICFRS wording)", "Chief Officer Lead", "Action Owner",
        "Due", "RAG", "Progress update (March 2025)", "Board decision", "Board date",
        "Minute ref"]
NCOL = len(HEAD)
FILL = {"G": "FF92D050", "A": "FFFFC000", "R": "FFFF0000"}
thin = Side(style="thin", color="FFBFBFBF")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BANNER = PatternFill("solid", fgColor="FF1F3864")
SUBBANNER = PatternFill("solid", fgColor="FFD9E1F2")
GREY = PatternFill("solid", fgColor="FFE7E6E6")
HEADFILL = PatternFill("solid", fgColor="FF8EA9DB")

wb = Workbook()
ws_sum = wb.active
ws_sum.title = "Summary"
ws = wb.create_sheet(TRACKER_SHEET)
ws_log = wb.create_sheet("Board decisions log")
ws_key = wb.create_sheet("Key")

ws["A1"] = f"{FORCE} – HMICFRS Recommendations, Causes of Concern & AFIs: Governance Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = (f"Owner: Strategic Planning & Inspection Team   |   Version 31   |   Updated "
            f"{AS_AT:%d/%m/%Y}   |   OFFICIAL")
ws["A3"] = ("Items are grouped by the board that oversees them. RAG = confidence of delivery by "
            "the due date (see Key). An item is only closed when its board has agreed closure "
            "and the decision is minuted.")
ws["A3"].font = Font(italic=True)
ws.append([])
ws.append(HEAD)
hr = ws.max_row
for c in range(1, NCOL + 1):
    cell = ws.cell(hr, c)
    cell.font = Font(bold=True)
    cell.fill = HEADFILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.border = BORDER
ws.freeze_panes = f"A{hr + 1}"

truth: list[tuple] = []
summary: list[tuple] = []
sections = BOARD_ORDER + ["NEW"]
for b in sections:
    rows = rows_by_board[b]
    r = ws.max_row + (1 if b == sections[0] else 2)     # one blank row between sections
    if b == "NEW":
        title = "AWAITING ALLOCATION TO A BOARD (new PEEL 23/24 AFIs – allocation paper to FEB " \
                "25/03/2025)"
        sub = "No lead or board yet. Do not RAG until allocated."
    else:
        bd = BOARDS[b]
        title = f"{sections.index(b) + 1}. {bd['name']}"
        sub = (f"Chair: {bd['chair']}   |   Secretariat: {bd['sec']}   |   Meets {bd['meets']}")
    ws.cell(r, 1, title).font = Font(bold=True, color="FFFFFFFF", size=12)
    for c in range(1, NCOL + 1):
        ws.cell(r, c).fill = BANNER
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    ws.cell(r + 1, 1, sub).font = Font(italic=True)
    for c in range(1, NCOL + 1):
        ws.cell(r + 1, c).fill = SUBBANNER
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=NCOL)
    n = 0
    letter = 0
    prev_hit = None
    n_open = n_closed = n_red = 0
    for row in rows:
        if row["split"] and row["hit"] is prev_hit:
            letter += 1
        else:
            n += 1
            letter = 0 if not row["split"] else 1
        prev_hit = row["hit"]
        item_no = f"{PREFIX[b]}{n:02d}" + (chr(ord('a') + letter - 1) if row["split"] else "")
        lead = "" if b == "NEW" else BOARDS[b]["lead"]
        vals = [item_no, row["ref"], row["report"], row["pub"], row["type"], row["text"],
                lead, row["owner"], row["due"], row["rag"], row["progress"], row["decision"],
                row["bdate"], row["minute"]]
        ws.append(vals)
        rr = ws.max_row
        for c in range(1, NCOL + 1):
            cell = ws.cell(rr, c)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        if row["pub"]:
            ws.cell(rr, 4).number_format = "mmm-yy"
        if isinstance(row["due"], dt.date):
            ws.cell(rr, 9).number_format = "dd/mm/yyyy"
        if row["bdate"]:
            ws.cell(rr, 13).number_format = "dd/mm/yyyy"
        if row["rag"] in FILL:
            ws.cell(rr, 10).fill = PatternFill("solid", fgColor=FILL[row["rag"]])
            ws.cell(rr, 10).alignment = Alignment(horizontal="center", vertical="top")
        if row["done"] and row["bdate"] and row["bdate"] < D(2024, 1, 1):
            for c in list(range(1, 10)) + list(range(11, NCOL + 1)):
                ws.cell(rr, c).fill = GREY
        row["rowid"] = f"{TRACKER_SHEET}!{rr}"
        row["item_no"] = item_no
        row["board"] = b
        if row["done"]:
            n_closed += 1
        else:
            n_open += 1
            n_red += row["rag"] == "R"
        if row["decision"]:
            decision_log.append((row["bdate"], b if not row["decision"].endswith("(FEB)")
                                 else "FEB", row["minute"], item_no, row["decision"], ""))
    summary.append((b, len(rows), n_closed, n_open, n_red))

WIDTHS = [9, 11, 22, 9, 10, 70, 18, 24, 14, 6, 45, 34, 11, 13]
for i, w in enumerate(WIDTHS):
    ws.column_dimensions[chr(ord("A") + i)].width = w

# history lines in the decision log (earlier deferrals of items later closed or still open)
for row in [r for b in sections for r in rows_by_board[b]]:
    if row["decision"] and row["bdate"] and rng.random() < 0.25 and row["board"] != "NEW":
        earlier = board_day(row["bdate"] - dt.timedelta(days=rng.randint(60, 200)))
        bd = row["board"]
        decision_log.append((earlier, bd, minute_ref(bd, earlier), row["item_no"],
                             rng.choice(BOARDS[bd]["open"]), "Lead to bring evidence back"))
decision_log.sort(key=lambda x: (x[0], x[3]))

ws_log.append(["Board decisions log – all HMICFRS tracker decisions as minuted (most recent "
               "decision also shown on the tracker)"])
ws_log["A1"].font = Font(bold=True, size=12)
ws_log.append([])
ws_log.append(["Meeting date", "Board", "Minute ref", "Item No.", "Decision", "Note"])
for c in range(1, 7):
    ws_log.cell(3, c).font = Font(bold=True)
    ws_log.cell(3, c).fill = HEADFILL
for rec in decision_log:
    ws_log.append(list(rec))
    ws_log.cell(ws_log.max_row, 1).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEF", [12, 8, 13, 9, 60, 30]):
    ws_log.column_dimensions[col].width = w

# Summary (typed in by the analyst for the FEB pack)
ws_sum["A1"] = "HMICFRS tracker – summary by board"
ws_sum["A1"].font = Font(bold=True, size=14)
ws_sum["A2"] = f"As at {AS_AT:%d %B %Y}. Figures taken from the '{TRACKER_SHEET}' tab."
ws_sum.append([])
ws_sum.append(["Board", "Rows on tracker", "Closed by board", "Open", "of which RED"])
for c in range(1, 6):
    ws_sum.cell(4, c).font = Font(bold=True)
    ws_sum.cell(4, c).fill = HEADFILL
for b, total, cl, op, red in summary:
    ws_sum.append([b if b != "NEW" else "Unallocated", total, cl, op, red])
ws_sum.append(["Total", sum(s[1] for s in summary), sum(s[2] for s in summary),
               sum(s[3] for s in summary), sum(s[4] for s in summary)])
ws_sum.cell(ws_sum.max_row, 1).font = Font(bold=True)
ws_sum.column_dimensions["A"].width = 16
for col in "BCDE":
    ws_sum.column_dimensions[col].width = 16

# Key
KEY = [
    ["Key and closure rules"],
    [],
    ["RAG (confidence of delivery – NOT completion)"],
    ["G", "Confident the item will be delivered by the due date / delivered and awaiting board "
          "decision"],
    ["A", "Some risk to delivery by the due date; mitigation in place"],
    ["R", "Will not be delivered by the due date, or cannot be delivered without board support"],
    ["(blank)", "Not yet allocated, or RAG cleared on closures before 2020"],
    [],
    ["Closure"],
    ["", "Only the overseeing board closes an item. A green RAG or 'Complete' in the progress "
         "column does NOT close it: the lead presents an evidence pack and the board decides."],
    ["", "Causes of concern and the recommendations that sit under them are closed only when "
         "the Force Executive Board ratifies the sub-board's recommendation."],
    ["", "Once closed the force submits the evidence to HMICFRS via the portal (Strategic "
         "Planning)."],
    [],
    ["Board", "Decision that closes an item", "Decisions that leave it open"],
]
for b in BOARD_ORDER:
    bd = BOARDS[b]
    KEY.append([b, bd["close"], "; ".join(bd["open"])])
KEY += [
    ["FEB (CoC)", "Closure ratified (FEB)",
     "Recommended to FEB for closure; Discharged by PCB – for FEB ratification"],
    [],
    ["Boards were restructured on 01/04/2021. Earlier decisions were taken by the predecessor "
     "boards and are shown against the current board: CSB = Crime Standards Board (now CJSB), "
     "SGB = Safeguarding Board (now PPVB), WFB = Workforce Board (now PCB), SSB = Stop & "
     "Search Board (now LSB)."],
    ["Rows shaded grey: closed before 2024."],
]
for line in KEY:
    ws_key.append(line)
ws_key["A1"].font = Font(bold=True, size=12)
for r in (3, 9, 14):
    ws_key.cell(r, 1).font = Font(bold=True)
ws_key.column_dimensions["A"].width = 12
ws_key.column_dimensions["B"].width = 60
ws_key.column_dimensions["C"].width = 70

wb.properties.creator = "Strategic Planning & Inspection Team"
wb.properties.created = dt.datetime(2019, 4, 2, 9, 0, 0)

OUT.mkdir(parents=True, exist_ok=True)
buf = io.BytesIO()
wb.save(buf)

# normalise the zip for a byte-identical rebuild
FIXED = dt.datetime(2025, 3, 10, 9, 0, 0)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT / "tracker.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                          rb"<dcterms:modified\1>2025-03-10T09:00:00Z</dcterms:modified>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data)

# ---------------------------------------------------------------------------------------------
# Write the HMICFRS register export
# ---------------------------------------------------------------------------------------------
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Reference", "Force", "Report title", "Publication date", "Type",
                "Recommendation", "Status", "Status date"])
    for it in reg:
        w.writerow([it["ref"], FORCE, REPORTS[it["rep"]][0], f"{it['pub']:%d/%m/%Y}",
                    it["type"], it["text"], it["hstatus"], f"{it['hdate']:%d/%m/%Y}"])

# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------
CAT = {"SO": "in_sync", "SC": "in_sync", "CS": "closeable_submit", "CL": "closeable_local",
       "CF": "conflict", "MF": "missing_from_force"}
DEFAULT_WHY = {
    "SO": "open both (HMICFRS {h}; board has not closed it)",
    "SC": "closed both (HMICFRS {h}; board decision '{d}')",
    "CS": "HMICFRS {h}; board decision '{d}' -> force done",
    "CL": "HMICFRS {h}; no closing board decision -> force open",
}
all_rows = [r for b in sections for r in rows_by_board[b]]
for it in reg:
    frs = [r for r in all_rows if r["hit"] is it]
    if not frs:
        assert it["scen"] == "MF", it
        truth.append((it["hrow"], "", "missing_from_force", it.get("why", "no tracker row")))
        continue
    for r in frs:
        why = it.get("why") or DEFAULT_WHY[it["scen"]].format(h=it["hstatus"], d=r["decision"])
        truth.append((it["hrow"], r["rowid"], CAT[it["scen"]], why))
for r in all_rows:
    if r["hit"] is None:
        truth.append(("", r["rowid"], "not_on_hmicfrs_list", r["why"]))


def rowkey(t):
    def num(s):
        return int(s.split("!")[1]) if s else 10 ** 6
    return (num(t[0]), num(t[1]))


truth.sort(key=rowkey)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# sanity: the force status stated in truth agrees with the row
for it in I:
    for r in [r for r in all_rows if r["hit"] is it]:
        closing = r["decision"].startswith(("Closure ratified", "Closure agreed",
                                            "Agreed for closure", "Signed off – close")) or \
            r["decision"] == "Discharged" or r["decision"].startswith("Discharged –")
        assert closing == r["done"], (it["text"][:50], r["decision"], r["done"])
        h_closed = it["hstatus"] in ("Complete", "Superseded")
        exp = {"SO": (False, False), "SC": (True, True), "CS": (False, True),
               "CL": (True, False)}.get(it["scen"])
        if exp:
            assert (h_closed, r["done"]) == exp, (it["text"][:60], it["hstatus"], r["decision"])

from collections import Counter  # noqa: E402
print(Counter(t[2] for t in truth))
print("HMICFRS items:", len(reg), "tracker item rows:", len(all_rows))
