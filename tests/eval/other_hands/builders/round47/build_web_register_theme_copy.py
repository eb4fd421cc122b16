"""Build the evaluation case ``web_register_theme_copy`` (round 47, folder themelike/).

HMICFRS side: Warwickshire Police's list as the force liaison officer copied it, in March 2019,
from the old public HMICFRS recommendations register (theme listing pages
``/hmicfrs/?recommendation-theme=<theme>`` and the one-page-per-recommendation records) into
Excel, one tab per theme (the long "harm" theme over two tabs, one per listing page).
Force side: the force's ordinary tracker (xlsx).

Run:  /work/main/.venv/bin/python build_web_register_theme_copy.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip times).
"""

from __future__ import annotations

import csv
import importlib.util
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

# Load the casegen text lists (real OGL texts) as a stand-alone package, without importing
# the rest of reconcile and without writing bytecode under /work/main.
sys.dont_write_bytecode = True
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location("casegen_texts", _TEXTS / "__init__.py",
                                               submodule_search_locations=[str(_TEXTS)])
_texts = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _texts
_spec.loader.exec_module(_texts)
ABBREVIATIONS, BODIES, CAUSES = _texts.ABBREVIATIONS, _texts.BODIES, _texts.CAUSES
EVERYONE_PLAN, FIREARMS, LOCAL_ACTIONS = _texts.EVERYONE_PLAN, _texts.FIREARMS, _texts.LOCAL_ACTIONS
NATIONAL, SAS_MONITORING_2017 = _texts.NATIONAL, _texts.SAS_MONITORING_2017
SF_LEADERSHIP, TOPIC_BODIES = _texts.SF_LEADERSHIP, _texts.TOPIC_BODIES

SEED = 4719
CASE = "web_register_theme_copy"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")

FORCE = "Warwickshire Police"
SLUG = "warwickshire"
AREA = "Warwickshire"
NEIGHBOUR = "West Mercia Police"
COPY_DATE = dt.date(2019, 3, 11)
FIXED_TS = dt.datetime(2019, 3, 11, 9, 0, 0)

rng = random.Random(SEED)


def body(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def topic(prefix: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{t}", t)


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def real(i: int) -> str:
    return REAL.loc[i, "text"]


# ---------------------------------------------------------------- reports
# key -> (label on the register listing page, publication date, tracker name, national?)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", True),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business", True),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", True),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", True),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015", True),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2", True),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", True),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015", True),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", True),
    "efc17": ("PEEL: police efficiency 2017", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", True),
    "leg17": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", True),
    # Warwickshire's own reports
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 9, 18), "CDI 2014", False),
    "ncpi15": ("National child protection inspection 2015", dt.date(2015, 6, 11),
               "NCPI 2015", False),
    "pefc15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 20), "PEEL Efficiency 2015",
               False),
    "peef15": ("PEEL: Police effectiveness 2015", dt.date(2016, 2, 25), "PEEL Eff 15", False),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 22),
              "Crime Data Integrity 2016", False),
    "pefc16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 16", False),
    "pele16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legitimacy 2016",
               False),
    "peef16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
               False),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 29),
               "Child protection inspection 2017", False),
    "pefc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "Efficiency 2017 (PEEL)",
               False),
    "pele17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legit 17", False),
    "peef17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL: Effectiveness 2017",
               False),
}

COC_INVEST = CAUSES[2]
COC_DA = real(21)  # "The force's current approach to domestic abuse is unacceptable..."
COC_MISSING = CAUSES[1]
COC_DASH = CAUSES[0]
COC_VETTING = CAUSES[4].replace("{force}", FORCE)
COC_ALLIANCE = CAUSES[5].replace("{neighbour}", NEIGHBOUR)
COC_SAS17 = NATIONAL["leg17"][2][0][1]

MISSING_KIDS = ("To address this cause of concern the force should immediately review its "
                "approach to reports of missing children and take steps to ensure that:\n"
                "• call takers understand and use the missing and absent category "
                "appropriately;\n"
                "• call takers and frontline staff have the necessary knowledge to identify risk "
                "factors associated with child sexual exploitation and how to respond to such "
                "cases; and\n"
                "• supervisors provide the correct oversight of missing person enquiries and "
                "direct appropriate and timely investigative and safeguarding action.")
CDI_VICTIMS = "Within six months the force should " + body("put in place arrangements to ensure") + "."
DETENTION = "Within six months Warwickshire Police should, " + body("in conjunction with children") + "."

# ---------------------------------------------------------------- items
# Each HMICFRS item: id, report, theme tab, text, optional cause of concern, final register
# status, category, and the force side ("f"): None = not on the tracker.
# f keys: st (done/open), mode (verbatim/nostem/abbrev/summary text), ref style, report/
# published overrides, split (list of (text, done?)).
I = []


def item(iid, rep, theme, text, hs, cat, f=None, coc=None, comment=None, why=""):
    I.append(dict(id=iid, rep=rep, theme=theme, text=text, coc=coc, hs=hs, cat=cat, f=f,
                  comment=comment, why=why))


