"""Builder for the independent case `risk_system_csv_export`.

A force (Derbyshire Constabulary) keeps its HMICFRS recommendations as actions in a corporate
risk & action-management system and exports them to CSV; HMICFRS's side is the online
register's CSV export. Run: /work/main/.venv/bin/python build.py
"""
from __future__ import annotations

import csv
import io
import random
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    ABBREVIATIONS, BODIES, BWV_2021, CAUSES, CONTROL_ROOM, DIGITAL, EVERYONE_PLAN,
    EVERYONE_PLAN_RUN_ON, MISSPELLINGS, NATIONAL, PROGRESS, SAS_MONITORING_2017, SF_LEADERSHIP,
    TOPIC_BODIES, LOCAL_ACTIONS,
)

RNG = random.Random(20240301)
HERE = Path(__file__).resolve().parent
CASE = HERE / "risk_system_csv_export"
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
FORCE = "Derbyshire Constabulary"
AREA = "Derbyshire"
NEIGHBOUR = "Nottinghamshire Police"
EXPORT = date(2024, 3, 1)


def real(i: int) -> str:
    return REAL.loc[i, "text"]


def body(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def cause(prefix: str) -> str:
    hits = [c for c in CAUSES if c.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{force}", FORCE)


def topic(prefix: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{t}", t)


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def afi(b: str) -> str:
    return f"The force should {b}."


# --------------------------------------------------------------------------------------------
# Reports: key -> (register title, published, force "Source", title prefix)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], date(2013, 7, 9), "HMICFRS - Stop & Search 2013", "SS13"),
    "everyone": (NATIONAL["everyone"][0], date(2014, 3, 27), "HMICFRS - Everyone's business (DA) 2014", "DA14"),
    "austerity": (NATIONAL["austerity"][0], date(2014, 7, 22), "HMICFRS - Policing in Austerity 2014", "Austerity"),
    "core": (NATIONAL["core"][0], date(2014, 9, 4), "HMICFRS - Core Business 2014", "Core Business"),
    "integrity": (NATIONAL["integrity"][0], date(2015, 1, 30), "HMICFRS - Integrity Matters 2015", "Integrity Matters"),
    "sas15": (NATIONAL["sas15"][0], date(2015, 3, 24), "HMICFRS - Stop & search powers 2 (2015)", "SS15"),
    "picture": (NATIONAL["picture"][0], date(2015, 7, 1), "HMICFRS - Building the Picture 2015", "BtP"),
    "firearms": (NATIONAL["firearms"][0], date(2015, 9, 15), "HMICFRS - Firearms licensing 2015", "FL15"),
    "eff16": ("PEEL: Police efficiency 2016", date(2016, 11, 3), "HMICFRS - PEEL Efficiency 2016", "EFFY16"),
    "effect16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2), "HMICFRS - PEEL Effectiveness 2016", "EFF16"),
    "stolen": (NATIONAL["stolen"][0], date(2017, 10, 24), "HMICFRS - Stolen freedom", "SF"),
    "efc17": (NATIONAL["efc17"][0], date(2017, 11, 9), "HMICFRS - PEEL Efficiency 17 (all forces)", "PEEL Eff 17"),
    "leg17": (NATIONAL["leg17"][0], date(2017, 12, 12), "HMICFRS - PEEL Legit 17 S&S", "Legit17"),
    "legf17": ("PEEL: Police legitimacy 2017", date(2017, 12, 12), "HMICFRS - PEEL Legitimacy 2017", "LEG17"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 14), "HMICFRS - NCPI 2018", "NCPI18"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", date(2019, 5, 2), "HMICFRS - PEEL 2018/19", "PEEL18"),
    "cdi19": ("Crime data integrity inspection 2019", date(2019, 9, 12), "HMICFRS - CDI 2019", "CDI19"),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020", date(2020, 8, 20), "HMICFRS/HMIP - Custody 2020", "CUST20"),
    "powers": (NATIONAL["powers"][0], date(2021, 2, 26), "HMICFRS - Police powers spotlight (Feb 21)", "PWR21"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 5, 19), "HMICFRS - PEEL 2021/22", "PEEL21"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", date(2023, 10, 5), "HMICFRS - PEEL 2023-25", "PEEL23"),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"}

REC, AFI_, COC, NATR = "recommendation", "area-for-improvement", "cause-of-concern", "national-recommendation"

# --------------------------------------------------------------------------------------------
# HMICFRS items. Each: id, report, type, text, HMICFRS status, force treatment.
# force treatment `f`: None -> the force lost it; else a list of force rows (dicts) with
#   title, desc (or a variant code), status, and optional extras.
# `conflict`: text for truth `why` when the pair conflicts.
ITEMS: list[dict] = []


def item(id_, rep, typ, text, st, f, coc=None, conflict=None, note=None):
    ITEMS.append(dict(id=id_, rep=rep, type=typ, text=text, status=st, f=f, coc=coc,
                      conflict=conflict, tnote=note))


def F(title, desc="full", status="Completed", **kw):
    d = dict(title=title, desc=desc, status=status)
    d.update(kw)
    return [d]


# ---- national ------------------------------------------------------------------------------
item(1187, "sas13", NATR, nat("sas13", 0), "complete", F("SS13 R1 - S&S APP specification"))
item(1188, "sas13", NATR, nat("sas13", 1), "complete", F("HMICFRS 1188 - S&S monitoring", "abbr"))
item(1189, "sas13", NATR, nat("sas13", 2), "complete",
     F("SS13 R3 - community scrutiny of S&S records", "full", "In Progress",
       note="Community scrutiny panel now meets quarterly, chaired by OPCC.\nAction kept open while panel terms of reference are refreshed, due for sign off at next S&S board."))
item(2321, "everyone", NATR, EVERYONE_PLAN, "complete",
     F("DA action plan (Everyone's business)", ("trunc", EVERYONE_PLAN_RUN_ON)),
     note="force description is the longer source wording (run-on paragraph), truncated by the system")
item(3604, "austerity", NATR, nat("austerity", 0), "complete", F("Austerity R1 - savings plans review", "full"))
item(3605, "austerity", NATR, nat("austerity", 1), "complete",
     F("Austerity R2 - collaboration savings", ("abridge", "Assess scope to improve on <10% of savings delivered through collaboration")))
item(3606, "austerity", NATR, nat("austerity", 2), "complete", F("Austerity R3 - front line workforce reduction", "abbr"))
item(3607, "austerity", NATR, nat("austerity", 3), "complete", F("Austerity R4 - collaboration plans (next spending round)", "full"))
item(4822, "core", NATR, nat("core", 0), "awaiting-review",
     F("HMICFRS 4822 - THR criteria for call handlers", "full", "Completed",
       note="THRIVE+ adopted in contact management, call handler criteria published on intranet 2019.\nEvidence re-sent to HMICFRS liaison 14/02/2024 - awaiting their review."))
item(4823, "core", NATR, nat("core", 1), "complete", F("Core Business R2 - crime prevention activity recording", "full"))
item(902, "integrity", NATR, nat("integrity", 0), "complete", F("Integrity Matters - NFA misconduct fairness", "abbr"))
item(4961, "sas15", NATR, nat("sas15", 0), "complete", F("SS15 R1 - explain S&S to public, community scrutiny", "full"))
item(5120, "picture", NATR, nat("picture", 0), "complete", F("BtP R1 - MOPI audit scrutiny", "full"))
item(5571, "firearms", NATR, nat("firearms", 0), "complete", F("FL15 R1 - FL governance v APP", "trunc"))
item(5572, "firearms", NATR, nat("firearms", 1), "complete", F("FL15 R2 - FLU demand & capacity", "full"))
item(5573, "firearms", NATR, nat("firearms", 2), "complete",
     F("FL15 R3 - 'total expired' records", "full", "Overdue",
       note="Backlog of total expired records re-opened after audit found 41 records with no action recorded.\nSupt Firearms Licensing to confirm position, revised date set."))
item(5574, "firearms", NATR, nat("firearms", 3), "complete", F("FL15 R4 - temporary permits", "trunc"))
item(5575, "firearms", NATR, nat("firearms", 4), "complete", F("FL15 R5 - firearms markers at dispatch", "full"))
item(8231, "stolen", NATR, SF_LEADERSHIP, "being-progressed", F("SF R1 - MSHT leadership & governance", "flatabbr", "In Progress"))
item(8232, "stolen", NATR, nat("stolen", 1), "being-progressed",
     F("SF R2 - MSHT information sharing",
       "Within twelve months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible.",
       "In Progress"),
     conflict="timescale differs: register text says 'Within six months', the force's action says 'Within twelve months'")
item(8233, "stolen", NATR, nat("stolen", 2), "complete", F("HMICFRS 8233 - s45 defence", "blank"))
item(8234, "stolen", NATR, nat("stolen", 3), "being-progressed", F("SF R4 - NRM compliance / duty to notify", "full", "Completed"))
item(8235, "stolen", NATR, nat("stolen", 4), "being-progressed", F("SF R5 - MSHT crime recording (NCRS)", "abbr", "In Progress"))
item(8236, "stolen", NATR, nat("stolen", 5), "awaiting-review", None)
item(8237, "stolen", NATR, nat("stolen", 6), "being-progressed",
     F("SF R7 - preventative orders", ("abridge", "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs / STROs)"), "Completed"))
item(8402, "efc17", NATR, nat("efc17", 0), "being-progressed", F("PEEL Eff 17 - digital services plan", DIGITAL, "In Progress"))
item(8541, "leg17", COC, nat("leg17", 0), "complete", F("Legit17 CoC - S&S disproportionality", "full"))
item(8542, "leg17", NATR, SAS_MONITORING_2017, "being-progressed", F("Legit17 R1 - S&S monitoring data", "flat", "Completed"))
item(8543, "leg17", NATR, nat("leg17", 2), "being-progressed", F("Legit17 R2 - explaining disparities", "flat", "In Progress"))
item(8545, "leg17", NATR, nat("leg17", 4), "complete", F("HMICFRS 8545 - S&S unconscious bias training", "full"))
item(12101, "powers", NATR, nat("powers", 0), "being-progressed", F("PWR21 R1 - comms skills (conflict mgmt)", "full", "In Progress"))
item(12102, "powers", NATR, nat("powers", 1), "being-progressed", F("PWR21 R2 - CPD / BWV debriefs", "abbr", "Completed"))
_bwv = BWV_2021.split("\n")
item(12103, "powers", NATR, BWV_2021, "being-progressed", [
    dict(title="PWR21 R3(a) - BWV whole encounter", desc=_bwv[0], status="Completed"),
    dict(title="PWR21 R3(b) - BWV review & learning", desc=_bwv[1][0].upper() + _bwv[1][1:], status="Completed"),
    dict(title="PWR21 R3(c) - scrutiny panel access to BWV", desc=_bwv[2][0].upper() + _bwv[2][1:], status="In Progress", pct=60),
], note="one recommendation (three parts) tracked as three actions; two done, one in progress, so the item is open on both sides")
item(12105, "powers", NATR, nat("powers", 4), "complete",
     F("PWR21 R5 - use of force monitoring", "full", "In Progress"))

# ---- force level ---------------------------------------------------------------------------
item(6501, "eff16", AFI_, real(14), "complete", F("EFFY16 AFI1 - demand understanding", "full"))
item(6502, "eff16", AFI_, real(15), "complete", F("EFFY16 AFI2 - outcomes, outputs & costs", "full"))
item(6503, "eff16", AFI_, real(16), "being-progressed",
     F("EFFY16 AFI3 - workforce plan", ("abridge", "Develop future workforce plan aligned to demand & budget (resource allocation, skills mix, behaviours)"), "Completed"))
item(6504, "eff16", AFI_, afi(body("review its plans to deliver savings")), "complete", F("EFFY16 AFI4 - savings plans", "full"))
_da = real(21)
item(6871, "effect16", REC, real(22), "complete", F("EFF16 CoC1 R1 - DA arrest & ancillary orders", "full"), coc=_da)
item(6872, "effect16", REC, real(23), "being-progressed", F("EFF16 CoC1 R2 - DA victim attrition", "abbr", "In Progress"), coc=_da)
item(6873, "effect16", REC, real(24), "complete", F("EFF16 CoC1 R3 - stop DA risk assessments by phone", "full"), coc=_da)
item(6874, "effect16", AFI_, afi(topic("make sure investigations of", "stalking and harassment")), "complete",
     F("EFF16 AFI1 - stalking investigations", "full"))
item(6875, "effect16", AFI_, afi(body("improve the supervision of investigations")), "being-progressed",
     F("EFF16 AFI2 - supervision of investigations", "misspell", "Overdue"))
item(8611, "legf17", AFI_, afi(body("make sure it provides a confidential way")), "complete", F("LEG17 AFI1 - whistleblowing", "full"))
item(8612, "legf17", AFI_, afi(body("review the support available")), "complete",
     F("LEG17 AFI2 - support for those raising concerns", ("abridge", "Review support for those who raise concerns"), "In Progress"))
item(8613, "legf17", AFI_, f"{FORCE} should {body('review how it gathers')}.", "being-progressed",
     F("LEG17 AFI3 - E&D workforce data", "full", "In Progress"))
item(8614, "legf17", AFI_, afi(body("satisfy itself that it has processes")), "being-progressed", None,
     note="close in wording to national item 902 (Integrity matters), which the force does track")
item(9231, "ncpi18", REC, real(26), "being-progressed", [
    dict(title="NCPI18 R1a - missing/absent category", desc="Call takers understand and use the missing and absent category appropriately", status="Completed"),
    dict(title="NCPI18 R1c - supervision of missing enquiries", desc="Supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action", status="In Progress", pct=70),
], coc=real(25),
     conflict="split into bullet actions R1a and R1c only: the second bullet (call takers and frontline staff knowing CSE risk factors) has no action")
item(9232, "ncpi18", REC, f"Within six months the force should {body('conduct a review, involving its partners')}.", "being-progressed",
     F("NCPI18 R2 - partnership vulnerability review", "full", "In Progress"))
item(9233, "ncpi18", AFI_, afi(topic("improve how it works with partner", "child sexual exploitation")), "complete", F("NCPI18 AFI1 - CSE partnership working", "full"))
item(9234, "ncpi18", AFI_, afi(topic("make sure officers and staff have the training", "online child sexual abuse")), "being-progressed",
     F("NCPI18 AFI2 - OCSA training", "abbr", "Completed"))
item(9235, "ncpi18", AFI_, afi(topic("make sure it consistently uses ancillary", "sexual offences against children")), "awaiting-review", None)
item(10805, "peel18", REC, real(2), "being-progressed",
     F("PEEL18 R2 - skills assessment", ("abridge", "Expand skills project to assess all skills (incl. non-operational and future skills) - to inform workforce plans"), "In Progress"))
item(10806, "peel18", REC, real(9), "being-progressed", F("PEEL18 R4 - digital evidence retrieval", "nostem", "Overdue"))
item(10807, "peel18", REC, real(10), "complete", F("PEEL18 R5 - RUI and bail management", "abbr"))
item(10808, "peel18", REC, real(6), "being-progressed", F("PEEL18 R3 - supervision of investigations", "nostem", "Completed"))
item(10809, "peel18", REC, real(5), "complete", F("PEEL18 R6 - public consultation on business planning", "full"))
item(10810, "peel18", REC, real(0), "being-progressed", F("HMICFRS 10810 - workload review", "blank", "In Progress"))
item(10811, "peel18", AFI_, afi(topic("improve its understanding of the nature", "hate crime")), "being-progressed",
     F("PEEL18 AFI1 - hate crime understanding", "full", "In Progress"))
item(10812, "peel18", AFI_, afi(topic("improve how it gathers", "county lines drug dealing")), "complete",
     F("PEEL18 AFI2 - county lines intelligence", "full", "In Progress"))
item(10813, "peel18", AFI_, afi(topic("develop a problem-solving", "anti-social behaviour")), "being-progressed", None)
item(11051, "cdi19", REC, f"Within six months the force should {body('put in place arrangements to ensure that')}.", "being-progressed",
     F("CDI19 R1 - victims believed / crime recording at point of report", "flattrunc", "In Progress"))
item(11052, "cdi19", AFI_, real(18), "being-progressed",
     F("PEEL18 AFI4 - CMS case file mgmt", "full", "In Progress", source="HMICFRS - PEEL 2018/19"),
     conflict="different report: register has it under Crime data integrity inspection 2019, the force files it under PEEL 2018/19")
item(11053, "cdi19", REC, f"Immediately, the force should {body('provide call-handlers')}.", "complete", F("CDI19 R2 - THR criteria for call handlers", "full"),
     note="close in wording to national item 4822 (Core Business), also tracked")
item(11054, "cdi19", AFI_, afi(topic("make sure it records reports", "rape and serious sexual offences")), "being-progressed", None)
item(11056, "cdi19", AFI_, afi(topic("make sure it records reports", "stalking and harassment")), "being-progressed",
     F("HMICFRS 11065 - stalking & harassment recording", "full", "In Progress"),
     conflict="reference differs: the force's title cites HMICFRS 11065, the register item is 11056 (11065 is not on the list)")
item(11612, "custody20", REC, f"Within six months {FORCE} should {body('in conjunction with children')}.", "being-progressed",
     F("CUST20 R1 - detention of children", "trunc", "Completed"))
item(11613, "custody20", AFI_, afi(topic("make sure officers and staff have the training", "people with mental ill health")), "being-progressed",
     F("CUST20 AFI1 - mental health training", "full", "In Progress"))
item(11614, "custody20", AFI_, afi(topic("improve the timeliness", "vulnerable adults")), "complete", F("CUST20 AFI2 - vulnerable adults response times", "full"))
item(11615, "custody20", AFI_, afi(topic("make sure its performance framework", "people with mental ill health")), "being-progressed",
     F("CUST20 AFI3 - MH performance framework", "full", "Not Started"))
item(12940, "peel21", REC, afi(body("ensure all staff have received")), "being-progressed",
     F("PEEL21 CfC1 R1 - vetting backlog", "full", "In Progress"), coc=cause("The size of the vetting backlog"))
item(12941, "peel21", REC, f"To address this cause of concern, HMIC recommends the force should immediately {body('take steps to ensure that there is effective supervision')}.",
     "being-progressed",
     F("PEEL21 AFI9 - DASH supervision", afi(body("take steps to ensure that there is effective supervision")), "In Progress",
       source="HMICFRS - PEEL 2021/22 (AFI)"),
     coc=cause("The force's response to domestic abuse"),
     conflict="type differs: register has a recommendation under a cause of concern, the force records it as an area for improvement (AFI9)")
item(12942, "peel21", AFI_, CONTROL_ROOM, "being-progressed", F("PEEL21 AFI1 - control room resourcing", "full", "Completed"))
item(12943, "peel21", AFI_, afi(topic("make sure victims of", "fraud")), "being-progressed", F("PEEL21 AFI3 - fraud", "full", "In Progress"))
item(12944, "peel21", AFI_, afi(topic("improve its understanding of the nature", "violence against women and girls")), "being-progressed",
     F("PEEL21 AFI2 - VAWG problem profile", "abbr", "In Progress"))
item(12945, "peel21", AFI_, afi(topic("review its approach to", "repeat victims")), "complete", F("PEEL21 AFI4 - repeat victims", "full"))
item(12946, "peel21", AFI_, afi(topic("improve the timeliness", "domestic abuse")), "being-progressed", F("PEEL21 AFI5 - DA response times", "abbr", "Overdue"))
item(12947, "peel21", AFI_, afi(topic("make sure it has enough specialist", "online child sexual abuse")), "being-progressed", None)
item(12948, "peel21", AFI_, afi(topic("develop a problem-solving", "neighbourhood crime")), "being-progressed",
     F("PEEL21 AFI7 - neighbourhood crime problem solving", "full", "Completed"))
item(12949, "peel21", AFI_, afi(topic("evaluate its work to prevent", "knife crime")), "awaiting-review", F("PEEL21 AFI8 - knife crime", "blank", "In Progress"))
item(12950, "peel21", AFI_, afi(topic("make sure its analysis of", "serious and organised crime")), "being-progressed",
     F("PEEL21 AFI10 - SOC analysis / control strategy", "full", "In Progress", pct=100,
       note="Complete - SOC strategic assessment and control strategy refreshed Jan 2024.\nPending sign off at Strategic Performance Board (March)."),
     note="JUDGEMENT: system status says In Progress, but % Complete is 100 and the note says complete, pending sign off; read as force-done")
item(12951, "peel21", AFI_, afi(topic("improve the way it manages the risk", "county lines drug dealing")), "being-progressed",
     F("PEEL21 AFI11 - county lines offender management", "full", "In Progress"))
item(12952, "peel21", AFI_, afi(topic("make sure officers and staff have the training", "stalking and harassment")), "complete",
     F("PEEL21 AFI12 - stalking training", "full"))
item(12953, "peel21", AFI_, afi(topic("make sure investigations of", "rape and serious sexual offences")), "being-progressed", None)
item(12954, "peel21", AFI_, afi(topic("improve how it gathers", "economic crime")), "being-progressed", F("PEEL21 AFI14 - economic crime intel", "full", "Not Started"))
item(12955, "peel21", AFI_, afi(topic("make sure its performance framework", "road harm")), "being-progressed",
     F("PEEL21 AFI15 - road harm performance", "full", "Completed"))
item(14310, "peel23", AFI_, afi(topic("make sure its analysis of", "hate crime")), "awaiting-review", F("PEEL23 AFI1 - hate crime analysis", "full", "Not Started"))
item(14311, "peel23", AFI_, afi(topic("make sure officers and staff have the training", "honour-based abuse")), "being-progressed",
     F("PEEL23 AFI2 - HBA training", "abbr", "In Progress"))
item(14312, "peel23", AFI_, afi(topic("improve how it works with partner", "county lines drug dealing")), "being-progressed",
     F("PEEL23 AFI3 - county lines safeguarding", ("abridge", "Partnership working to safeguard those at risk from county lines"), "In Progress"))
item(14313, "peel23", AFI_, afi(topic("develop a problem-solving", "youth violence")), "awaiting-review", F("PEEL23 AFI4 - youth violence problem solving", "blank", "Not Started"))
item(14314, "peel23", AFI_, afi(topic("make sure it has enough specialist", "cyber crime")), "being-progressed", None)
item(14315, "peel23", AFI_, afi(topic("make sure investigations of", "residential burglary")), "being-progressed",
     F("PEEL23 AFI6 - burglary investigation allocation", "full", "In Progress"))
item(14316, "peel23", AFI_, afi(topic("improve its understanding of the nature", "rural crime")), "awaiting-review",
     F("PEEL23 AFI7 - rural crime", "full", "Completed"))
item(14317, "peel23", AFI_, afi(topic("make sure it records reports", "forced marriage")), "awaiting-review", F("PEEL23 AFI8 - forced marriage recording", "full", "In Progress"))
item(14318, "peel23", AFI_, afi(topic("make sure its performance framework", "economic crime")), "being-progressed",
     F("PEEL23 AFI9 - economic crime performance", "full", "Not Started"))
item(14319, "peel23", AFI_, afi(topic("improve how it gathers", "counter-corruption")), "being-progressed", F("PEEL23 AFI10 - CCU intelligence", "full", "In Progress"))
item(14320, "peel23", AFI_, afi(topic("improve the timeliness", "people with mental ill health")), "being-progressed",
     F("PEEL23 AFI11 - MH calls timeliness", "full", "Overdue"))
item(14321, "peel23", AFI_, afi(topic("make sure it consistently uses ancillary", "violence against women and girls")), "being-progressed",
     F("PEEL23 AFI12 - VAWG ancillary orders", "abbr", "In Progress"))
item(14322, "peel23", AFI_, afi(topic("make sure victims of", "anti-social behaviour")), "awaiting-review", None)
item(14323, "peel23", AFI_, afi(topic("evaluate its work to prevent", "road harm")), "being-progressed", F("PEEL23 AFI14 - road harm prevention evaluation", "full", "Completed"))
item(14324, "peel23", AFI_, afi(body("put plans in place to monitor")), "being-progressed", F("PEEL23 AFI15 - team cultures", "misspell", "In Progress"))
item(14325, "peel23", AFI_, afi(body("make sure it provides accessible information")), "being-progressed",
     F("PEEL23 AFI16 - raising concerns info", "full", "Completed"))
item(14326, "peel23", AFI_, afi(body("specify in succession plans")), "awaiting-review", F("PEEL23 AFI17 - succession & diversity", "full", "Not Started"))
item(14327, "peel23", AFI_, afi(topic("improve the way it manages the risk", "serious and organised crime")), "being-progressed",
     F("PEEL23 AFI18 - SOC offender management", "full", "In Progress"))

# ---- force rows not on the HMICFRS list ----------------------------------------------------
EXTRA: list[dict] = [
    dict(title="HMICFRS 8544 - publish S&S analysis annually", desc=nat("leg17", 3), status="In Progress",
         source="HMICFRS - PEEL Legit 17 S&S", created=date(2021, 4, 12),
         why="PEEL legitimacy 2017 national item; the register export has no 8544 against the force"),
    dict(title="PWR21 R4 - HO/NPCC use of force data", desc=nat("powers", 3), status="Completed",
         source="HMICFRS - Police powers spotlight (Feb 21)", created=date(2021, 4, 12),
         note="Not a force action - addressed to Home Office and NPCC.\nLogged for information only, closed by Head of Corporate Development.",
         why="national recommendation addressed to the Home Office and NPCC, not on the force's register list"),
    dict(title="HMICFRS 3390 - out of court disposals", desc=afi(body("revise its approach to cautions")), status="Completed",
         source="HMICFRS - PEEL Legitimacy 2014", created=date(2021, 4, 12),
         why="PEEL legitimacy 2014 AFI; no such item (or report) on the register list"),
]
_LOCAL_LABELS = ["T&F policy review", "refresher training", "quarterly dip sample", "problem profile refresh",
                 "policy rewrite & comms", "SPOC in each LPA", "measures in performance pack",
                 "info-sharing protocol with LAs", "governance audit", "demand profile review"]
_local = [  # source, LOCAL_ACTIONS index, topic, status, code, created
    ("Internal Audit", 0, "domestic abuse", "In Progress", "IA 22/23-07", date(2022, 11, 8)),
    ("Internal Audit", 8, "firearms licensing", "Completed", "IA 23/24-02", date(2023, 5, 16)),
    ("Internal Audit", 6, "counter-corruption", "Cancelled", "IA 21/22-11", date(2021, 9, 20)),
    ("Internal Audit", 4, "missing children", "Overdue", "IA 22/23-03", date(2022, 7, 4)),
    ("Internal Audit", 2, "fraud", "Not Started", "IA 23/24-05", date(2023, 12, 5)),
    ("JAC", 6, "hate crime", "In Progress", "JAC 12/22", date(2022, 12, 14)),
    ("JAC", 9, "rape and serious sexual offences", "Completed", "JAC 06/23", date(2023, 6, 21)),
    ("JAC", 3, "serious and organised crime", "In Progress", "JAC 09/23", date(2023, 9, 27)),
    ("Force Improvement Plan", 1, "stalking and harassment", "Completed", "FIP", date(2022, 3, 1)),
    ("Force Improvement Plan", 5, "violence against women and girls", "In Progress", "FIP", date(2022, 3, 1)),
    ("Force Improvement Plan", 7, "anti-social behaviour", "Not Started", "FIP", date(2023, 4, 3)),
    ("Force Improvement Plan", 3, "county lines drug dealing", "Completed", "FIP", date(2022, 3, 1)),
    ("OPCC", 7, "vulnerable adults", "In Progress", "OPCC", date(2023, 2, 9)),
    ("OPCC", 4, "hate crime", "Cancelled", "OPCC", date(2021, 11, 15)),
    ("Force Management Statement", 9, "digital forensics", "In Progress", "FMS4", date(2023, 6, 1)),
]
_TOPIC_SHORT = {"domestic abuse": "DA", "violence against women and girls": "VAWG",
                "rape and serious sexual offences": "RASSO", "serious and organised crime": "SOC",
                "anti-social behaviour": "ASB", "stalking and harassment": "stalking"}
for src, li, t, st, code, created in _local:
    txt = LOCAL_ACTIONS[li].replace("{t}", t)
    title = f"{code} - {_TOPIC_SHORT.get(t, t)} {_LOCAL_LABELS[li]}"
    EXTRA.append(dict(title=title, desc=txt if RNG.random() < 0.8 else "", status=st, source=src,
                      created=created, why=f"force's own action ({src}), not an HMICFRS item"))

# --------------------------------------------------------------------------------------------
# text variants on the force side
STEM_RE = re.compile(r"^(HMICFRS|HMIC) recommends that (within six months )?the force should(?: immediately)?:\s*", re.I)


def nostem(t: str) -> str:
    m = STEM_RE.match(t)
    if not m:
        return t
    rest = re.sub(r"\s*;\s*(and)?\s*$", "", t[m.end():])
    lead = "Within six months, the force should " if m.group(2) else "The force should "
    return lead + rest + ("" if rest.endswith(".") else ".")


def abbr(t: str) -> str:
    for pat, rep in ABBREVIATIONS[:-1]:      # not the "and" -> "&" rule everywhere
        if RNG.random() < 0.8:
            t = re.sub(pat, rep, t, flags=re.I)
    return t


def misspell(t: str) -> str:
    for right, wrong in MISSPELLINGS.items():
        t = t.replace(right, wrong)
    return t


def flat(t: str) -> str:
    t = re.sub(r"\s*\n+\s*•\s*", " - ", t)
    t = re.sub(r"\s*•\s*", " - ", t)
    return re.sub(r"\s*\n+\s*", " ", t)


def trunc(t: str, n: int = 250) -> str:
    t = flat(t)
    return t if len(t) <= n else t[:n]


def variant(desc, text: str) -> str:
    if isinstance(desc, tuple):
        kind, arg = desc
        if kind == "trunc":
            return trunc(arg)
        if kind == "abridge":
            return arg
        raise ValueError(kind)
    return {
        "full": lambda: text,
        "abbr": lambda: abbr(text),
        "nostem": lambda: nostem(text),
        "misspell": lambda: misspell(text),
        "flat": lambda: flat(text),
        "flatabbr": lambda: abbr(flat(text)),
        "trunc": lambda: trunc(text),
        "flattrunc": lambda: trunc(text, 255),
        "blank": lambda: "",
    }.get(desc, lambda: desc)()


# --------------------------------------------------------------------------------------------
OFFICERS = [
    "Marsh, Daniel (Det Supt)", "Okafor, Grace (Ch Insp)", "Hollis, Mark (ACC Crime)",
    "Brennan, Sian (Head of Professional Standards)", "Whitfield, Tom (Supt)",
    "Kaur, Jaspreet (Head of Corporate Development)", "Doyle, Patrick (Ch Supt)",
    "Fenwick, Amy (Force Crime Registrar)", "Ashworth, Lee (Supt Firearms Licensing)",
    "Price, Hannah (Director of People)", "Nolan, Chris (Det Ch Insp)", "Ward, Ruth (Ch Insp Custody)",
    "Head of Intelligence", "Supt Contact Management", "",
]
BY_REPORT_OFFICER = {
    "firearms": "Ashworth, Lee (Supt Firearms Licensing)", "cdi19": "Fenwick, Amy (Force Crime Registrar)",
    "custody20": "Ward, Ruth (Ch Insp Custody)", "legf17": "Brennan, Sian (Head of Professional Standards)",
}
RISKS = ["CR-004 Vulnerability & safeguarding", "CR-011 Workforce capacity", "CR-017 Public confidence",
         "CR-022 Crime data integrity", "CR-009 Information management", ""]


def ts(d: date) -> str:
    t = datetime(d.year, d.month, d.day, RNG.randint(7, 18), RNG.randint(0, 59), RNG.randint(0, 59))
    return t.strftime("%Y-%m-%d %H:%M:%S")


def note_for(status: str, migrated: bool, upd: date, hmicfrs: bool = True) -> str:
    d = upd.strftime("%d/%m/%Y")
    if migrated and status == "Completed":
        rag = RNG.choice(["GREEN", "GREEN", "BLUE", "Complete"])
        return RNG.choice([
            f"Migrated from HMICFRS recommendations tracker (Excel) 12/04/2021.\nLegacy RAG: {rag}",
            f"Migrated 12/04/2021. Legacy RAG: {rag}, evidence held on SharePoint (OL team site).",
            f"Migrated from legacy tracker - legacy status {rag}.",
        ])
    pool = {
        "Completed": ["Completed. Evidence submitted to HMICFRS for closure.",
                      "Already complete / believed to be complete within short time scale (and within deadline).",
                      "The policy is now signed off and in place with an implementation date of the end of October.",
                      "Ready to move to GREEN status."],
        "In Progress": ["A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
                        "Work undertaken in area but still requires development to complete.",
                        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
                        "Addressed holistically as part of the force change programme."],
        "Overdue": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
                    "Work undertaken in area but still requires development to complete. Revised date requested, awaiting approval."],
        "Not Started": ["Awaiting allocation.", "Allocated to lead, plan to be scoped at next portfolio meeting.", ""],
        "Cancelled": ["Cancelled - superseded by new audit plan, agreed at JAC.", "Cancelled, duplicate of FIP action."],
    }[status]
    if not hmicfrs:
        pool = [p for p in pool if "HMICFRS" not in p]
    txt = RNG.choice(pool)
    if txt and RNG.random() < 0.55:
        extra = RNG.choice(["Update from lead: position unchanged, next review at Organisational Learning Board.",
                            "Progress sent to the OPCC to inform the JAC report, comments awaited.",
                            "Dip sample booked, results to Crime Standards Board.",
                            "xxx"])
        txt = f"{d} - {txt}\n{extra}"
    elif txt:
        txt = f"{d} - {txt}"
    return txt


def pct_for(status: str) -> str:
    return {"Completed": "100", "In Progress": str(RNG.choice([10, 25, 40, 50, 60, 75, 80, 90])),
            "Overdue": str(RNG.choice([20, 30, 50, 60])), "Not Started": RNG.choice(["0", ""]),
            "Cancelled": RNG.choice(["0", ""])}[status]


def due_for(status: str, pub: date, migrated: bool) -> date:
    if status == "Completed":
        return pub + timedelta(days=RNG.choice([90, 180, 365]))
    if status == "Overdue":
        span = max(10, min(300, (EXPORT - pub).days - 60))
        return EXPORT - timedelta(days=RNG.randint(5, span))
    if status == "In Progress" and RNG.random() < 0.2:
        return EXPORT - timedelta(days=RNG.randint(5, 120))    # system did not flip it to Overdue
    return EXPORT + timedelta(days=RNG.randint(20, 330))


# --------------------------------------------------------------------------------------------
def build():
    CASE.mkdir(parents=True, exist_ok=True)
    # ---- HMICFRS register export ---------------------------------------------------------
    def ordinal(d: date) -> str:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {d.strftime('%B %Y')}"

    comments_closed = ["This recommendation is complete",
                       "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity.",
                       "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections."]
    comments_open = {"being-progressed": ["The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.", ""],
                     "awaiting-review": ["New recommendation", "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."]}
    hrows = []
    for it in ITEMS:
        title, pub, _, _ = REPORTS[it["rep"]]
        if it["status"] == "complete":
            sd = min(pub + timedelta(days=RNG.randint(200, 1500)), date(2023, 12, 1))
            com = RNG.choice(comments_closed)
        else:
            sd = pub + timedelta(days=RNG.randint(10, 700))
            if sd > date(2024, 2, 20):
                sd = date(2024, 2, 20) - timedelta(days=RNG.randint(0, 100))
            com = RNG.choice(comments_open[it["status"]])
        hrows.append({
            "id": it["id"], "force": "All forces" if it["rep"] in NATIONAL_KEYS else FORCE,
            "report": title, "published": ordinal(pub), "type": it["type"],
            "cause_of_concern": it["coc"] or "", "recommendation": it["text"],
            "status": it["status"], "status_date": ordinal(sd), "latest_comment": com,
            "url": f"https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/derbyshire/{it['id']}/",
            "_pub": pub, "_item": it,
        })
    hrows.sort(key=lambda r: (-r["_pub"].toordinal(), r["id"]))
    hcols = ["id", "force", "report", "published", "type", "cause_of_concern", "recommendation",
             "status", "status_date", "latest_comment", "url"]
    with open(CASE / "hmicfrs.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(hcols)
        for i, r in enumerate(hrows):
            w.writerow([r[c] for c in hcols])
            r["_item"]["hrow"] = f"hmicfrs.csv!{i + 2}"

    # ---- force system export -------------------------------------------------------------
    frows = []
    for it in ITEMS:
        if not it["f"]:
            continue
        _, pub, source, _ = REPORTS[it["rep"]]
        migrated = pub < date(2021, 4, 12)
        created = date(2021, 4, 12) if migrated else pub + timedelta(days=RNG.randint(20, 45))
        for k, fr in enumerate(it["f"]):
            st = fr["status"]
            if migrated and st == "Completed":
                upd = date(2021, 4, 12)
            else:
                upd = EXPORT - timedelta(days=RNG.randint(1, min(160, (EXPORT - created).days)))
            off = BY_REPORT_OFFICER.get(it["rep"]) or RNG.choice(OFFICERS)
            frows.append(dict(
                _item=it, _created=created, _seq=(pub.toordinal(), it["id"], k),
                title=fr["title"], desc=variant(fr["desc"], it["text"]),
                source=fr.get("source", source), risk=RNG.choice(RISKS), status=st,
                pct=str(fr["pct"]) if "pct" in fr else pct_for(st), officer=off,
                due=due_for(st, pub, migrated).isoformat(), updated=ts(upd),
                note=fr.get("note") or note_for(st, migrated, upd)))
    for ex in EXTRA:
        st = ex["status"]
        upd = ex["created"] if st in ("Completed", "Cancelled") and ex["created"] == date(2021, 4, 12) else \
            EXPORT - timedelta(days=RNG.randint(1, min(200, (EXPORT - ex["created"]).days)))
        frows.append(dict(
            _item=None, _extra=ex, _created=ex["created"], _seq=(ex["created"].toordinal(), 0, 0),
            title=ex["title"], desc=ex["desc"], source=ex["source"], risk=RNG.choice(RISKS),
            status=st, pct=pct_for(st), officer=RNG.choice(OFFICERS),
            due=(ex["created"] + timedelta(days=RNG.randint(90, 400))).isoformat() if st in ("Completed", "Cancelled")
            else due_for(st, ex["created"], False).isoformat(),
            updated=ts(upd), note=ex.get("note") or note_for(st, ex["created"] == date(2021, 4, 12), upd,
                                            ex["source"].startswith("HMICFRS"))))
    # Action refs in creation order (the system numbers all of the force's actions, so gaps)
    frows.sort(key=lambda r: (r["_created"], r["_seq"]))
    ref = 3118
    for r in frows:
        ref += RNG.randint(1, 9) if r["_created"] == date(2021, 4, 12) else RNG.randint(3, 40)
        r["ref"] = f"ACT-{ref:06d}"
    fcols = ["Action Ref", "Action Title", "Action Description", "Source", "Linked Risk",
             "Action Status", "% Complete", "Responsible Officer", "Due Date", "Last Updated", "Latest Note"]
    keys = ["ref", "title", "desc", "source", "risk", "status", "pct", "officer", "due", "updated", "note"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(fcols)
    for i, r in enumerate(frows):
        w.writerow([r[k] for k in keys])
        r["frow"] = f"tracker.csv!{i + 2}"
    w.writerow([])
    w.writerow([f"Total actions: {len(frows)}"] + [""] * (len(fcols) - 1))
    (CASE / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

    # ---- truth ---------------------------------------------------------------------------
    truth = []
    for it in ITEMS:
        rows = [r for r in frows if r["_item"] is it]
        h_open = it["status"] != "complete"
        if not rows:
            assert h_open
            truth.append((it["hrow"], "", "missing_from_force",
                          f"register item {it['id']} ({REPORTS[it['rep']][0]}) has no action in the force's system"))
            continue
        sts = [r["status"] for r in rows]
        if it["id"] == 12950:
            f_done = True
        else:
            f_done = all(s == "Completed" for s in sts)
        if it["conflict"]:
            cat, why = "conflict", it["conflict"]
        elif h_open and f_done:
            cat, why = "closeable_submit", f"register {it['status']}, force action(s) Completed"
        elif not h_open and not f_done:
            cat, why = "closeable_local", f"register complete, force action still {'/'.join(sts)}"
        else:
            cat, why = "in_sync", (f"open on both (register {it['status']}, force {'/'.join(sts)})" if h_open
                                   else "closed on both (register complete, force Completed)")
        if len(rows) > 1:
            why += f"; one register item tracked as {len(rows)} actions"
        if it["tnote"]:
            why += f"; {it['tnote']}"
        for r in rows:
            truth.append((it["hrow"], r["frow"], cat, why))
    for r in frows:
        if r["_item"] is None:
            truth.append(("", r["frow"], "not_on_hmicfrs_list", r["_extra"]["why"]))
    tdf = pd.DataFrame(truth, columns=["hmicfrs_row", "force_row", "category", "why"])
    tdf.to_csv(CASE / "truth.csv", index=False)
    return hrows, frows, tdf


if __name__ == "__main__":
    hrows, frows, tdf = build()
    print(len(hrows), "register items;", len(frows), "force rows;", len(tdf), "truth lines")
    print(tdf.category.value_counts().to_string())
