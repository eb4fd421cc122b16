"""Build the `hidden_filtered_rows` evaluation case.

A force tracker as an analyst leaves it after working in Excel: AutoFilter on the header row
filtering out the Complete rows (rows saved hidden, filterColumn in the file), an older report's
items grouped and collapsed under its heading, two hidden columns, freeze panes.
The HMICFRS side is a register export (xlsx) of 57 items.

Run:  /work/main/.venv/bin/python build_hidden_filtered_rows.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps and document dates).
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
from openpyxl.worksheet.properties import Outline

SEED = 20261206
HERE = Path(__file__).resolve().parent
CASE = HERE / "hidden_filtered_rows"
TEXTS_DIR = Path("/work/main/reconcile/casegen/texts")


def load_texts():
    """Load the public-text lists (national.py, force.py, tracker.py) as a package."""
    spec = importlib.util.spec_from_file_location(
        "cgtexts", TEXTS_DIR / "__init__.py", submodule_search_locations=[str(TEXTS_DIR)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules["cgtexts"] = mod
    spec.loader.exec_module(mod)
    return mod


T = load_texts()
REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT
rng = random.Random(SEED)

FORCE, AREA, NEIGHBOUR = "Cumbria Constabulary", "Cumbria", "Lancashire Constabulary"
N = {k: v[2] for k, v in T.NATIONAL.items()}   # national items by report key


def ntext(rep, i):
    return N[rep][i][1]


# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker heading, tracker report name)
REPORTS = {
    "sas13": (T.NATIONAL["sas13"][0], dt.date(2013, 7, 9),
              "Stop & Search powers (HMIC 2013)", "Stop and Search 2013"),
    "austerity": (T.NATIONAL["austerity"][0], dt.date(2014, 7, 22),
                  "Policing in Austerity – Meeting the Challenge", "Policing in Austerity 2014"),
    "core": (T.NATIONAL["core"][0], dt.date(2014, 9, 4), "Core business", "Core Business 2014"),
    "integrity": (T.NATIONAL["integrity"][0], dt.date(2015, 1, 30),
                  "Integrity matters", "Integrity Matters 2015"),
    "sas15": (T.NATIONAL["sas15"][0], dt.date(2015, 3, 24), None, None),
    "firearms": (T.NATIONAL["firearms"][0], dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015", "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016 – older items (grouped)", "PEEL Effectiveness 2016"),
    "leg16": (None, dt.date(2016, 12, 8), "PEEL Legitimacy 2016", "PEEL Legitimacy 2016"),
    "stolen": (T.NATIONAL["stolen"][0], dt.date(2017, 10, 24),
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017", "Stolen Freedom (MSHT) 2017"),
    "efc17": (T.NATIONAL["efc17"][0], dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "PEEL Efficiency 17 (all forces)"),
    "leg17": (T.NATIONAL["leg17"][0], dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)", "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017 – Cumbria", "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19),
               "NCPI 2018", "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24),
              "Crime Data Integrity 2019", "CDI 2019"),
    "powers": (T.NATIONAL["powers"][0], dt.date(2021, 2, 26),
               "Police powers spotlight (Feb 21)", "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 12), "PEEL 2021/22", "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25",
               dt.date(2024, 5, 21), "PEEL 2023/25", "PEEL 2023/25"),
}
SECTION_ORDER = ["sas13", "austerity", "core", "integrity", "firearms", "eff16", "leg16",
                 "stolen", "efc17", "leg17", "leg17f", "ncpi18", "cdi19", "powers", "peel21",
                 "peel23"]
GROUPED = "eff16"          # collapsed outline group under its heading

FTYPE = {NAT: "National rec", REC: "Rec", AFI: "AFI", COC: "CoC"}

# --------------------------------------------------------------------------------------------
# Force-side wording helpers (what an analyst does to the texts when typing them in)
ABBR = [(r"[Ss]top and search", "S&S"), (r"Chief [Cc]onstables", "CCs"),
        (r"chief constables", "CCs"), (r"police and crime commissioners", "PCCs"),
        (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
        (r"[Ww]ithin three months", "Within 3 months"), (r"officers and staff", "officers & staff"),
        (r"national crime recording standard \(NCRS\)", "NCRS"),
        (r"modern slavery and human trafficking", "MSHT")]


def abbr(t):
    for a, b in ABBR:
        t = re.sub(a, b, t)
    return t


def nostem(t):
    """'The force should improve ...' -> 'Improve ...' (AFIs without a timescale only)."""
    m = re.match(r"^(The force|%s) should (.*)$" % re.escape(FORCE), t, re.S)
    assert m, t
    body = m.group(2)
    return body[0].upper() + body[1:]


def misspell(t):
    for right, wrong in T.MISSPELLINGS.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def clean(part):
    """A bullet as its own tracker row: no trailing '; and' or ';'."""
    return re.sub(r"\s*(;\s*and|;|\band)\s*$", "", part.strip())


def afi(body):
    return f"The force should {body}."


# --------------------------------------------------------------------------------------------
# The items. h = (type, text, status) on the HMICFRS side, or None. f = list of force rows.
# A force row: dict(text, type, status, rag, prog, ...) ; sec = tracker section (default rep).
ITEMS = []


def item(rep, h, frows, cat, why, sec=None):
    for fr in frows:
        fr.setdefault("sec", sec or rep)
    ITEMS.append(dict(rep=rep, h=h, f=frows, cat=cat, why=why))


def fr(text, ftype, status, prog=None, rag=None, ref=True, **kw):
    d = dict(text=text, type=ftype, status=status, prog=prog, rag=rag, ref=ref)
    d.update(kw)
    return d


OPEN_H = "Being progressed"

# ---- Stop and search 2013
t = ntext("sas13", 0)
item("sas13", (NAT, t, "Complete"),
     [fr(t, "National rec", "Complete", "Addressed by the national APP; force S&S policy "
         "aligned. Closed by HMIC.")],
     "in_sync", "closed on HMICFRS (Complete), Complete on the force side; force row hidden "
     "by the AutoFilter (Status = Complete)")
t = ntext("sas13", 1)
item("sas13", (NAT, t, OPEN_H),
     [fr(abbr(t), "National rec", "Complete", "S&S monitoring dashboard live since 2019, "
         "reviewed at the S&S scrutiny board. Complete.")],
     "closeable_submit", "HMICFRS still open (Being progressed); force Complete but the row is "
     "hidden by the AutoFilter (Status = Complete) - hidden is not absent")
t = ntext("sas13", 2)
item("sas13", (NAT, t, OPEN_H),
     [fr(t, "National rec", "Open", "Community scrutiny panel relaunched; youth panel still to "
         "be set up with OPCC.", rag="AMBER")],
     "in_sync", "open on both sides. Near-duplicate of the 2015 Stop and Search 2 item (ref "
     "%(sas15)s), which the force does not track: this row belongs to the 2013 report")

# ---- Policing in austerity 2014: on the tracker only (HMICFRS no longer lists it)
item("austerity", None,
     [fr(abbr(ntext("austerity", 0)), "National rec", "Complete",
         "Savings plan reviewed annually through MTFP. Closed.", ref="2107")],
     "not_on_hmicfrs_list", "tracker row (hidden by the AutoFilter) carries ref 2107, which is "
     "not on the HMICFRS list; no HMICFRS item has this text")

# ---- Core business 2014
t = ntext("core", 0)
item("core", (NAT, t, "Superseded"),
     [fr(abbr(t), "National rec", "Open", "THRIVE criteria in Comms; refresh planned with the "
         "new contact management platform.", rag="AMBER")],
     "closeable_local", "HMICFRS closed it as Superseded; force still Open. Near-duplicate "
     "wording of the CDI 2019 call-handler item: the report and timescale decide the pair")
item("core", (NAT, ntext("core", 1), OPEN_H), [], "missing_from_force",
     "HMICFRS open item with no tracker row (crime prevention recording was never added)")

# ---- Integrity matters 2015
t = ntext("integrity", 0)
item("integrity", (NAT, t, "Complete"),
     [fr(t, "National rec", "Complete", "PSD dip-sample of NFA outcomes completed; no "
         "disproportionality found.")],
     "in_sync", "closed on both sides; force row hidden by the AutoFilter")

# ---- Stop and search powers 2 (2015): only on HMICFRS
item("sas15", (NAT, ntext("sas15", 0), OPEN_H), [], "missing_from_force",
     "on HMICFRS, open, not tracked. Its text nearly repeats the 2013 item (tracker row for "
     "ref %(sas13_3)s), but that row is the 2013 item, already paired")

# ---- Firearms licensing 2015
t = ntext("firearms", 0)
item("firearms", (NAT, t, "Complete"),
     [fr("Within 3 months, CCs should assess how well the goverance of firearms licensing in "
         "the force meets the standards set out in APP ...", "National rec", "Open",
         "Governance review with FEL team; awaiting sign off by ACC.", rag="AMBER")],
     "closeable_local", "HMICFRS Complete, force still Open (abridged, misspelt wording)")
t = ntext("firearms", 1)
item("firearms", (NAT, t, OPEN_H),
     [fr(t, "National rec", "Complete", "Demand review done, two extra FEL staff recruited "
         "(2023). Complete.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
t = ntext("firearms", 2)
item("firearms", (NAT, t, OPEN_H),
     [fr(t, "National rec", "Open", "Backlog of total expired records down to 14.", rag="AMBER")],
     "in_sync", "open on both sides")
t = ntext("firearms", 3)
item("firearms", (NAT, t, "No further action required"),
     [fr(abbr(t), "National rec", "Complete", "Temporary permit process on NFLMS in place.")],
     "in_sync", "HMICFRS closed (No further action required), force Complete (hidden row)")
t = ntext("firearms", 4)
item("firearms", (NAT, t, OPEN_H),
     [fr(t, "National rec", "Proposed for closure", "STORM flag for certificate holders "
         "checked on every dispatch. Evidence pack sent to OL team.", rag="GREEN")],
     "closeable_submit", "HMICFRS open; force Proposed for closure (visible row)")

# ---- Stolen freedom 2017
t = T.SF_LEADERSHIP
bullets = t.split("\n")
t_force = "\n".join(bullets[:3] + bullets[4:])         # third bullet dropped
item("stolen", (NAT, t, OPEN_H),
     [fr(t_force, "National rec", "Open", "MSHT governance board meets quarterly; QA measures "
         "drafted.", rag="AMBER")],
     "conflict", "both open, but the tracker text is missing the bullet 'forces develop "
     "effective partnership arrangements ...' (3 of 4 bullets)")
t = ntext("stolen", 1)
t_force = ("Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible.")
item("stolen", (NAT, t, OPEN_H),
     [fr(t_force, "National rec", "Open", "ISA with Cumbria CC children's services signed; "
         "health ISA in draft.", rag="RED")],
     "conflict", "both open, but timescale differs: HMICFRS 'Within six months', tracker "
     "'Within twelve months'")
t = ntext("stolen", 2)
item("stolen", (NAT, t, "Complete"),
     [fr(t, "National rec", "Open", "CPS liaison on s45 cases; guidance to be reissued.",
         rag="AMBER")],
     "closeable_local", "HMICFRS Complete, force still Open")
t = ntext("stolen", 3)
item("stolen", (NAT, t, OPEN_H),
     [fr(t, "National rec", "Complete", "NRM SPOC in PVP; duty to notify compliance audited "
         "Q2 2024 - 100%.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
t = ntext("stolen", 4)
item("stolen", (NAT, t, OPEN_H),
     [fr(abbr(t), "National rec", "Open", "Closure rejected by HMICFRS March 2023 (audit "
         "capacity). Reopened; FCR recruiting an auditor.", rag="AMBER", old="Complete")],
     "in_sync", "open on both sides. The hidden column 'Status (2022)' still says Complete; "
     "the current Status column (Open) decides")
item("stolen", (NAT, ntext("stolen", 5), "Awaiting review"), [], "missing_from_force",
     "HMICFRS open, not in the tracker")
t = ntext("stolen", 6)
item("stolen", (NAT, t, "Complete"),
     [fr(t, "National rec", "Complete", "STPO/STRO use reviewed; 6 orders obtained 2023.")],
     "in_sync", "closed on both sides; force row hidden by the AutoFilter")
item("stolen", None,
     [fr("Task & Finish group to review the MSHT policy and report to the Force Executive "
         "Team", "Local action", "Open", "T&F group first met 3 Oct 2024.", rag="AMBER",
         ref=False)],
     "not_on_hmicfrs_list", "the force's own action under the Stolen Freedom heading; not an "
     "HMICFRS item")

# ---- PEEL efficiency 2017 national
t = ntext("efc17", 0)
item("efc17", (NAT, t, OPEN_H),
     [fr("By September 2018, CCs should produce an ambitious plan to improve "
         "digitally-enabled services within their force.", "National rec", "Open",
         "Digital strategy 2022-25 agreed; online reporting phase 2 outstanding.", rag="AMBER")],
     "in_sync", "open on both sides (tracker keeps only the first sentence)")

# ---- PEEL legitimacy 2017 national (stop and search)
leg = N["leg17"]
item("leg17", (COC, leg[0][1], OPEN_H),
     [fr(leg[0][1], "CoC", "Open", "See S&S action plan; disproportionality analysis "
         "published annually.", rag="AMBER")],
     "in_sync", "cause of concern open on both sides")
item("leg17", (NAT, leg[1][1], OPEN_H),
     [fr(leg[1][1], "National rec", "Complete", "Monthly S&S data pack covers all three "
         "bullets since July 2018.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
item("leg17", (NAT, leg[2][1], "Superseded"),
     [fr(leg[2][1], "National rec", "Complete", "Research and action plan published.")],
     "in_sync", "HMICFRS Superseded (closed), force Complete (hidden row)")
item("leg17", (NAT, leg[3][1], OPEN_H),
     [fr(leg[3][1], "National rec", "Open", "2023/24 analysis due for publication Dec 24.",
         rag="AMBER", old="Not started")],
     "in_sync", "open on both sides")
t = leg[4][1]
item("leg17", (NAT, t, "Complete"),
     [fr(abbr(t), "National rec", "Open", "Unconscious bias module on NCALT; completion 81%.",
         rag="AMBER")],
     "closeable_local", "HMICFRS Complete, force still Open")

# ---- PEEL Effectiveness 2016 (force) - collapsed outline group
g = T.BODIES
t = "HMIC recommends that the force should immediately: " + g[0] + ";"
item("eff16", (REC, t, "Superseded"),
     [fr("Review officers' capabilities & capacity to manage their investigative workload, to "
         "better understand investigative demand and pressures", "Rec", "Open",
         "Investigative demand review folded into the Op Modelling work.", rag="AMBER")],
     "closeable_local", "HMICFRS Superseded; force Open. Row hidden inside the collapsed "
     "outline group")
t = afi(g[5])
item("eff16", (AFI, t, "Complete"),
     [fr(nostem(t), "AFI", "Complete", "Supervisory review recorded on Niche; audited 2019.")],
     "in_sync", "closed on both sides; row hidden in the collapsed group (and Complete)")
t = afi(g[6])
item("eff16", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Open", "DFU backlog 212 devices; kiosks rolled out to 3 hubs.",
         rag="RED")],
     "in_sync", "open on both sides; row hidden inside the collapsed group")
t = afi(g[41])
item("eff16", (AFI, t, OPEN_H),
     [fr("Take steps to ensure effective supervision of the initial risk assessment process, "
         "specifically DASH completion in appropriate cases", "Rec", "Open",
         "DASH supervision check added to PVP QA.", rag="AMBER")],
     "conflict", "both open, but type differs: HMICFRS area for improvement, tracker 'Rec'. "
     "Row hidden inside the collapsed group")
t = ("To address this cause of concern, HMIC recommends the force should immediately "
     + g[19] + ".")
item("eff16", (REC, t, "Superseded"),
     [fr(misspell(t), "Rec", "Open", "Missing children procedure rewritten; CSE training "
         "for call takers outstanding.", rag="AMBER")],
     "closeable_local", "HMICFRS Superseded; force Open. Row hidden inside the collapsed group")
item("eff16", None,
     [fr(nostem(afi(g[18])), "AFI", "Open", "Telephone DASH stopped in Comms; resolution "
         "centre review outstanding.", rag="RED", ref=False)],
     "not_on_hmicfrs_list", "tracker row (hidden in the collapsed group) with no HMICFRS item")

# ---- PEEL legitimacy 2016 (force): only on the tracker, both rows Complete (hidden)
item("leg16", None,
     [fr(nostem(afi(g[58])), "AFI", "Complete", "OOCD policy rewritten; scrutiny panel "
         "reviews 20 disposals per quarter.", ref=False)],
     "not_on_hmicfrs_list", "tracker row hidden by the AutoFilter; no HMICFRS item has this "
     "text")
t = afi(g[25])
item("leg17f", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Complete", "Staff survey culture dashboard in place since 2018.",
         ref=False)],
     "conflict", "same text, but the tracker files it under PEEL Legitimacy 2016 (Dec 2016) "
     "while HMICFRS has PEEL: Police legitimacy 2017 (12/12/2017); also HMICFRS open vs force "
     "Complete (row hidden by the AutoFilter). Report/date disagree: conflict, not "
     "closeable_submit", sec="leg16")

# ---- PEEL legitimacy 2017 (force)
t = afi(g[10])
item("leg17f", (AFI, t, "Complete"),
     [fr(nostem(t), "AFI", "Open", "PSD NFA dip-sample annual; 2024 sample outstanding.",
         rag="AMBER")],
     "closeable_local", "HMICFRS Complete, force Open")
t = f"{FORCE} should {g[15]}."
item("leg17f", (AFI, t, OPEN_H),
     [fr(t, "AFI", "Complete", "Vetting backlog cleared March 2024. All staff hold RV.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
t = afi(g[27])
item("leg17f", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Open", "Safecall contract renewed; comms campaign Jan 25.",
         rag="AMBER")],
     "in_sync", "open on both sides")

# ---- NCPI 2018: detention of children split into four rows, all Complete (all hidden)
t = "Within six months the force should, " + g[35] + "."
parts = [clean(p) for p in g[35].split("•")[1:]]
item("ncpi18", (REC, t, OPEN_H),
     [fr(p[0].upper() + p[1:], "Rec", "Complete", prog, no_sub=i + 1)
      for i, (p, prog) in enumerate(zip(parts, [
          "Custody officers challenge all detentions of children; monthly audit.",
          "Early referral to EDT for alternative accommodation embedded.",
          "Custody record template updated (2023).",
          "AA scheme contract with Cumbria CC includes out-of-hours cover."]))],
     "closeable_submit", "one recommendation split into 4 rows (one per bullet), all Complete "
     "and all hidden by the AutoFilter; HMICFRS open: every split row closeable_submit")
t = ("Within six months the force should "
     + T.TOPIC_BODIES[1].format(t="child sexual exploitation") + ".")
item("ncpi18", (REC, t, "Complete"),
     [fr(t, "Rec", "Complete", "CSE cases allocated to MASH/CST investigators.")],
     "in_sync", "closed on both sides; force row hidden by the AutoFilter")
t = afi(T.TOPIC_BODIES[9].format(t="online child sexual abuse"))
item("ncpi18", (AFI, t, "Awaiting review"),
     [fr(nostem(t), "AFI", "Open", "POLIT capacity review with Head of Intelligence.",
         rag="AMBER")],
     "in_sync", "open on both sides")

# ---- CDI 2019: victims arrangements split into five rows, 2 Complete (hidden) + 3 Open
t = "Within three months, the force should " + T.CDI_VICTIMS_BODY + "."
cparts = [clean(p) for p in T.CDI_VICTIMS_BODY.split("•")[1:]]
cstat = ["Complete", "Complete", "Open", "Open", "Open"]
cprog = ["Victim-first message in Comms training; audited by FCR.",
         "Incident log QA by Comms supervisors - complete.",
         "Multiple-crime recording still 84% compliant (FCR audit Aug 24).",
         "Guidance issued; awaiting FCR re-audit.",
         "Online triage by Digital Desk - not yet 24/7."]
item("cdi19", (REC, t, OPEN_H),
     [fr(p[0].upper() + p[1:], "Rec", s, pr, rag=None if s == "Complete" else "AMBER",
         no_sub=i + 1)
      for i, (p, s, pr) in enumerate(zip(cparts, cstat, cprog))],
     "in_sync", "one recommendation split into 5 rows; 2 bullet rows Complete (hidden by the "
     "AutoFilter), 3 Open: the item is still open on the force side, HMICFRS open: in_sync for "
     "every split row")
t = "Immediately, the force should " + g[9] + "."
item("cdi19", (REC, t, "Complete"),
     [fr(t, "Rec", "Complete", "THRIVE+ criteria issued to all call handlers.")],
     "in_sync", "closed on both sides (hidden row). Near-duplicate wording of the Core "
     "Business 2014 item; report decides")
item("cdi19", (AFI, afi(g[14]), OPEN_H), [], "missing_from_force",
     "HMICFRS open, not in the tracker")

# ---- Disproportionate use of police powers 2021
pw = N["powers"]
item("powers", (NAT, pw[0][1], OPEN_H),
     [fr(pw[0][1], "National rec", "Open", "Communication skills input in PST from April 25.",
         rag="AMBER")],
     "in_sync", "open on both sides")
item("powers", (NAT, pw[1][1], OPEN_H),
     [fr(pw[1][1], "National rec", "Proposed for closure", "BWV debriefs in sergeants' "
         "development day; evidence submitted to OL.", rag="GREEN")],
     "closeable_submit", "HMICFRS open; force Proposed for closure (visible row)")
item("powers", (NAT, pw[2][1], OPEN_H),
     [fr(pw[2][1], "National rec", "Complete", "BWV policy mandates recording; monthly "
         "review panel; external panel access agreed.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
item("powers", (NAT, pw[3][1], OPEN_H),
     [fr(pw[3][1], "National rec", "Complete", "Not the force's responsibility to deliver; "
         "Home Office / NPCC action.", rag="WHITE")],
     "closeable_submit", "HMICFRS open; force records it WHITE / Complete (not the force's to "
     "deliver) in a row hidden by the AutoFilter: force done, so submit for closure")
item("powers", (NAT, pw[4][1], "Awaiting review"),
     [fr(pw[4][1], "National rec", "Open", "Use of force dashboard in build.", rag="AMBER")],
     "in_sync", "open on both sides")
item("powers", None,
     [fr("Local action: Deliver refresher training on S&S to all response and neighbourhood "
         "officers", "Local action", "Complete", "Delivered on PST day 2023.", ref=False)],
     "not_on_hmicfrs_list", "force's own action, Complete and hidden by the AutoFilter")

# ---- PEEL 2021/22
TB = T.TOPIC_BODIES
t = afi(TB[5].format(t="anti-social behaviour"))
item("peel21", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Open", "ASB recording audit by FCR Q3.", rag="AMBER")],
     "in_sync", "open on both sides")
item("peel21", (AFI, T.CONTROL_ROOM, OPEN_H),
     [fr(nostem(T.CONTROL_ROOM), "AFI", "Proposed for closure", "Comms uplift of 18 FTE "
         "complete; wellbeing offer in place.", rag="GREEN")],
     "closeable_submit", "HMICFRS open; force Proposed for closure (visible row)")
t = afi(TB[12].format(t="stalking and harassment"))
item("peel21", (AFI, t, OPEN_H),
     [fr(t, "Area for Improvement", "Open", "VCOP compliance checks in DA/stalking unit.",
         rag="AMBER")],
     "in_sync", "open on both sides; tracker types it 'Area for Improvement' (same type)")
t = afi(g[29])
item("peel21", (AFI, t, "Complete"),
     [fr(nostem(t), "AFI", "Open", "HR system diversity fields being cleansed.", rag="AMBER")],
     "closeable_local", "HMICFRS Complete, force Open")
t = afi(g[22])
item("peel21", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Complete", "Risk register reviewed monthly at FET since 2023.")],
     "closeable_submit", "HMICFRS open; force Complete in a row hidden by the AutoFilter")
t = afi(g[30])
item("peel21", (AFI, t, OPEN_H),
     [fr(nostem(t), "AFI", "Open", "Prevention strategy draft at FET Jan 25.", rag="AMBER")],
     "in_sync", "open on both sides")
t = afi(TB[6].format(t="serious and organised crime"))
item("peel21", (AFI, t, "Superseded"),
     [fr(nostem(t), "AFI", "Complete", "SOC STRA drives control strategy 2023.")],
     "in_sync", "HMICFRS Superseded (closed), force Complete (hidden row)")
item("peel21", None,
     [fr("Force action - Add stalking and harassment measures to the monthly Force "
         "Performance pack", "Local action", "Open", "Measures agreed; pack from Jan 25.",
         rag="AMBER", ref=False)],
     "not_on_hmicfrs_list", "force's own action")

# ---- PEEL 2023/25
for body, fstat, prog in [
        (TB[0].format(t="violence against women and girls"), "Open",
         "VAWG problem profile commissioned."),
        (TB[4].format(t="vulnerable adults"), "Open", "Vulnerability training in PDR cycle."),
        (TB[14].format(t="rape and serious sexual offences"), None, None),
        (g[51], "Open", "Investigation standards board set up."),
        (g[56], "Open", "Intranet page drafted with PSD.")]:
    t = afi(body)
    if fstat is None:
        item("peel23", (AFI, t, "Awaiting review"), [], "missing_from_force",
             "new PEEL 2023/25 AFI not yet added to the tracker")
    else:
        item("peel23", (AFI, t, "Awaiting review"),
             [fr(nostem(t), "AFI", fstat, prog, rag="AMBER")],
             "in_sync", "open on both sides")
item("peel23", None,
     [fr("JAC action: Internal audit of the VAWG governance arrangements (audit plan "
         "2023/24)", "Local action", "Open", "Audit fieldwork Jan 25.", rag="AMBER",
         ref=False)],
     "not_on_hmicfrs_list", "JAC's own action, not an HMICFRS item")

# --------------------------------------------------------------------------------------------
# HMICFRS register: assign references (plain integers, rising with publication)
REF_BASE = {"sas13": 1102, "core": 2318, "integrity": 3004, "sas15": 3391, "firearms": 4410,
            "eff16": 6120, "stolen": 8002, "efc17": 8410, "leg17": 8535, "leg17f": 8560,
            "ncpi18": 9120, "cdi19": 10240, "powers": 11820, "peel21": 12950, "peel23": 14310}
hitems = [it for it in ITEMS if it["h"]]
hitems.sort(key=lambda it: (REPORTS[it["rep"]][1], REF_BASE[it["rep"]]))
nxt = dict(REF_BASE)
for it in sorted(hitems, key=lambda it: REF_BASE[it["rep"]]):
    it["ref"] = nxt[it["rep"]]
    nxt[it["rep"]] += rng.choice([1, 1, 1, 2, 3])
hitems.sort(key=lambda it: it["ref"])


def status_date(pub, status):
    lo = max(pub + dt.timedelta(days=120), dt.date(2019, 1, 1) if status != "Awaiting review"
             else pub)
    hi = dt.date(2024, 10, 31)
    if lo > hi:
        lo = pub
    return lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))


for it in hitems:
    it["hdate"] = status_date(REPORTS[it["rep"]][1], it["h"][2])

for it in ITEMS:
    for f in it["f"]:
        if f.get("ref") is True and it["h"]:
            f["ref"] = it["ref"]
        elif f.get("ref") is True:
            f["ref"] = None
        elif f.get("ref") is False:
            f["ref"] = None
        else:
            f["ref"] = int(f["ref"])
# the analyst never filled the ref on a few rows (plus local actions and leg16 rows)
blank_ref = {("sas13", 2), ("eff16", 1), ("eff16", 2), ("firearms", 3), ("peel21", 2),
             ("peel23", 1)}
counters = {}
for it in ITEMS:
    if not it["h"]:
        continue
    counters[it["rep"]] = counters.get(it["rep"], 0) + 1
    if (it["rep"], counters[it["rep"]]) in blank_ref:
        for f in it["f"]:
            f["ref"] = None

# --------------------------------------------------------------------------------------------
# Write hmicfrs.xlsx
CASE.mkdir(parents=True, exist_ok=True)
FIXED = dt.datetime(2024, 11, 11, 9, 0, 0)
hwb = Workbook()
hws = hwb.active
hws.title = "Register"
hhead = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation text",
         "Status", "Status date"]
hws.append(hhead)
for c in hws[1]:
    c.font = Font(bold=True)
for i, it in enumerate(hitems):
    r = i + 2
    title, pub = REPORTS[it["rep"]][0], REPORTS[it["rep"]][1]
    htype, htext, hstat = it["h"]
    hws.append([it["ref"], FORCE, title, pub, htype, htext, hstat, it["hdate"]])
    hws.cell(r, 4).number_format = "dd/mm/yyyy"
    hws.cell(r, 8).number_format = "dd/mm/yyyy"
    hws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    it["hrow"] = f"Register!{r}"
for col, w in zip("ABCDEFGH", [11, 22, 50, 14, 24, 90, 22, 12]):
    hws.column_dimensions[col].width = w
hws.freeze_panes = "A2"
hws.auto_filter.ref = f"A1:H{len(hitems) + 1}"

# --------------------------------------------------------------------------------------------
# Write tracker.xlsx
LEADS = [x for x in T.LEADS if x]
_pp, _cid, _psd = "Ch Supt Public Protection", "Det Ch Supt Force CID", "Head of Professional Standards"
SECTION_LEADS = {
    "sas13": ["ACC Local Policing", "Head of Learning & Development", "C/Supt Bell"],
    "leg17": ["ACC Local Policing", "Head of Learning & Development", "C/Supt Bell"],
    "powers": ["ACC Local Policing", "Head of Learning & Development", "C/Supt Bell", _psd],
    "austerity": ["Director of Finance", "Head of Corporate Development"],
    "efc17": ["Head of Corporate Development", "DCC"],
    "core": ["Force Crime Registrar", "Supt Contact Centre"],
    "cdi19": ["Force Crime Registrar", "Supt Contact Centre"],
    "integrity": [_psd, "DCC"], "leg16": [_psd, "Director of People", "Head of Criminal Justice"],
    "leg17f": [_psd, "Director of People"], "firearms": ["Supt Firearms Licensing"],
    "eff16": [_cid, _pp, "ACC Crime"], "stolen": [_pp, "Head of Intelligence", _cid],
    "ncpi18": ["Ch Insp Custody", _pp, "Head of Intelligence"],
}
FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF"}
wb = Workbook()
ws = wb.active
ws.title = "Tracker"
ws["A1"] = f"{FORCE} – HMICFRS Recommendations and Areas for Improvement Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Organisational Learning & Risk · last updated 11/11/2024 for JAC 10 December 2024"
ws["A2"].font = Font(italic=True)
HEAD = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
        "Lead officer", "Status (2022)", "RAG", "Status", "Progress update",
        "Date submitted for closure", "Lookup key"]
HR = 4
for j, h in enumerate(HEAD, 1):
    c = ws.cell(HR, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="center")

frows_by_sec = {s: [] for s in SECTION_ORDER}
for it in ITEMS:
    for f in it["f"]:
        f["item"] = it
        frows_by_sec[f["sec"]].append(f)

r = HR + 1
no = 0
filter_hidden, group_rows, heading_rows = [], [], []
code = {"sas13": "SS13", "austerity": "AUST14", "core": "CORE14", "integrity": "INT15",
        "firearms": "FEL15", "eff16": "EFF16", "leg16": "LEG16", "stolen": "MSHT17",
        "efc17": "EFC17", "leg17": "LEG17N", "leg17f": "LEG17", "ncpi18": "NCPI18",
        "cdi19": "CDI19", "powers": "POW21", "peel21": "PEEL21", "peel23": "PEEL23"}
for sec in SECTION_ORDER:
    rows = frows_by_sec[sec]
    if not rows:
        continue
    _, pub, heading, tname = REPORTS[sec]
    c = ws.cell(r, 1, heading)
    c.font = Font(bold=True)
    for j in range(1, len(HEAD) + 1):
        ws.cell(r, j).fill = PatternFill("solid", fgColor="D9D9D9")
    heading_rows.append(r)
    head_r = r
    r += 1
    first = r
    last_no = None
    for f in rows:
        it = f["item"]
        if f.get("no_sub"):
            if f["no_sub"] == 1:
                no += 1
            label = f"{no}.{f['no_sub']}"
        else:
            no += 1
            label = no
        status = f["status"]
        rag = f["rag"] or ("GREEN" if status in ("Complete", "Proposed for closure") else "AMBER")
        rep_pub = pub
        ftype = f["type"]
        # date submitted for closure: Proposed rows in 2024; Complete rows at some point
        # after publication (a few closeable ones never formally submitted)
        if status == "Proposed for closure":
            sub = dt.date(2024, rng.randint(7, 10), rng.randint(1, 28))
        elif status == "Complete":
            lo = max(pub + dt.timedelta(days=180), dt.date(2018, 1, 1))
            sub = lo + dt.timedelta(days=rng.randrange((dt.date(2024, 10, 31) - lo).days))
            if it["cat"] == "closeable_submit" and rng.random() < 0.3:
                sub = None
        else:
            sub = None
        # hidden 'Status (2022)': what the row said at the 2022 refresh
        if pub.year > 2022:
            old = None
        elif "old" in f:
            old = f["old"]
        elif status == "Complete":
            old = "Complete" if (sub and sub.year <= 2022) else "Open"
        elif status == "Proposed for closure":
            old = "Open"
        else:
            old = rng.choice(["Open", "Open", "Not started"]) if pub.year >= 2021 else "Open"
        lead = rng.choice(SECTION_LEADS.get(sec, LEADS))
        vals = [label, f["ref"], tname, rep_pub, ftype, f["text"], lead, old, rag, status,
                f["prog"], sub, f"{code[sec]}|{label}"]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 4).number_format = "mmm-yy"
        ws.cell(r, 12).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 11).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[rag])
        f["row"] = r
        if sec == GROUPED:
            group_rows.append(r)
        elif status == "Complete":
            filter_hidden.append(r)
            ws.row_dimensions[r].hidden = True
        r += 1
    if sec == GROUPED:
        ws.row_dimensions.group(first, r - 1, outline_level=1, hidden=True)
        ws.row_dimensions[head_r].collapsed = True
last = r - 1

ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
ws.sheet_format.outlineLevelRow = 1
ws.auto_filter.ref = f"A{HR}:M{last}"
ws.auto_filter.add_filter_column(9, ["Open", "Proposed for closure"], blank=True)
ws.column_dimensions["H"].hidden = True
ws.column_dimensions["M"].hidden = True
for col, w in zip("ABCDEFGHIJKLM", [7, 10, 26, 10, 13, 80, 24, 13, 9, 19, 50, 14, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "D5"


# --------------------------------------------------------------------------------------------
def save_fixed(wb, path):
    """Save with fixed document dates and zip timestamps so rebuilds are byte-identical."""
    wb.properties.creator = "Organisational Learning"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-11T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(hwb, CASE / "hmicfrs.xlsx")
save_fixed(wb, CASE / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# truth.csv
subs = {"sas15": None, "sas13_3": None}
for it in hitems:
    if it["rep"] == "sas15":
        subs["sas15"] = it["ref"]
    if it["rep"] == "sas13" and it["h"][1] == ntext("sas13", 2):
        subs["sas13_3"] = it["ref"]
lines = []
for it in ITEMS:
    hrow = it.get("hrow", "")
    why = it["why"] % subs if "%(" in it["why"] else it["why"]
    if not it["f"]:
        lines.append((hrow, "", it["cat"], why))
    for f in it["f"]:
        lines.append((hrow, f"Tracker!{f['row']}", it["cat"], why))


def sort_key(line):
    h, f = line[0], line[1]
    return (int(f.split("!")[1]) if f else 10_000, int(h.split("!")[1]) if h else 0)


lines.sort(key=sort_key)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# facts the README quotes (printed only)
with io.StringIO() as fh:
    fh.write(f"header row {HR}; item rows {HR + 1}..{last}; headings {heading_rows}\n")
    fh.write(f"filter-hidden rows {filter_hidden}\n")
    fh.write(f"group rows (collapsed, hidden) {group_rows}\n")
    cats = {}
    for ln in lines:
        cats[ln[2]] = cats.get(ln[2], 0) + 1
    fh.write(f"truth lines per category {cats}\n")
    fh.write(f"hmicfrs items {len(hitems)}; force item rows "
             f"{sum(len(it['f']) for it in ITEMS)}\n")
    print(fh.getvalue())