D, O = "done", "open"
# national ----------------------------------------------------------------
item(1201, "sas13", "stop-search", nat("sas13", 0), "complete", "in_sync", dict(st=D, mode="verbatim"))
item(1202, "sas13", "stop-search", nat("sas13", 1), "complete", "in_sync", dict(st=D, mode="abbrev"))
item(1203, "sas13", "stop-search", nat("sas13", 2), "complete", "closeable_local",
     dict(st=O, mode="abbrev", progress="Community scrutiny panel terms of reference being "
          "refreshed with the OPCC; youth representation still to be agreed."))
item(2321, "everyone", "harm pg2", EVERYONE_PLAN, "complete", "in_sync",
     dict(st=D, mode="Publish a DA action plan setting out in detail the steps we will take to "
          "improve our approach to domestic abuse (consult PCC, support organisations & victims' "
          "reps; consider all report recs, DHRs & IPCC findings; CPS scrutiny panels & MARAC "
          "self-assessments)", ref="none"),
     comment="superseded")
item(4601, "austerity", "plan", nat("austerity", 0), "complete", "in_sync",
     dict(st=D, mode="Review savings plans - continue to reduce crime & protect the front line "
          "while balancing the budget; use HMIC VfM profiles in the review"))
item(4602, "austerity", "plan", nat("austerity", 1), "being-progressed", "missing_from_force")
item(4603, "austerity", "plan", nat("austerity", 2), "complete", "in_sync", dict(st=D, mode="verbatim"))
item(4604, "austerity", "plan", nat("austerity", 3), "being-progressed", "closeable_submit",
     dict(st=D, mode="abbrev"))
item(4822, "core", "crime-recording", nat("core", 0), "awaiting-review", "closeable_submit",
     dict(st=D, mode="verbatim"), comment="reviewing")
item(4823, "core", "crime-recording", nat("core", 1), "being-progressed", "conflict",
     dict(st=O, mode=nat("core", 1).replace("By 31 March 2015", "By 31 March 2016"), ref="none"),
     why="deadline differs: register 'By 31 March 2015', tracker 'By 31 March 2016'")
item(902, "integrity", "misconduct", nat("integrity", 0), "complete", "in_sync",
     dict(st=D, mode="Satisfy ourselves that misconduct investigations (officers & staff) ending "
          "in 'no further action' are fair and free of any form of discrimination"))
item(5310, "sas15", "stop-search", nat("sas15", 0), "complete", "closeable_local",
     dict(st=O, mode="verbatim"), comment="complete")
item(6010, "picture", "crime-recording", nat("picture", 0), "being-progressed", "in_sync",
     dict(st=O, mode="abbrev"))
item(6420, "firearms", "firearms", nat("firearms", 0), "complete", "in_sync", dict(st=D, mode="verbatim"))
item(6421, "firearms", "firearms", FIREARMS, "being-progressed", "conflict",
     dict(st=O, mode="Within 6 months, assess the demand placed on our firearms licensing dept & "
          "ensure it has the capacity to meet this demand and provide an efficient & effective "
          "service at all times"),
     why="timescale differs: register 'Within three months', tracker 'Within 6 months'")
item(6422, "firearms", "firearms", nat("firearms", 2), "complete", "in_sync", dict(st=D, mode="verbatim"))
item(6423, "firearms", "firearms", nat("firearms", 3), "being-progressed", "closeable_submit",
     dict(st=D, mode="abbrev"))
item(6424, "firearms", "firearms", nat("firearms", 4), "being-progressed", "missing_from_force")
item(8311, "stolen", "harm", SF_LEADERSHIP, "being-progressed", "in_sync",
     dict(split=[
         ("Within 12 months review MSHT leadership & governance to ensure senior leaders "
          "prioritise the response to MSHT", True),
         ("Within 12 months review MSHT leadership & governance to ensure every incident of MSHT "
          "identified to police is allocated appropriate resources with the skills, experience "
          "and capacity to investigate it effectively", False),
         ("Within 12 months review MSHT leadership & governance to ensure effective partnership "
          "arrangements to co-ordinate activity in order to share information and safeguard "
          "victims", True),
         ("Within 12 months review MSHT leadership & governance to ensure performance and QA "
          "measures allow senior leaders to assess the nature and quality of the service "
          "provided to victims", False)]),
     why="split into 4 tracker rows (one per bullet); 2 complete, 2 in progress, so the "
         "recommendation is still open on the force side; open on the register too")
item(8312, "stolen", "harm", nat("stolen", 1), "being-progressed", "closeable_submit",
     dict(st=D, mode="abbrev"))
item(8313, "stolen", "harm", nat("stolen", 2), "being-progressed", "in_sync", dict(st=O, mode="verbatim"))
item(8314, "stolen", "harm", nat("stolen", 3), "complete", "closeable_local", dict(st=O, mode="abbrev"))
item(8315, "stolen", "harm", nat("stolen", 4), "being-progressed", "in_sync", dict(st=O, mode="abbrev"))
item(8316, "stolen", "harm", nat("stolen", 5), "being-progressed", "missing_from_force")
item(8317, "stolen", "harm", nat("stolen", 6), "awaiting-review", "closeable_submit",
     dict(st=D, mode="verbatim"))
item(8402, "efc17", "plan", nat("efc17", 0), "being-progressed", "in_sync",
     dict(st=O, mode="Produce an ambitious plan to improve digitally-enabled services (Digital "
          "Policing Programme) - national framework from HO / NPCC / APCC awaited"))
item(8541, "leg17", "stop-search", SAS_MONITORING_2017, "being-progressed", "closeable_submit",
     dict(st=D, mode="abbrev"), coc=COC_SAS17)
item(8542, "leg17", "stop-search", nat("leg17", 2), "being-progressed", "in_sync", dict(st=O, mode="verbatim"))
item(8543, "leg17", "stop-search", nat("leg17", 3), "complete", "closeable_local",
     dict(st=O, mode="verbatim", progress="Annual S&S analysis for 2018 drafted; publication on "
          "the website planned for April."))
item(8544, "leg17", "stop-search", nat("leg17", 4), "being-progressed", "in_sync", dict(st=O, mode="abbrev"))
# Warwickshire's own ---------------------------------------------------------
item(4105, "cdi14", "crime-recording", "Within three months, the force should " + body("revise its approach to cautions") + ".",
     "complete", "in_sync",
     dict(st=D, mode="Cautions / cannabis warnings / PNDs - clear auditable explanation to the "
          "offender and auditable record that the victim's views were considered before issue"))
item(4106, "cdi14", "crime-recording", "Within six months the force should " + body("improve its use of its crime-recording") + ".",
     "complete", "in_sync", dict(st=D, mode="nostem"), comment="authorised")
item(4107, "cdi14", "crime-recording", "Immediately, the force should " + topic("make sure it records", "rape and serious sexual offences") + ".",
     "complete", "closeable_local", dict(st=O, mode="nostem"))
item(5540, "ncpi15", "harm pg2", DETENTION, "being-progressed", "closeable_submit",
     dict(split=[
         ("Detention of children - only detain children when absolutely necessary and for the "
          "absolute minimum amount of time (with children's social care)", True),
         ("Detention of children - custody staff to assess at an early stage a child's need for "
          "alternative accomodation (secure or otherwise) and work with CSC on the best option",
          True),
         ("Detention of children - custody staff to record all actions taken & decisions made on "
          "the relevant documentation", True),
         ("Detention of children - improve timeliness of appropriate adult support for children "
          "who are arrested", True)]),
     why="split into 4 tracker rows (one per bullet), all complete; register still "
         "being-progressed")
item(5541, "ncpi15", "harm pg2", "Immediately, the force should " + body("conduct a review, involving its partners") + ".",
     "complete", "in_sync", dict(st=D, mode="nostem"))
item(5542, "ncpi15", "harm pg2", "Within three months, the force should " + topic("improve how it works with partner", "child sexual exploitation") + ".",
     "complete", "in_sync", dict(st=D, mode="abbrev"))
item(5543, "ncpi15", "harm pg2", "Within six months the force should " + topic("make sure officers and staff have the training", "online child sexual abuse") + ".",
     "complete", "closeable_local", dict(st=O, mode="verbatim"))
item(6205, "peef15", "investigation", "HMIC recommends that the force should immediately: " + body("conduct a review of officers") + ";",
     "complete", "in_sync", dict(st=D, mode="nostem"), coc=COC_INVEST, comment="superseded")
item(6206, "peef15", "investigation", "HMIC recommends that within six months the force should: " + body("ensure regular and active supervision") + ";",
     "complete", "closeable_local", dict(st=O, mode="nostem"), coc=COC_INVEST)
item(6207, "peef15", "investigation", "HMIC recommends that within six months the force should: " + body("improve its ability to retrieve") + ";",
     "being-progressed", "in_sync", dict(st=O, mode="verbatim"), coc=COC_INVEST)
item(6208, "peef15", "investigation", "HMIC recommends that within six months the force should: " + body("improve its understanding of suspects") + ".",
     "being-progressed", "conflict",
     dict(st=O, mode="nostem", ref="plain", report="PEEL Effectiveness 2016", published="Mar-17",
          file_under="peef16"),
     coc=COC_INVEST,
     why="report differs: register 'PEEL: Police effectiveness 2015' (pub Feb 2016), tracker "
         "files it under PEEL Effectiveness 2016, published Mar-17; same ref 6208 and text")
item(7211, "cdi16", "crime-recording", CDI_VICTIMS, "being-progressed", "conflict",
     dict(st=D, mode=re.sub(r";? and$", ".", CDI_VICTIMS.split("\n• online reports")[0])),
     why="tracker text drops the fifth bullet (online reports triaged at the point of receipt); "
         "force says complete, register open")
item(7212, "cdi16", "crime-recording", "Within three months, the force should " + topic("make sure it records", "hate crime") + ".",
     "complete", "in_sync", dict(st=D, mode="verbatim"))
item(7213, "cdi16", "crime-recording", "Within three months, the force should " + topic("make sure it records", "stalking and harassment") + ".",
     "being-progressed", "closeable_submit", dict(st=D, mode="abbrev"))
item(7481, "pefc16", "plan", "Within six months the force should " + body("ensure that it has sufficient resources") + ".",
     "being-progressed", "in_sync", dict(st=O, mode="nostem"))
item(7482, "pefc16", "plan", "HMIC recommends that the force should immediately: " + body("expand the skills project") + ";",
     "complete", "in_sync",
     dict(st=D, mode="Expand skills project to all skills (not only operational) incl. future "
          "skills requirements - to inform workforce plans"))
item(7530, "pele16", "misconduct", "The force should " + body("ensure all staff have received") + ".",
     "being-progressed", "closeable_submit",
     dict(st=D, mode="Clear vetting backlog and renewals - all staff to hold at least the lowest "
          "level of vetting for their role (national vetting guidelines)"), coc=COC_VETTING)
item(7531, "pele16", "misconduct", "Within six months the force should " + body("make sure it provides a confidential") + ".",
     "complete", "in_sync", dict(st=D, mode="nostem"))
item(7532, "pele16", "stop-search", "Within three months, the force should " + body("comply with the code of practice") + ".",
     "complete", "closeable_local", dict(st=O, mode="verbatim"))
item(7702, "peef16", "harm pg2", real(22), "complete", "in_sync", dict(st=D, mode="abbrev"), coc=COC_DA, comment="complete")
item(7703, "peef16", "harm pg2", real(23), "being-progressed", "in_sync", dict(st=O, mode="verbatim"), coc=COC_DA)
item(7704, "peef16", "harm pg2", real(24), "complete", "in_sync", dict(st=D, mode="abbrev"), coc=COC_DA)
item(7705, "peef16", "harm pg2", MISSING_KIDS, "being-progressed", "closeable_submit",
     dict(st=D, mode="abbrev"), coc=COC_MISSING)
item(7706, "peef16", "harm pg2", "To address this cause of concern, HMIC recommends the force should immediately " + body("take steps to ensure that there is effective supervision") + ".",
     "being-progressed", "conflict", dict(st=O, mode="nostem", ref="typo7760"), coc=COC_DASH,
     why="reference differs: tracker 'HMIC ref 7760' (digits swapped; no 7760 on the list); "
         "report and text are 7706")
item(8021, "ncpi17", "harm", "Within six months the force should " + topic("make sure it consistently uses ancillary", "child sexual exploitation") + ".",
     "being-progressed", "in_sync", dict(st=O, mode="verbatim"))
item(8022, "ncpi17", "harm", "Within three months, the force should " + topic("improve how it gathers", "missing children") + ".",
     "complete", "closeable_local", dict(st=O, mode="nostem"))
item(8023, "ncpi17", "harm", "Within twelve months, the force should " + topic("improve the way it manages the risk", "registered sex offenders") + ".",
     "being-progressed", "closeable_submit", dict(st=D, mode="verbatim"))
item(8388, "pefc17", "plan", "HMICFRS recommends that the force should immediately:" + body("clearly define its new operating model") + "; and",
     "being-progressed", "in_sync", dict(st=O, mode="nostem"), coc=COC_ALLIANCE)
item(8389, "pefc17", "plan", "HMICFRS recommends that the force should immediately:" + body("agree arrangements with") + "; and",
     "being-progressed", "closeable_submit",
     dict(st=D, mode="Agree arrangements with West Mercia for a smooth transition to our future "
          "operating model after the alliance ends - no disruption to public services"),
     coc=COC_ALLIANCE)
item(8390, "pefc17", "plan", "HMICFRS recommends that the force should immediately:" + body("improve its arrangements both to consult") + ".",
     "being-progressed", "missing_from_force", coc=COC_ALLIANCE)
item(8562, "pele17", "misconduct", "Within twelve months, the force should " + body("review the support available") + ".",
     "complete", "closeable_local", dict(st=O, mode="verbatim"))
item(8563, "pele17", "misconduct", "Within six months the force should " + body("review how it gathers and uses equality") + ".",
     "being-progressed", "closeable_submit", dict(st=D, mode="nostem"))
item(8702, "peef17", "investigation", "Within six months the force should " + body("improve the supervision of investigations") + ".",
     "awaiting-review", "in_sync", dict(st=O, mode="verbatim"))
item(8703, "peef17", "investigation", "Within six months the force should " + topic("make sure it has enough specialist", "rape and serious sexual offences") + ".",
     "awaiting-review", "missing_from_force")
item(8704, "peef17", "investigation", "Within six months the force should " + topic("make sure victims of", "repeat victims").replace("victims of repeat victims", "repeat victims") + ".",
     "being-progressed", "closeable_submit",
     dict(st=D, mode="Keep repeat victims informed about the progress of their case, in line with "
          "the Victims' Code"))
item(8705, "peef17", "investigation", "Within twelve months, the force should " + topic("make sure its performance framework", "violence against women and girls") + ".",
     "being-progressed", "in_sync", dict(st=O, mode="abbrev", status="Not started"))

# Force rows with no HMICFRS item: AFIs (never on the recommendations register) and local actions.
EXTRA = [
    # (after item id or report key, report key, type, text, done?, why)
    ("pefc15", "pefc15", "AFI", real(14), False, "area for improvement: AFIs were not on the recommendations register"),
    ("pefc15", "pefc15", "AFI", real(15), True, "area for improvement: AFIs were not on the recommendations register"),
    ("pefc15", "pefc15", "AFI", real(16), False, "area for improvement: AFIs were not on the recommendations register"),
    (8390, "pefc17", "AFI", "The force should " + body("make sure the corporate risk register") + ".", False,
     "area for improvement (PEEL efficiency 2017), not on the register"),
    (8390, "pefc17", "AFI", "The force should " + body("make sure it has access to accurate data") + ".", True,
     "area for improvement (PEEL efficiency 2017), not on the register"),
    (8317, "stolen", "Local action", "Force action - " + LOCAL_ACTIONS[5].replace("{t}", "modern slavery and human trafficking"),
     True, "force's own action under Stolen Freedom, not an HMICFRS item"),
    (7212, "cdi16", "Local action", "Force improvement plan: " + LOCAL_ACTIONS[1].replace("{t}", "crime recording (NCRS)"),
     False, "force's own action after CDI 2016, not an HMICFRS item"),
    (7532, "pele16", "Local action", "JAC action: " + LOCAL_ACTIONS[8].replace("{t}", "vetting").replace("2023/24", "2018/19"),
     False, "Joint Audit Committee action, not an HMICFRS item"),
    (7704, "peef16", "Local action", "Local action: " + LOCAL_ACTIONS[2].replace("{t}", "domestic abuse"),
     False, "force's own action under the DA cause of concern, not an HMICFRS item"),
]

# ---------------------------------------------------------------- register history
MONITOR = ("The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated.")
REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
             "updated when this review is complete.")
SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
              "Effectiveness inspections. Where a cause of concern still exists this will appear "
              "in the register against these subsequent inspections.")
COMPLETE = "This recommendation is complete"
AUTHORISED = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the {team} inspection team in recent inspection activity.")
FORCE_UPDATES = [
    "Force update: action plan agreed at Force Executive Board; progress reported quarterly to "
    "the PCC.",
    "Force update: task and finish group set up, chaired by the ACC. Action plan agreed.",
    "Force update: lead officer nominated; revised policy in draft for consultation.",
    "Force update: work under way, force will submit evidence when complete.",
]


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def history(it):
    """Event log as the record page showed it: [(date, kind, value)]."""
    pub = REPORTS[it["rep"]][1]
    start = max(pub, dt.date(2014, 2, 3)) if it["id"] < 2000 else pub
    d1 = start + dt.timedelta(days=rng.randint(6, 25))
    ev = [(d1, "status", "awaiting-review"), (d1 + dt.timedelta(days=1), "comment", "New recommendation")]
    last = COPY_DATE - dt.timedelta(days=20)
    if it["hs"] == "awaiting-review":
        if it["comment"] == "reviewing":
            ev.append((min(d1 + dt.timedelta(days=rng.randint(200, 400)), last), "comment", REVIEWING))
        return ev
    d2 = min(d1 + dt.timedelta(days=rng.randint(40, 160)), last - dt.timedelta(days=60))
    ev.append((d2, "status", "being-progressed"))
    if rng.random() < 0.5:
        ev.append((d2, "comment", MONITOR))
    if it["hs"] == "being-progressed":
        if rng.random() < 0.35:
            d3 = min(d2 + dt.timedelta(days=rng.randint(60, 300)), last)
            ev.append((d3, "comment", rng.choice(FORCE_UPDATES)))
        return ev
    d4 = min(d2 + dt.timedelta(days=rng.randint(120, 500)), last)
    ev.append((d4, "status", "complete"))
    c = it["comment"]
    if c == "superseded":
        text = SUPERSEDED
    elif c == "authorised" or (c is None and it["rep"].startswith("cdi") and rng.random() < 0.7):
        text = AUTHORISED.format(team="CDI")
    elif c == "complete" or rng.random() < 0.6:
        text = COMPLETE
    else:
        text = AUTHORISED.format(team="HMICFRS")
    ev.append((d4, "comment", text))
    return ev


def markup(ev) -> str:
    out = []
    for d, kind, val in ev:
        out.append(f"[on]{ordinal(d)} [{kind}]{val}[/{kind}][/on]")
    return "".join(out)


# ---------------------------------------------------------------- helpers for force text
STEM_RES = [
    r"^HMIC(?:FRS)? recommends that (?:within six months )?the force should(?: immediately)?: ?",
    r"^To address this cause of concern, HMIC recommends the force should immediately ",
    r"^(?:Within (?:three|six|twelve) months,? |Immediately, )the force should ",
    r"^The force should ",
]


def nostem(t: str) -> str:
    for pat in STEM_RES:
        t2 = re.sub(pat, "", t)
        if t2 != t:
            t = t2
            break
    t = re.sub(r";( and)?$", ".", t.strip())
    return t[0].upper() + t[1:]


def abbrev(t: str) -> str:
    for pat, rep in ABBREVIATIONS:
        if rep == "&" and rng.random() < 0.5:
            continue
        t = re.sub(pat, rep, t, flags=re.I)
    return t


def flat(t: str) -> str:
    return re.sub(r"\s*\n\s*", " ", t).strip()


def ref_cell(iid: int, style: str | None):
    style = style or rng.choice(["plain", "plain", "plain", "int", "Ref", "HMIC", "hash", "none",
                                 "none", "none", "intext"])
    return style, {
        "plain": str(iid), "int": iid, "Ref": f"Ref {iid}", "HMIC": f"HMIC {iid}",
        "hash": f"#{iid}", "none": None, "intext": None, "typo7760": "HMIC ref 7760",
    }[style]


LEADS = ["ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing", None]
PROG_DONE = ["Completed. Evidence submitted to HMICFRS for closure.",
             "Pending sign off by the chief officer lead.",
             "Policy signed off and in place; dip sample in Jan 19 showed compliance.",
             "Complete - closure report to Force Executive Board Feb 19.",
             "Addressed holistically as part of the force change programme.", None]
PROG_OPEN = ["Work undertaken in area but still requires development to complete.",
             "A Task & Finish group has been set up and a full implementation/project plan, "
             "policy rewrite and communications plan is now completed.",
             "Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
             "Allocated to lead. Update requested for JAC.", "xxx", None]
DONE_WORDS = [("Complete", "Green"), ("Completed", "Green"), ("Closed", "Green"),
              ("Submitted for closure", "Green"), ("Complete - evidence sent to HMICFRS", "Green"),
              ("Proposed for closure", "Green")]
OPEN_WORDS = [("In progress", "Amber"), ("In Progress", "Amber"), ("Ongoing", "Amber"),
              ("Open", "Amber"), ("On track", "Amber"), ("In progress", "Red")]

# ---------------------------------------------------------------- HMICFRS workbook
THEMES = [  # tab, page heading, url query, listing page text
    ("harm", "harm", "Page 1 of 2"),
    ("harm pg2", "harm", "Page 2 of 2"),
    ("misconduct", "misconduct", None),
    ("stop-search", "stop-search", None),
    ("plan", "plan", None),
    ("crime-recording", "crime-recording", None),
    ("investigation", "investigation", None),
    ("firearms", "firearms", None),
]
THEME_TITLES = {"harm": "Harm", "misconduct": "Misconduct", "stop-search": "Stop and search",
                "plan": "Plan", "crime-recording": "Crime recording",
                "investigation": "Investigation", "firearms": "Firearms licensing"}
BASE = "https://www.justiceinspectorates.gov.uk/hmicfrs"

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def build_hmicfrs():
    wb = Workbook()
    wb.remove(wb.active)
    rows = {}  # id -> "Sheet!Row"
    by_theme: dict[str, list] = {}
    harm_all = sorted([it for it in I if it["theme"] in ("harm", "harm pg2")], key=lambda x: -x["id"])
    for n, it in enumerate(harm_all):
        it["theme"] = "harm" if n < 10 else "harm pg2"
    for it in I:
        it["ev"] = history(it)
        by_theme.setdefault(it["theme"], []).append(it)
    for tab, query, page in THEMES:
        ws = wb.create_sheet(tab)
        items = sorted(by_theme[tab], key=lambda x: -x["id"])
        raw = tab == "harm pg2"
        r = 1
        ws.cell(r, 1, f"{BASE}/?recommendation-theme={query}" + ("&paged=2" if raw else ""))
        r += 1
        ws.cell(r, 1, f"Recommendations: {THEME_TITLES[query]}").font = Font(bold=True, size=13)
        r += 1
        if tab in ("harm", "stop-search", "plan", "crime-recording"):
            ws.cell(r, 1, f"Copied from HMICFRS website {COPY_DATE:%d/%m/%Y} (Force Liaison Officer) "
                          f"- Warwickshire and national entries only")
            r += 1
        if tab == "misconduct":
            ws.cell(r, 1, f"Showing {len(items)} results")
            r += 1
        r += 1  # blank
        if raw:
            heads = ["Recommendation", "Details", "Updates (copied from page)", "FLO notes"]
        else:
            heads = ["Recommendation", "Details", "Status", "Last updated", "Comment", "FLO notes"]
        for c, h in enumerate(heads, 1):
            ws.cell(r, c, h).font = BOLD
        r += 1
        for it in items:
            title, pub, _, national = REPORTS[it["rep"]]
            label = f"{title} ({it['id']})"
            a = ws.cell(r, 1, label)
            a.hyperlink = (f"{BASE}/recommendation/{it['id']}/" if national
                           else f"{BASE}/recommendation/{SLUG}/{it['id']}/")
            a.font = Font(color="0563C1", underline="single")
            text = it["text"]
            spill = []
            if it["id"] in (8311, 7705):  # pasted list: bullets landed in the rows below
                head, *bul = text.split("\n")
                text = head
                spill = [re.sub(r"^•\s*", "", b) for b in bul]
            details = (f"Cause of concern\n{it['coc']}\n\n{text}" if it["coc"] else text)
            ws.cell(r, 2, details).alignment = WRAP
            ev = it["ev"]
            note = None
            if national and rng.random() < 0.6:
                note = "National"
            if it["cat"] == "missing_from_force" and it["id"] == 8390:
                note = "Lead?"
            if raw:
                ws.cell(r, 3, markup(ev)).alignment = WRAP
                if note:
                    ws.cell(r, 4, note)
            else:
                st = [e for e in ev if e[1] == "status"][-1]
                com = [e for e in ev if e[1] == "comment"][-1]
                last = max(e[0] for e in ev)
                sval = st[2]
                if rng.random() < 0.3:
                    sval = sval.replace("-", " ").capitalize()
                ws.cell(r, 3, sval)
                ws.cell(r, 4, ordinal(last) if rng.random() < 0.75 else last.strftime("%d/%m/%Y"))
                ws.cell(r, 5, com[2]).alignment = WRAP
                if note:
                    ws.cell(r, 6, note)
            rows[it["id"]] = f"{tab}!{r}"
            r += 1
            for b in spill:
                ws.cell(r, 2, b).alignment = WRAP
                r += 1
        # cross-reference notes the officer left instead of copying an entry twice
        if tab == "investigation":
            ws.cell(r, 1, f"{REPORTS['everyone'][0]} (2321)")
            ws.cell(r, 2, "also listed under this theme - already copied on harm pg2 tab")
            r += 1
        if tab == "crime-recording":
            ws.cell(r, 1, f"{REPORTS['stolen'][0]} (8315)")
            ws.cell(r, 2, "see harm tab (same rec shows on both themes)")
            r += 1
        if page == "Page 1 of 2":
            r += 1
            ws.cell(r, 1, "Page 1 of 2    1  2  Next »")
        elif page == "Page 2 of 2":
            r += 1
            ws.cell(r, 1, "« Previous  1  2    Page 2 of 2")
        ws.column_dimensions["A"].width = 60
        ws.column_dimensions["B"].width = 90
        ws.column_dimensions["C"].width = 40 if raw else 18
        ws.column_dimensions["D"].width = 20
        ws.column_dimensions["E"].width = 60
    return wb, rows


# ---------------------------------------------------------------- force workbook
REPORT_LEADS = {
    "sas13": ["ACC Local Policing"], "sas15": ["ACC Local Policing"],
    "leg17": ["ACC Local Policing", "Head of Criminal Justice"],
    "everyone": ["Ch Supt Public Protection"], "peef16": ["Ch Supt Public Protection", None],
    "austerity": ["Director of Finance", "Head of Corporate Development"],
    "efc17": ["Head of Corporate Development"], "pefc15": ["Director of People", "Director of Finance"],
    "pefc16": ["Supt Contact Centre", "Director of People"],
    "pefc17": ["Head of Corporate Development", "DCC"],
    "core": ["Supt Contact Centre", "Force Crime Registrar"], "cdi14": ["Force Crime Registrar"],
    "cdi16": ["Force Crime Registrar", "Head of Learning & Development"],
    "integrity": ["Head of Professional Standards"],
    "pele16": ["Head of Professional Standards", "Director of People"],
    "pele17": ["Director of People", "Head of Professional Standards"],
    "picture": ["Head of Information Management"], "firearms": ["Supt Firearms Licensing"],
    "stolen": ["Det Ch Supt Force CID", "Head of Intelligence"],
    "ncpi15": ["Ch Supt Public Protection", "Ch Insp Custody"],
    "ncpi17": ["Ch Supt Public Protection"],
    "peef15": ["Det Ch Supt Force CID", "ACC Crime"], "peef17": ["Det Ch Supt Force CID", "ACC Crime"],
}


def extra_progress(e):
    if e[2] == "AFI":
        return rng.choice(["AFI - monitored through the Force Improvement Plan.", None,
                           "Work undertaken in area but still requires development to complete."]
                          if not e[4] else ["Closed at Force Improvement Board.", None])
    return ("SPOCs in place in all three LPAs." if e[4] else
            rng.choice(["Agreed at Force Executive Board; first report due Q1 2019/20.",
                        "Scheduled; owner to confirm dates.", None]))


def force_rows():
    """Ordered list of tracker rows (dicts), with the truth attached."""
    out = []
    order = sorted(REPORTS, key=lambda k: (not REPORTS[k][3], REPORTS[k][1]))
    items_by_rep: dict[str, list] = {}
    for it in I:
        items_by_rep.setdefault(it["rep"], []).append(it)
    extras_after: dict = {}
    for e in EXTRA:
        extras_after.setdefault(e[0], []).append(e)
    banner_done = set()
    deferred: dict[str, list] = {}
    for rep in order:
        title, pub, tname, national = REPORTS[rep]
        sect = "national" if national else "force"
        if sect not in banner_done:
            banner_done.add(sect)
            out.append(dict(banner="NATIONAL (ALL FORCE) REPORTS" if national
                            else "WARWICKSHIRE INSPECTIONS"))
        for it in sorted(items_by_rep.get(rep, []), key=lambda x: x["id"]):
            f = it["f"]
            if f is not None:
                if "split" in f:
                    style, ref = ref_cell(it["id"], "plain")
                    for k, (txt, done) in enumerate(f["split"]):
                        out.append(dict(it=it, rep=rep, ref=ref,
                                        type="National rec" if national else "Rec", text=txt, done=done,
                                        split=k, cat=it["cat"], why=it["why"]))
                else:
                    style, ref = ref_cell(it["id"], f.get("ref"))
                    mode = f["mode"]
                    if mode == "verbatim":
                        txt = flat(it["text"])
                    elif mode == "nostem":
                        txt = nostem(flat(it["text"]))
                    elif mode == "abbrev":
                        txt = abbrev(flat(it["text"]))
                    else:
                        txt = mode
                    if style == "intext":
                        txt = f"{txt} (HMIC ref {it['id']})"
                    typ = ("National rec" if national else
                           ("Rec (CoC)" if it["coc"] else rng.choice(["Rec", "Recommendation"])))
                    frow = dict(it=it, rep=rep, ref=ref, type=typ, text=txt,
                                done=f["st"] == D, cat=it["cat"], why=it["why"],
                                progress=f.get("progress"), status=f.get("status"),
                                report=f.get("report"), published=f.get("published"))
                    if f.get("file_under"):
                        deferred.setdefault(f["file_under"], []).append(frow)
                    else:
                        out.append(frow)
            for e in extras_after.get(it["id"], []):
                out.append(dict(extra=e, rep=e[1], ref=None, type=e[2], text=e[3], done=e[4],
                                cat="not_on_hmicfrs_list", why=e[5], progress=extra_progress(e)))
        out.extend(deferred.pop(rep, []))
        for e in extras_after.get(rep, []):
            out.append(dict(extra=e, rep=e[1], ref=None, type=e[2], text=e[3], done=e[4],
                            cat="not_on_hmicfrs_list", why=e[5], progress=extra_progress(e)))
    return out


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS recs"
    ws.cell(1, 1, "Warwickshire Police - HMIC / HMICFRS Recommendations Tracker").font = Font(bold=True, size=14)
    ws.cell(2, 1, "Organisational Learning & Inspection team. Last updated 04/03/2019 - for JAC 21 March 2019")
    heads = ["No.", "Report", "Published", "HMIC ref", "Type", "Recommendation / AFI", "Lead",
             "Progress update", "RAG", "Status", "Date closed / submitted"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    r = hr + 1
    n = 0
    truth = []
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for row in force_rows():
        if "banner" in row:
            ws.cell(r, 1, row["banner"]).font = BOLD
            r += 1
            continue
        title, pub, tname, national = REPORTS[row["rep"]]
        if row.get("split", 0) == 0:
            n += 1
        no = f"{n}{'abcd'[row['split']]}" if "split" in row else n
        ws.cell(r, 1, no)
        ws.cell(r, 2, row.get("report") or tname)
        pubv = row.get("published")
        if pubv is None:
            x = rng.random()
            if x < 0.6:
                c = ws.cell(r, 3, dt.datetime(pub.year, pub.month, pub.day))
                c.number_format = "mmm-yy"
            elif x < 0.85:
                ws.cell(r, 3, f"{pub:%B %Y}")
            else:
                c = ws.cell(r, 3, dt.datetime(pub.year, pub.month, pub.day))
                c.number_format = "dd/mm/yyyy"
        else:
            ws.cell(r, 3, pubv)
        ws.cell(r, 4, row["ref"])
        ws.cell(r, 5, row["type"])
        ws.cell(r, 6, row["text"]).alignment = WRAP
        ws.cell(r, 7, rng.choice(REPORT_LEADS[row["rep"]]) if rng.random() < 0.85 else rng.choice(LEADS))
        if row["done"]:
            status, rag = rng.choice(DONE_WORDS)
            prog = row.get("progress") or rng.choice(PROG_DONE)
        else:
            status, rag = rng.choice(OPEN_WORDS)
            prog = row.get("progress") or rng.choice(PROG_OPEN)
        if row.get("status"):
            status, rag = row["status"], "Red"
        ws.cell(r, 8, prog).alignment = WRAP
        rc = ws.cell(r, 9, rag)
        rc.fill = PatternFill("solid", fgColor=fills[rag])
        ws.cell(r, 10, status)
        if row["done"]:
            d = dt.datetime(2018, 1, 8) + dt.timedelta(days=rng.randint(0, 410))
            if rng.random() < 0.8:
                c = ws.cell(r, 11, d)
                c.number_format = "dd/mm/yyyy"
            else:
                ws.cell(r, 11, f"{d:%b %y}")
        row["force_row"] = f"HMICFRS recs!{r}"
        truth.append(row)
        r += 1
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["F"].width = 90
    ws.column_dimensions["H"].width = 50
    ws.column_dimensions["J"].width = 26
    ws.freeze_panes = ws.cell(hr + 1, 1)
    key = wb.create_sheet("Key")
    for i, (a, b) in enumerate([
        ("RAG", "Meaning"),
        ("Green", "Recommendation implemented / submitted to HMICFRS for closure"),
        ("Amber", "Work ongoing, expected to be implemented"),
        ("Red", "Beyond deadline or little progress - rationale required"),
        ("", ""),
        ("HMIC ref", "Number from the HMICFRS online register where known"),
    ], 1):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
    return wb, truth


# ---------------------------------------------------------------- deterministic save
def save(wb: Workbook, path: Path):
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "Force Liaison"
    wb.properties.lastModifiedBy = "Force Liaison"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2019-03-11T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 3, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hwb, hrows = build_hmicfrs()
    twb, trows = build_tracker()
    save(hwb, OUT / "hmicfrs.xlsx")
    save(twb, OUT / "tracker.xlsx")
    lines = []
    seen = set()
    tabs = [t[0] for t in THEMES]

    def hkey(it):
        sh, rw = hrows[it["id"]].split("!")
        return tabs.index(sh), int(rw)

    for it in sorted(I, key=hkey):
        frs = [t for t in trows if t.get("it") is it]
        if not frs:
            lines.append((hrows[it["id"]], "", it["cat"],
                          it["why"] or "on the register, no tracker row"))
        for t in frs:
            why = it["why"] or {
                "in_sync": "matched; open on both sides" if not t["done"] else
                           "matched; closed on register (complete) and done on tracker",
                "closeable_submit": "matched; register open, tracker done",
                "closeable_local": "matched; register complete, tracker still open",
            }[it["cat"]]
            lines.append((hrows[it["id"]], t["force_row"], t["cat"], why))
            seen.add(t["force_row"])
    for t in trows:
        if t["force_row"] not in seen:
            lines.append(("", t["force_row"], t["cat"], t["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    cats: dict[str, int] = {}
    for ln in lines:
        cats[ln[2]] = cats.get(ln[2], 0) + 1
    print(len(I), "HMICFRS items;", len(trows), "tracker item rows;", len(lines), "truth lines")
    print(cats)


if __name__ == "__main__":
    main()
