"""Builder for the independent case `portfolio_acronym_tracker`.

A large force's tracker kept by portfolio (one sheet per portfolio), reports named only by the
force's acronyms ("PEEL21", "PEEL 18/19", "CDI19", ...), item ids built from them, HMICFRS
register numbers on about a third of the rows, RAG words, role-acronym owners. The HMICFRS side
is the definitive list with full titles, dates, types, texts and statuses.

Texts: real texts only (real_recommendations.csv and the casegen text lists, read as data).
Run: /work/main/.venv/bin/python /tmp/indep10/acronyms/build.py
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402
from reconcile.casegen.texts import tracker as T  # noqa: E402

SEED = 20240304
rng = random.Random(SEED)
OUT = Path("/tmp/indep10/acronyms/portfolio_acronym_tracker")
OUT.mkdir(parents=True, exist_ok=True)
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")

FORCE = "Greater Manchester Police"
REC, AFI, COC, NAT = N.REC, N.AFI, N.COC, N.NAT


def nat(key: str, i: int) -> str:
    return N.NATIONAL[key][2][i][1]


def body(start: str) -> str:
    hits = [b for b in F.BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def topic(start: str, t: str) -> str:
    hits = [b for b in T.TOPIC_BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    assert t in T.TOPICS, t
    return hits[0].format(t=t)


def real(i: int) -> str:
    return REAL.text[i]


def afi(b: str) -> str:
    return f"The force should {b}."


# ---------------------------------------------------------------------------------------------
# Reports: key -> (force acronym used in the tracker's Source column, HMICFRS title, published)
REPORTS = {
    "SS13": ("S&S13", N.NATIONAL["sas13"][0], dt.date(2013, 7, 9)),
    "EB14": ("EB14", N.NATIONAL["everyone"][0], dt.date(2014, 3, 27)),
    "PIA14": ("PIA14", N.NATIONAL["austerity"][0], dt.date(2014, 7, 22)),
    "CB14": ("CB14", N.NATIONAL["core"][0], dt.date(2014, 9, 4)),
    "IM15": ("IM15", N.NATIONAL["integrity"][0], dt.date(2015, 1, 30)),
    "SS15": ("S&S15", N.NATIONAL["sas15"][0], dt.date(2015, 3, 24)),
    "BTP15": ("BtP15", N.NATIONAL["picture"][0], dt.date(2015, 7, 1)),
    "FAL15": ("FAL15", N.NATIONAL["firearms"][0], dt.date(2015, 9, 15)),
    "CUST16": ("Cust16", "Report on an unannounced inspection visit to police custody suites in "
               "Greater Manchester", dt.date(2016, 11, 22)),
    "SF17": ("MSHT17", N.NATIONAL["stolen"][0], dt.date(2017, 10, 24)),
    "EFF17": ("EFF17", N.NATIONAL["efc17"][0], dt.date(2017, 11, 9)),
    "LEG17": ("LEG17", N.NATIONAL["leg17"][0], dt.date(2017, 12, 12)),
    "NCPI18": ("NCPI18", "National child protection inspection: Greater Manchester Police",
               dt.date(2018, 6, 19)),
    "PEEL1819": ("PEEL 18/19", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                 "Greater Manchester Police", dt.date(2019, 5, 2)),
    "CUST19": ("Cust19", "Report on an unannounced inspection visit to police custody suites in "
               "Greater Manchester", dt.date(2019, 8, 20)),
    "CDI19": ("CDI19", "Crime data integrity inspection 2019: Greater Manchester Police",
              dt.date(2019, 9, 12)),
    "DUPP21": ("DUPP21", N.NATIONAL["powers"][0], dt.date(2021, 2, 26)),
    "PEEL21": ("PEEL21", "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An "
               "inspection of Greater Manchester Police", dt.date(2022, 9, 29)),
    "VV22": ("V&V22", "An inspection of vetting, misconduct, and misogyny in the police service",
             dt.date(2022, 11, 2)),
}

SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
                   "inspections. Where a cause of concern still exists this will appear in the "
                   "register against these subsequent inspections.")
MONITOR_NOTE = ("The progress of the implementation of this recommendation is currently being "
                "monitored by HMICFRS and this record will, in due course, be updated.")
COMPLETE_NOTE = "This recommendation is complete"
CDI_NOTE = ("Authorised for closure on the basis of the additional observations offered by "
            "members of the CDI inspection team in recent inspection activity.")

AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
H_CLOSED = {CO, SU}

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key -> dict(rep, id, type, text, status, comment)
H: dict[str, dict] = {}
_ids = {"SS13": 1187, "EB14": 2321, "PIA14": 3105, "CB14": 4822, "IM15": 902, "SS15": 5230,
        "BTP15": 5610, "FAL15": 6120, "CUST16": 7318, "SF17": 8402, "EFF17": 8490,
        "LEG17": 8541, "NCPI18": 9012, "PEEL1819": 9640, "CUST19": 10118, "CDI19": 10205,
        "DUPP21": 12230, "PEEL21": 13010, "VV22": 13390}


def h(key, rep, typ, text, status, comment=None):
    assert key not in H
    hid = _ids[rep]
    _ids[rep] += 1
    H[key] = dict(rep=rep, id=hid, type=typ, text=text, status=status, comment=comment)


# S&S 2013 (national)
h("ss13_1", "SS13", NAT, nat("sas13", 0), CO, COMPLETE_NOTE)
h("ss13_2", "SS13", NAT, nat("sas13", 1), CO, COMPLETE_NOTE)
h("ss13_3", "SS13", NAT, nat("sas13", 2), BP, MONITOR_NOTE)
# Everyone's business 2014
h("eb14_1", "EB14", NAT, N.EVERYONE_PLAN, SU, SUPERSEDED_NOTE)
# Policing in austerity 2014
for i in range(4):
    h(f"pia14_{i+1}", "PIA14", NAT, nat("austerity", i), CO, COMPLETE_NOTE if i != 3 else None)
# Core business 2014
h("cb14_1", "CB14", NAT, nat("core", 0), CO, COMPLETE_NOTE)
h("cb14_2", "CB14", NAT, nat("core", 1), BP,
  "The status of this recommendation is currently being reviewed by HMIC and will be updated "
  "when this review is complete.")
# Integrity matters 2015
h("im15_1", "IM15", NAT, nat("integrity", 0), CO, COMPLETE_NOTE)
# S&S 2 2015
h("ss15_1", "SS15", NAT, nat("sas15", 0), BP, MONITOR_NOTE)
# Building the picture 2015
h("btp15_1", "BTP15", NAT, nat("picture", 0), CO, COMPLETE_NOTE)
# Firearms licensing 2015
h("fal15_1", "FAL15", NAT, nat("firearms", 0), CO, COMPLETE_NOTE)
h("fal15_2", "FAL15", NAT, nat("firearms", 1), BP, MONITOR_NOTE)
h("fal15_3", "FAL15", NAT, nat("firearms", 2), CO, COMPLETE_NOTE)
h("fal15_4", "FAL15", NAT, nat("firearms", 3), BP, MONITOR_NOTE)
h("fal15_5", "FAL15", NAT, nat("firearms", 4), BP, None)
# Custody 2016 and 2019: same report title, same recommendation text
CHILDREN = "The force should, " + body("in conjunction with children’s social care") + "."
h("cust16_1", "CUST16", REC, CHILDREN, SU,
  "Superseded: repeated in the 2019 unannounced inspection of custody suites.")
# Stolen freedom 2017
h("sf17_1", "SF17", NAT, nat("stolen", 0), BP, MONITOR_NOTE)
h("sf17_2", "SF17", NAT, nat("stolen", 1), AR, "New recommendation")
h("sf17_3", "SF17", NAT, nat("stolen", 2), BP, None)
h("sf17_4", "SF17", NAT, nat("stolen", 3), CO, COMPLETE_NOTE)
h("sf17_5", "SF17", NAT, nat("stolen", 4), BP, None)
h("sf17_6", "SF17", NAT, nat("stolen", 5), BP, None)
h("sf17_7", "SF17", NAT, nat("stolen", 6), CO, COMPLETE_NOTE)
# PEEL efficiency 2017 (national)
h("eff17_1", "EFF17", NAT, nat("efc17", 0), CO, COMPLETE_NOTE)
# PEEL legitimacy 2017 (national)
h("leg17_coc", "LEG17", COC, nat("leg17", 0), BP, None)
h("leg17_1", "LEG17", NAT, nat("leg17", 1), BP, None)
h("leg17_2", "LEG17", NAT, nat("leg17", 2), BP, None)
h("leg17_3", "LEG17", NAT, nat("leg17", 3), BP, None)
h("leg17_4", "LEG17", NAT, nat("leg17", 4), CO, COMPLETE_NOTE)
# NCPI 2018 (force)
h("ncpi_coc", "NCPI18", COC, real(25), BP, None)
h("ncpi_1", "NCPI18", REC, real(26), BP, None)
h("ncpi_2", "NCPI18", REC, "Within three months, the force should "
  + topic("improve how it works with partner", "child sexual exploitation") + ".", CO, COMPLETE_NOTE)
h("ncpi_3", "NCPI18", REC, "Within six months the force should "
  + topic("make sure officers and staff have the training", "child sexual exploitation") + ".",
  BP, None)
h("ncpi_afi1", "NCPI18", AFI, afi(topic("improve how it gathers", "online child sexual abuse")),
  CO, COMPLETE_NOTE)
h("ncpi_afi2", "NCPI18", AFI, afi(topic("make sure investigations of",
                                        "sexual offences against children")), BP, None)
# PEEL 2018/19 (force)
h("p19_r1", "PEEL1819", REC, real(0), CO, COMPLETE_NOTE)
h("p19_r2", "PEEL1819", REC, real(6), BP, None)
h("p19_r3", "PEEL1819", REC, real(1), SU, SUPERSEDED_NOTE)
COUNTY = afi(topic("improve its understanding of the nature", "county lines drug dealing"))
DA_INFORMED = afi(topic("make sure victims of", "domestic abuse"))
ONLINE_CSA = afi(topic("improve the way it manages the risk", "online child sexual abuse"))
HATE = afi(topic("make sure it records reports", "hate crime"))
DIGITAL_EV = afi(body("improve its ability to retrieve digital evidence"))
HBA = afi(topic("make sure officers and staff have the training", "honour-based abuse"))
WHISTLE_BODY = body("make sure it provides a confidential way")
h("p19_a1", "PEEL1819", AFI, COUNTY, SU, SUPERSEDED_NOTE)
h("p19_a2", "PEEL1819", AFI, DA_INFORMED, CO, COMPLETE_NOTE)
h("p19_a3", "PEEL1819", AFI, ONLINE_CSA, BP, None)
h("p19_a4", "PEEL1819", AFI, HATE, BP, None)
h("p19_a5", "PEEL1819", AFI, DIGITAL_EV, BP, None)
h("p19_a6", "PEEL1819", AFI, afi(body("improve its understanding of suspects released")), CO,
  COMPLETE_NOTE)
h("p19_a7", "PEEL1819", AFI, real(14), CO, COMPLETE_NOTE)
h("p19_a8", "PEEL1819", AFI, real(16), BP, None)
h("p19_a9", "PEEL1819", AFI, afi(body("establish or improve monitoring")), BP, None)
h("p19_a10", "PEEL1819", AFI, f"{FORCE} should " + body("review how it gathers and uses equality")
  + ".", BP, None)
h("p19_a11", "PEEL1819", AFI, afi(WHISTLE_BODY), CO, COMPLETE_NOTE)
h("p19_a12", "PEEL1819", AFI, HBA, CO, COMPLETE_NOTE)
h("p19_a13", "PEEL1819", AFI, afi(topic("improve how it works with partner",
                                        "county lines drug dealing")), BP, None)
h("p19_a14", "PEEL1819", AFI, afi(topic("make sure its analysis", "serious and organised crime")),
  CO, COMPLETE_NOTE)
h("p19_a15", "PEEL1819", AFI, real(15), BP, None)
# Custody 2019
h("cust19_1", "CUST19", REC, CHILDREN, BP, None)
# CDI 2019 (force)
h("cdi_r1", "CDI19", REC, "Within three months, the force should " + F.CDI_VICTIMS_BODY + ".",
  BP, None)
h("cdi_r2", "CDI19", REC, "Within six months, the force should "
  + body("improve its use of its crime-recording") + ".", CO, CDI_NOTE)
h("cdi_r3", "CDI19", REC, "Within six months, the force should " + body("revise its approach to cautions")
  + ".", BP, None)
h("cdi_a1", "CDI19", AFI, afi(topic("make sure it records reports", "rape and serious sexual offences")),
  BP, None)
h("cdi_a2", "CDI19", AFI, afi(topic("make sure it records reports", "stalking and harassment")),
  BP, None)
h("cdi_a3", "CDI19", AFI, afi(topic("make sure it records reports",
                                    "modern slavery and human trafficking")), CO, CDI_NOTE)
# Disproportionate use of police powers 2021
h("dupp_1", "DUPP21", NAT, nat("powers", 0), BP, None)
h("dupp_2", "DUPP21", NAT, nat("powers", 1), BP, None)
h("dupp_3", "DUPP21", NAT, nat("powers", 2), BP, None)
h("dupp_4", "DUPP21", NAT, nat("powers", 3), BP, None)
h("dupp_5", "DUPP21", NAT, nat("powers", 4), CO, COMPLETE_NOTE)
# PEEL 2021/22 (force)
h("p21_coc", "PEEL21", COC, real(8), BP, None)
h("p21_r1", "PEEL21", REC, "Within six months, the force should "
  + body("improve the supervision of investigations") + ".", BP, None)
h("p21_r2", "PEEL21", REC, "Within six months the force should "
  + topic("make sure it has enough specialist", "rape and serious sexual offences") + ".", BP, None)
h("p21_r3", "PEEL21", REC, "Within three months, the force should "
  + body("ensure that it has sufficient resources available in the control room") + ".", BP, None)
h("p21_a1", "PEEL21", AFI, COUNTY, BP, None)
h("p21_a2", "PEEL21", AFI, DA_INFORMED, AR, "New recommendation")
h("p21_a3", "PEEL21", AFI, ONLINE_CSA, BP, None)
h("p21_a4", "PEEL21", AFI, HATE, BP, None)
h("p21_a5", "PEEL21", AFI, DIGITAL_EV, BP, None)
h("p21_a6", "PEEL21", AFI, afi(body("make sure the corporate risk register")), BP, None)
h("p21_a7", "PEEL21", AFI, afi(body("make sure it has access to accurate data")), BP, None)
h("p21_a8", "PEEL21", AFI, afi(body("put plans in place to monitor")), BP, None)
h("p21_a9", "PEEL21", AFI, afi(body("specify in succession plans")), BP, None)
h("p21_a10", "PEEL21", AFI, afi(topic("improve the timeliness", "vulnerable adults")), BP, None)
h("p21_a11", "PEEL21", AFI, afi(body("develop a clear prevention strategy")), CO, COMPLETE_NOTE)
h("p21_a12", "PEEL21", AFI, afi(topic("make sure it consistently uses ancillary",
                                      "stalking and harassment")), BP, None)
h("p21_a13", "PEEL21", AFI, afi(topic("improve its understanding of the nature", "fraud")), BP, None)
h("p21_a14", "PEEL21", AFI, afi(topic("make sure victims of", "fraud")), BP, None)
h("p21_a15", "PEEL21", AFI, afi(body("review the support available")), BP, None)
h("p21_a16", "PEEL21", AFI, afi(body("make sure it provides accessible information")), BP, None)
h("p21_a17", "PEEL21", AFI, afi(body("make sure all processes in place to support")), BP, None)
h("p21_a18", "PEEL21", AFI, afi(body("make sure there are appropriate strategic oversight")), BP,
  None)
h("p21_a19", "PEEL21", AFI, afi(topic("improve the way it manages the risk",
                                      "serious and organised crime")), BP, None)
h("p21_a20", "PEEL21", AFI, HBA, BP, None)
# Vetting, misconduct and misogyny 2022 (national): real bodies with real all-forces stems,
# put back into the plural
VET = ("By 31 October 2023, forces should ensure all staff have received at least the lowest "
       "level of vetting clearance for their roles as quickly as possible, working to clear both "
       "the vetting backlog and new vetting renewals when they become due so that they comply "
       "fully with the national vetting guidelines.")
assert body("ensure all staff have received").startswith("ensure all staff have received at least")
BACKGROUND = ("Immediately, forces should review their current background checks arrangements, "
              "and make sure that suitable and sufficient background checks are in place to "
              "safeguard their staff and the communities they serve.")
NFA_2023 = nat("integrity", 0).replace("By 31 August 2015, all chief constables",
                                       "By 31 October 2023, forces")
WHISTLE_2023 = ("By 31 October 2023, forces should make sure they provide a confidential way for "
                "staff to raise concerns and that staff are aware of whistleblowing processes.")
h("vv_1", "VV22", NAT, VET, BP, None)
h("vv_2", "VV22", NAT, BACKGROUND, CO, COMPLETE_NOTE)
h("vv_3", "VV22", NAT, NFA_2023, BP, None)
h("vv_4", "VV22", NAT, WHISTLE_2023, BP, None)

# ---------------------------------------------------------------------------------------------
# Force rows.  Sheets: CJ, OPS, PP, ES.
CJ, OPS, PP, ES = "Crime & Justice", "Operations", "Public Protection", "Enabling Services"
ROWS: list[dict] = []
CONFLICT: dict[str, str] = {}   # HMICFRS key -> why


def f(sheet, fid, src, ftype, text, owner, rag, update, hk=None, ref=None, board=None):
    ROWS.append(dict(sheet=sheet, fid=fid, src=src, ftype=ftype, text=text, owner=owner, rag=rag,
                     update=update, hk=hk, ref=ref, board=board))


# --- S&S13 / S&S15 (Operations)
f(OPS, "S&S13-R1", "S&S13", "Nat Rec",
  "CCs & CoP to establish in the S&S APP a clear specification of what constitutes the effective "
  "& fair exercise of S&S powers", "C/Supt Ops", "WHITE",
  "CoP responsibility. APP published. Not GMP to deliver.", "ss13_1")
f(OPS, "S&S13-R2", "S&S13", "Nat Rec",
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law...",
  "C/Supt Ops", "GREEN", "S&S dashboard live on Qlik since 2016. Closed at FET.", "ss13_2")
f(OPS, "S&S13-R3", "S&S13", "Nat Rec",
  "Chief Constables should, in consultation with elected local policing bodies, ensure that they "
  "comply with the code of practice by explaining to the public the way stop and search powers "
  "are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.",
  "Supt S&S lead", "AMBER",
  "08/01/24 – Scrutiny panel ToR being refreshed with the Deputy Mayor's office. Youth panel "
  "pilot in 2 districts.", "ss13_3")
f(OPS, "S&S15-R1", "S&S15", "Nat Rec",
  "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of "
  "Practice by explaining to the public the way S&S powers are used in their areas & by making "
  "arrangements for S&S records to be scrutinised by community representatives.",
  "Supt S&S lead", "GREEN",
  "14/11/23 – Community scrutiny panels in place in all districts; S&S data published monthly "
  "on website. Ready to move to GREEN status.", "ss15_1")
# --- Policing in austerity (Enabling)
f(ES, "PIA14-R1", "PIA14", "Nat Rec",
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
  "doing all they can to continue to reduce crime and protect the front line while balancing "
  "their budgets.", "Director of Finance", "GREEN", "MTFP reviewed annually. Complete.",
  "pia14_1", board="Finance Board")
f(ES, "PIA14-R2", "PIA14", "Nat Rec",
  "CCs & PCCs in forces planning <10% of savings through collaboration to assess scope to "
  "improve on this", "Director of Finance", "GREY", "Closed by HMIC (autumn 2014 follow-up).",
  "pia14_2", board="Finance Board")
f(ES, "PIA14-R3", "PIA14", "Nat Rec",
  "CCs and PCCs in forces that are planning to reduce the proportion of their workforce and/or "
  "police officers on the front line should assess whether they have taken the decisive action "
  "seen in many forces in order to maintain their crime fighting capacity.",
  "Head of Strat & Perf", "AMBER",
  "Re-opened 2023 – to be considered as part of the Operating Model review (front line "
  "definition).", "pia14_3", board="Change Board")
# --- Everyone's business (Public Protection)
f(PP, "EB14-R1", "EB14", "Nat Rec",
  "Establish & publish a DA action plan (Everyone's Business) – consult PCC, DA support orgs & "
  "victims' reps; consider all recs in the report; DHRs & IPCC findings; CPS scrutiny panels & "
  "MARAC self-assessments", "D/Supt PVP", "GREY",
  "Superseded – DA now inspected through PEEL. Retained for audit trail.", "eb14_1")
# --- Core business (Operations)
f(OPS, "CB14-R1", "CB14", "Nat Rec",
  "Provide call-handlers with specific, sound and comprehensible criteria against which they can "
  "assess threat, harm and risk (THRIVE)", "Supt OCB", "GREEN",
  "THRIVE embedded in call handling 2015. Complete.", "cb14_1")
# --- Integrity matters (Enabling)
f(ES, "IM15-R1", "IM15", "Nat Rec",
  "Satisfy ourselves that misconduct investigations resulting in 'no further action' are fair "
  "and free of any form of discrimination", "Head of PSD", "GREEN",
  "Dip sample of NFA outcomes by PSD & staff networks. Complete.", "im15_1", board="PSD Board")
# --- Building the picture (Enabling)
f(ES, "BtP15-R1", "BtP15", "Nat Rec",
  "Put in place arrangements to scrutinise audits of compliance with the APP on information "
  "management through the force IM governance structure", "Head of Info Mgmt", "AMBER",
  "12/12/23 – MoPI audit programme restarted after iOPS go-live; first report to IAB in "
  "March.", "btp15_1", board="Information Assurance Board")
# --- Firearms licensing (Operations)
f(OPS, "FAL15-R1", "FAL15", "Nat Rec",
  "Within 3 months, assess how well the governance of firearms licensing meets the standards in "
  "APP; put correct arrangements in place where not complied with", "FLU Manager", "GREEN",
  "Complete – APP self-assessment 2016.", "fal15_1")
f(OPS, "FAL15-R2", "FAL15", "Nat Rec",
  "Within 6 months, all CCs should assess the demand placed on their firearms licensing "
  "department and ensure it has the capacity to meet this demand and provide an efficient and "
  "effective service at all times.", "FLU Manager", "AMBER",
  "22/01/24 – Demand model refreshed; 6 additional FEOs in recruitment. Backlog of renewals "
  "still c.1,900.", "fal15_2")
CONFLICT["fal15_2"] = ("Timescale differs: HMICFRS text says 'Within three months'; the force "
                       "row FAL15-R2 says 'Within 6 months'")
f(OPS, "FAL15-R3", "FAL15", "Nat Rec",
  "Ensure all appropriate action is taken with regard to 'total expired' licensing records",
  "FLU Manager", "GREEN", "Complete.", "fal15_3")
f(OPS, "FAL15-R4", "FAL15", "Nat Rec",
  "Within three months, all chief constables should ensure that their arrangements in respect of "
  "the use of temporary permits are in accordance with the Home Office guidance; that temporary "
  "permits are properly recorded without delay on the National Firearms Licensing Management "
  "System; and that effecti...", "FLU Manager", "GREEN",
  "Temporary permits recorded on NFLMS same day – audit 10/23 100% compliant. Evidence "
  "submitted to HMICFRS for closure.", "fal15_4")
f(OPS, "FAL15-R5", "FAL15", "Nat Rec",
  "Systems to identify, prior to police attendance, whether an incident involves / is at the "
  "address of a firearm certificate holder – applied by dispatchers; officers understand risk "
  "assessment & power to seize", "Supt OCB", "AMBER",
  "iOPS flag being tested; dispatcher briefing in Feb 24.", "fal15_5")
# --- Custody 2016 / 2019 (Crime & Justice)
f(CJ, "Cust16-R1", "Cust16", "Rec",
  "In conjunction with children's social care services, review how we manage the detention of "
  "children (detain only when absolutely necessary; early assessment of need for alternative "
  "accommodation; record all actions & decisions; timely appropriate adult support)",
  "Ch Insp Custody", "GREY", "Superseded by Cust19-R1.", "cust16_1")
f(CJ, "Cust19-R1", "Cust19", "Rec",
  "Review with CSC how we manage the detention of children:\n• only detained when absolutely "
  "necessary & for the absolute minimum time\n• early assessment of need for alternative "
  "accommodation (secure or otherwise)\n• custody staff record all actions & decisions\n"
  "• improve timeliness of AA support for children arrested", "Ch Insp Custody", "AMBER",
  "05/02/24 – Concordat on children in custody signed with 8 of 10 LAs. AA contract re-tender "
  "under way.", "cust19_1")
# --- Stolen freedom (Public Protection / Crime & Justice)
f(PP, "MSHT17-R1a", "MSHT17", "Nat Rec",
  "Within 12 months review MSHT leadership & governance so that senior leaders prioritise the "
  "response to MSHT", "D/Supt PVP", "GREEN", "MSHT Board chaired by ACC since 2018.", "sf17_1")
f(PP, "MSHT17-R1b", "MSHT17", "Nat Rec",
  "…every incident of MSHT identified to police is allocated appropriate resources with the "
  "skills, experience & capacity to investigate it effectively", "D/Supt PVP", "GREEN",
  "Allocation through the MSHT tasking meeting.", "sf17_1")
f(PP, "MSHT17-R1c", "MSHT17", "Nat Rec",
  "…effective partnership arrangements to co-ordinate activity in order to share information & "
  "safeguard victims", "D/Supt PVP", "AMBER",
  "Partnership anti-slavery network being re-launched with GMCA.", "sf17_1")
f(PP, "MSHT17-R1d", "MSHT17", "Nat Rec",
  "…performance & QA measures in place so senior leaders can assess the nature & quality of the "
  "service provided to victims", "D/Supt PVP", "GREEN", "MSHT measures in the FPR pack.",
  "sf17_1")
f(PP, "MSHT17-R2", "MSHT17", "Nat Rec",
  "Within 6 months, forces should have in place active ISAs with other agencies to facilitate "
  "speedy exchange of intelligence & in order to safeguard victims better & to identify suspects "
  "as early as possible.", "DCI MSHT", "GREEN",
  "ISAs signed with all 10 LAs, Border Force & GLAA. Completed. Evidence submitted to HMICFRS "
  "for closure.", "sf17_2")
f(PP, "MSHT17-R4", "MSHT17", "Nat Rec",
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
  "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
  "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of "
  "modern slavery or human trafficking.", "DCI MSHT", "AMBER",
  "Duty to Notify compliance at 81% (Q3). Refresher input to PVP teams planned.", "sf17_4")
f(CJ, "MSHT17-R5", "MSHT17", "Nat Rec",
  "Immediately – fully comply with NCRS for offences identified as MSHT; sufficient audit "
  "capacity for the FCR", "FCR", "GREEN",
  "MSHT included in the FCR audit plan 2023/24; compliance 96%.", "sf17_5")
f(CJ, "MSHT17-R6", "MSHT17", "Nat Rec",
  "MSHT allegations thoroughly investigated & effectively supervised by teams with the skills & "
  "experience (incl. JITs / overseas evidence)", "D/Supt SOC", "AMBER",
  "Work undertaken in area but still requires development to complete.", "sf17_6")
f(PP, "MSHT17-R7", "MSHT17", "Nat Rec",
  "Review use of preventative powers under the MSA 2015 (STROs / STPOs)", "DCI MSHT", "GREEN",
  "Complete – STRO/STPO guidance issued.", "sf17_7")
# --- PEEL efficiency 2017 national (Enabling)
f(ES, "EFF17-R1", "EFF17", "Nat Rec",
  "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services "
  "within their force.", "Head of ICT", "AMBER",
  "Digital strategy 2024-27 in draft – to Digital Board in April.", "eff17_1",
  board="Digital Board")
# --- PEEL legitimacy 2017 national (Operations)
f(OPS, "LEG17-CoC1", "LEG17", "CoC",
  "Forces not able to demonstrate that S&S use is consistently reasonable & fair – "
  "over-representation of BAME people, black people in particular, which many forces are unable "
  "to explain", "Supt S&S lead", "AMBER",
  "Disproportionality problem profile commissioned.", "leg17_coc")
f(OPS, "LEG17-R1a", "LEG17", "Nat Rec",
  "By July 2018 regularly & frequently monitor a comprehensive set of S&S data to understand the "
  "reasons for any disproportionate representation of different ethnic groups",
  "Supt S&S lead", "AMBER", "Qlik app in place; analysis of reasons outstanding.", "leg17_1")
f(OPS, "LEG17-R1b", "LEG17", "Nat Rec",
  "…the extent to which find rates differ between people from different ethnicities & across "
  "different types of searches (incl. drug possession v supply)", "Supt S&S lead", "GREEN",
  "Find rates by ethnicity and search type in monthly product.", "leg17_1")
CONFLICT["leg17_1"] = ("Bullet missing: HMICFRS item has three bullets; the force split it into "
                       "LEG17-R1a and R1b only, with no row for the third bullet (prevalence of "
                       "possession-only drug searches)")
f(OPS, "LEG17-R2", "LEG17", "Nat Rec",
  "Where disparities are identified through monitoring, demonstrate to the public research & "
  "analysis into the reasons and action taken to reduce the disparity", "Supt S&S lead", "AMBER",
  "Linked to LEG17-CoC1.", "leg17_2")
f(OPS, "LEG17-R3", "LEG17", "Nat Rec",
  "Publish this analysis and any actions taken at least annually, from July 2018",
  "Supt S&S lead", "GREEN",
  "Annual S&S disproportionality report published 07/2023 on GMP website.", "leg17_3")
f(OPS, "LEG17-R4", "LEG17", "Nat Rec",
  "By July 2018, and ongoing, all officers who use S&S powers to have been provided with, and "
  "understand, training on unconscious bias & CoP APP on S&S", "Head of L&D", "GREEN",
  "Mandatory NCALT package + classroom input. Complete.", "leg17_4", ref=8554)
CONFLICT["leg17_4"] = ("Reference differs: force row LEG17-R4 gives HMICFRS ref 8554; the list "
                       "holds this item as 8545 (8554 is not on the list)")
# --- NCPI 2018 (Public Protection; R1a in Operations)
f(PP, "NCPI18-CoC1", "NCPI18", "CoC",
  "Response to missing & absent children is a cause of concern – children classed as 'absent' "
  "when they should be 'missing'; risk levels assessed at a lower grade; CSE information not "
  "influencing risk", "D/Supt PVP", "AMBER",
  "Missing from Home improvement plan – see NCPI18-R1a-c.", "ncpi_coc")
f(OPS, "NCPI18-R1a", "NCPI18", "Rec",
  "Call takers understand and use the missing and absent category appropriately", "Supt OCB",
  "GREEN", "'Absent' category removed from iOPS Sept 2019. Complete.", "ncpi_1")
f(PP, "NCPI18-R1b", "NCPI18", "Rec",
  "Call takers & frontline staff have the necessary knowledge to identify risk factors "
  "associated with CSE and how to respond", "D/Supt PVP", "GREEN",
  "CSE training delivered to OCB and response 2019-20.", "ncpi_1")
f(PP, "NCPI18-R1c", "NCPI18", "Rec",
  "Supervisors provide the correct oversight of missing person enquiries and direct appropriate "
  "& timely investigative and safeguarding action", "D/Supt PVP", "GREEN",
  "Missing persons supervisory review built into the MFH app. Complete – pending sign off.",
  "ncpi_1")
f(PP, "NCPI18-R2", "NCPI18", "Rec",
  "Within three months – improve how we work with partner organisations to safeguard people at "
  "risk from CSE", "D/Supt PVP", "GREEN", "Complete – Complex Safeguarding hubs.", "ncpi_2")
f(PP, "NCPI18-R3", "NCPI18", "Rec",
  "Within six months the force should make sure officers and staff have the training they need "
  "to identify and respond to child sexual exploitation.", "Head of L&D", "AMBER",
  "CSE module refresh with CoP content; 62% completion.", "ncpi_3")
f(PP, "NCPI18-AFI1", "NCPI18", "AFI",
  "Improve how we gather, assess & act on intelligence about online child sexual abuse",
  "D/Supt PVP", "AMBER", "POLIT capacity review ongoing.", "ncpi_afi1")
f(PP, "NCPI18-R4", "NCPI18", "Rec",
  "The force should make sure investigations of sexual offences against children are allocated "
  "to officers with the right skills and are effectively supervised.", "D/Supt PVP", "GREEN",
  "Allocation policy revised; CAIU dip sample 11/23. Ready to move to GREEN status.", "ncpi_afi2")
CONFLICT["ncpi_afi2"] = ("Type differs: HMICFRS lists it as an Area for improvement; the force "
                         "tracks it as a Recommendation (NCPI18-R4, Type 'Rec')")
# --- PEEL 2018/19
S19 = "PEEL 18/19"
f(CJ, "PEEL1819-R01", S19, "Rec",
  "Review officers' capabilities & capacity to manage their investigative workload, to better "
  "understand investigative demand and the pressures placed upon them", "D/Ch Supt C&J",
  "GREEN", "Complete – Investigative demand review to FET 2019.", "p19_r1")
f(CJ, "PEEL1819-R02", S19, "Rec",
  "Within six months: ensure regular and active supervision of the quality and progress of "
  "investigations. This supervision should be properly recorded", "D/Ch Supt C&J", "AMBER",
  "See PEEL21-R01 – same theme.", "p19_r2")
f(PP, "PEEL1819-R03", S19, "Rec",
  "Immediately – review, involving partners, our approach to vulnerability to better safeguard "
  "vulnerable people", "D/Supt PVP", "AMBER",
  "Vulnerability Improvement Delivery Plan – see latest plan update.", "p19_r3")
f(CJ, "PEEL1819-AFI01", S19, "AFI", COUNTY, "D/Supt SOC", "AMBER",
  "County lines profile refreshed 10/23.", "p19_a1")
f(PP, "PEEL1819-AFI02", S19, "AFI", DA_INFORMED, "D/Supt PVP", "GREEN",
  "VCOP compliance audit – 92%. Complete.", "p19_a2")
f(PP, "PEEL1819-AFI03", S19, "AFI", ONLINE_CSA, "D/Supt PVP", "GREY",
  "Superseded – same wording re-issued as PEEL21-AFI03; tracked there.", "p19_a3")
f(CJ, "PEEL1819-AFI05", S19, "AFI", DIGITAL_EV, "Head of DFU", "AMBER",
  "Kiosk roll-out to all districts complete; backlog in DFU 6-9 months.", "p19_a5")
f(CJ, "PEEL1819-AFI06", S19, "AFI",
  "Improve our understanding of suspects RUI & the management of those released on bail",
  "D/Ch Supt C&J", "GREEN", "RUI/bail dashboard. Complete.", "p19_a6")
f(ES, "PEEL1819-AFI07", S19, "AFI",
  "Undertake further work to gain a fuller understanding of current demand for our services & "
  "likely future changes in demand", "Head of Strat & Perf", "AMBER",
  "FMS 2024 under way.", "p19_a7", board="Strategy & Performance Board")
f(ES, "PEEL1819-AFI08", S19, "AFI", real(16), "Head of People", "AMBER",
  "Strategic Workforce Plan v3 in draft.", "p19_a8", board="People Board")
f(OPS, "PEEL1819-AFI09", S19, "AFI",
  "The force should establish or improve monitoring of the way officers stop and search people, "
  "so that it can be satisfied its officers are acting in accordance with the law (including "
  "equality legislation and the Code of Practice)...", "Supt S&S lead", "GREEN",
  "S&S dashboard + quarterly internal scrutiny. Pending sign off by the chief officer lead.",
  "p19_a9")
f(ES, "PEEL1819-AFI10", S19, "AFI",
  "Review how we gather & use equality and diversity data to improve understanding of our "
  "workforce demographics", "Head of People", "RED",
  "Little work yet undertaken in this area. Unlikely to reach deadlines. HR system replacement "
  "delayed.", "p19_a10", board="People Board")
f(ES, "PEEL1819-AFI11", S19, "AFI", afi(WHISTLE_BODY), "Head of PSD", "GREEN",
  "Confidential reporting line (Safecall) in place. Complete.", "p19_a11", board="PSD Board")
f(PP, "PEEL1819-AFI12", S19, "AFI", HBA, "Head of L&D", "GREEN",
  "HBA/FGM/forced marriage e-learning delivered. Complete.", "p19_a12")
f(PP, "PEEL1819-AFI13", S19, "AFI",
  "Improve how we work with partners to safeguard people at risk from county lines",
  "D/Supt PVP", "AMBER", "Programme Challenger partnership plan.", "p19_a13")
f(CJ, "PEEL1819-AFI14", S19, "AFI", afi(topic("make sure its analysis", "serious and organised crime")),
  "D/Supt SOC", "GREEN", "SOC strategic assessment 2020 onwards. Complete.", "p19_a14")
f(ES, "PEEL1819-AFI15", S19, "AFI", real(15), "Director of Finance", "GREEN",
  "Activity-based costing model signed off by CFO 09/23.", "p19_a15", board="Finance Board")
# --- CDI 2019 (split across portfolios)
f(CJ, "CDI19-R1a", "CDI19", "Rec", "At the point of report, victims are believed", "FCR",
  "GREEN", "Victim-believed ethos in Crime Recording policy v4.", "cdi_r1")
f(OPS, "CDI19-R1b", "CDI19", "Rec",
  "Conversations between call handlers & callers summarised accurately in the incident log",
  "Supt OCB", "GREEN", "OCB QA framework – monthly.", "cdi_r1")
f(CJ, "CDI19-R1c", "CDI19", "Rec",
  "Multiple crimes always recorded when described within incident records or identified in "
  "other investigations", "FCR", "AMBER",
  "Audit 01/24 – 84% compliance for additional crimes. Further work needed.", "cdi_r1")
f(PP, "CDI19-R1d", "CDI19", "Rec",
  "Stop awaiting the results of medical examinations or video interviews before making "
  "crime-recording decisions", "D/Supt PVP", "GREEN", "Briefed to SOIT & CAIU. Complete.",
  "cdi_r1")
f(OPS, "CDI19-R1e", "CDI19", "Rec",
  "Online reports of crime triaged at point of receipt so ongoing risks to the victim / public "
  "are identified & managed", "Supt OCB", "GREEN", "Online triage within 2 hrs.", "cdi_r1")
f(CJ, "CDI19-R2", "CDI19", "Rec",
  "Improve use of the crime-recording & management system to better manage case files & "
  "investigative processes", "D/Ch Supt C&J", "GREEN", "Complete.", "cdi_r2")
f(CJ, "PEEL21-R04", "PEEL21", "Rec",
  "Revise our approach to cautions, cannabis warnings and PNDs so there is a clear & auditable "
  "explanation to the offender of the implications, and for victim-based crimes a clear & "
  "auditable record that the victim's views were considered prior to issue", "D/Ch Supt C&J",
  "GREEN", "Out of court disposals (2-tier) framework live 06/23. Complete.", "cdi_r3")
CONFLICT["cdi_r3"] = ("Report differs: HMICFRS holds this item under Crime data integrity "
                      "inspection 2019 (12 Sep 2019); the force tracks it as PEEL21-R04 under "
                      "PEEL21")
f(CJ, "CDI19-AFI1", "CDI19", "AFI",
  "The force should make sure it records reports of rape & serious sexual offences accurately "
  "and without delay.", "FCR", "GREEN",
  "RASSO recording audit 12/23 – 97%. Completed. Evidence submitted to HMICFRS for closure.",
  "cdi_a1")
f(CJ, "CDI19-AFI3", "CDI19", "AFI",
  "Make sure we record reports of MSHT accurately & without delay", "FCR", "GREEN",
  "Complete.", "cdi_a3")
# --- DUPP21 (Operations)
f(OPS, "DUPP21-R1", "DUPP21", "Nat Rec",
  "By July 2022, officers & staff have effective communication skills in line with the National "
  "Policing Guidelines on Conflict Management", "Head of L&D", "AMBER",
  "OST refresh includes comms skills from 04/24.", "dupp_1")
f(OPS, "DUPP21-R2", "DUPP21", "Nat Rec",
  "By July 2021 – communication skills reinforced through CPD; supervisors supported to debrief "
  "officers using BWV footage", "Head of L&D", "GREEN", "CPD day content signed off.", "dupp_2")
f(OPS, "DUPP21-R3a", "DUPP21", "Nat Rec",
  "By September 2021 – officers record on BWV the entirety of all S&S encounters, incl. traffic "
  "stops and use of force incidents", "Supt S&S lead", "GREEN", "Policy mandates BWV.",
  "dupp_3")
f(OPS, "DUPP21-R3b", "DUPP21", "Nat Rec",
  "Structured process for regularly reviewing & monitoring internally a sufficient sample of BWV "
  "footage", "Supt S&S lead", "GREEN", "Monthly internal review panel.", "dupp_3")
f(OPS, "DUPP21-R3c", "DUPP21", "Nat Rec",
  "External scrutiny panel members given access to samples of BWV footage (S&S and use of "
  "force) – safeguards in CoP APP", "Supt S&S lead", "AMBER",
  "Awaiting DPIA sign off.", "dupp_3")
f(OPS, "DUPP21-R4", "DUPP21", "Nat Rec",
  "HO & NPCC to ensure quality of use of force data for publication", "C/Supt Ops", "WHITE",
  "Not the force's responsibility to deliver; dependent upon another organisation.", "dupp_4")
f(OPS, "DUPP21-R5", "DUPP21", "Nat Rec",
  "By July 2021, effective internal monitoring processes on the use of force, to identify & "
  "understand disproportionate use, explain reasons & implement improvement action",
  "Supt S&S lead", "GREEN", "Use of force dashboard & scrutiny. Complete.", "dupp_5")
# --- PEEL21
f(CJ, "PEEL21-CoC1", "PEEL21", "CoC",
  "The force does not have the capacity or capability to investigate crime effectively and this "
  "is affecting the service being provided to the public.", "D/Ch Supt C&J", "AMBER",
  "Investigations Improvement Plan – monthly to FET.", "p21_coc")
f(CJ, "PEEL21-R01", "PEEL21", "Rec",
  "Within six months – improve the supervision of investigations, so that investigation plans "
  "are set, reviewed & recorded and victims receive a consistently good service",
  "D/Ch Supt C&J", "AMBER", "Supervisory review compliance 71% (target 90%).", "p21_r1")
f(PP, "PEEL21-R02", "PEEL21", "Rec",
  "Within six months the force should make sure it has enough specialist capacity and "
  "capability to investigate rape and serious sexual offences.", "D/Supt PVP", "GREEN",
  "Op Soteria uplift – 48 additional RASSO investigators in post. Ready to move to GREEN "
  "status.", "p21_r2")
f(OPS, "PEEL21-R03", "PEEL21", "Rec",
  "Within three months – sufficient resources in the control room to fulfil its resourcing "
  "model & meet demand, taking into account workforce wellbeing", "Supt OCB", "RED",
  "999 answer times improved but 101 abandonment 28%. Unlikely to reach deadlines.", "p21_r3")
f(CJ, "PEEL21-AFI01", "PEEL21", "AFI", COUNTY, "D/Supt SOC", "AMBER",
  "New county lines problem profile due 04/24.", "p21_a1")
f(PP, "PEEL21-AFI02", "PEEL21", "AFI", DA_INFORMED, "D/Supt PVP", "GREEN",
  "VCOP audit repeated 01/24 – 94%. Completed. Evidence submitted to HMICFRS for closure.",
  "p21_a2")
f(PP, "PEEL21-AFI03", "PEEL21", "AFI", ONLINE_CSA, "D/Supt PVP", "AMBER",
  "RSO/online offender management review – MOSOVO capacity.", "p21_a3")
f(OPS, "PEEL21-AFI04", "PEEL21", "AFI", HATE, "FCR", "AMBER",
  "Hate crime recording audit scheduled Q1 24/25.", "p21_a4")
f(ES, "PEEL21-AFI05", "PEEL21", "AFI", afi(body("make sure the corporate risk register")),
  "Head of Strat & Perf", "GREEN", "Risk register reviewed monthly at FET; JAC assured 12/23.",
  "p21_a6", board="Strategy & Performance Board")
f(ES, "PEEL21-AFI06", "PEEL21", "AFI",
  "Make sure we have access to accurate data & analysis to support effective performance "
  "management", "Head of Strat & Perf", "AMBER", "Data quality strategy approved.", "p21_a7",
  board="Strategy & Performance Board")
f(ES, "PEEL21-AFI07", "PEEL21", "AFI",
  "Put plans in place to monitor team cultures (incl. staff feedback) and provide prompt "
  "remedial action", "Head of People", "AMBER", "Pulse survey launched; culture dashboard "
  "in build.", "p21_a8", board="People Board")
f(OPS, "PEEL21-AFI08", "PEEL21", "AFI",
  "Improve timeliness of our response to calls for service involving vulnerable adults",
  "Supt OCB", "Amber", "Linked to PEEL21-R03.", "p21_a10")
f(PP, "PEEL21-AFI09", "PEEL21", "AFI", afi(body("develop a clear prevention strategy")),
  "D/Supt PVP", "GREEN", "Prevention strategy published 03/23. Complete.", "p21_a11")
f(PP, "PEEL21-AFI10", "PEEL21", "AFI",
  "Consistently use ancillary orders & other powers to protect victims of stalking & "
  "harassment (SPOs)", "D/Supt PVP", "AMBER", "SPO applications up 40%; target not yet met.",
  "p21_a12")
f(CJ, "PEEL21-AFI11", "PEEL21", "AFI", afi(topic("improve its understanding of the nature", "fraud")),
  "DCI ECU", "GREEN", "Fraud problem profile completed 11/23. Complete.", "p21_a13")
f(PP, "PEEL21-AFI12", "PEEL21", "AFI",
  afi(topic("improve its understanding of the nature", "violence against women and girls")),
  "D/Supt PVP", "AMBER", "VAWG strategic assessment in draft.", None)
f(CJ, "PEEL21-AFI13", "PEEL21", "AFI", afi(topic("make sure victims of", "fraud")), "DCI ECU",
  "AMBER", "Action Fraud victim updates – letter template revised.", "p21_a14")
f(ES, "PEEL21-AFI14", "PEEL21", "AFI",
  "Review the support available for those who have raised concerns & take any action needed",
  "Head of PSD", "GREEN", "Complete – Speak Up guardians network.", "p21_a15",
  board="PSD Board")
f(ES, "PEEL21-AFI15", "PEEL21", "AFI", afi(body("make sure it provides accessible information")),
  "Head of PSD", "AMBER", "Public-facing page in development.", "p21_a16", board="PSD Board")
f(ES, "PEEL21-AFI16", "PEEL21", "AFI",
  "Make sure all processes in place to support performance management are effective",
  "Head of Strat & Perf", "AMBER", "New performance framework from April.", "p21_a17",
  board="Strategy & Performance Board")
f(ES, "PEEL21-AFI17", "PEEL21", "AFI",
  "Appropriate strategic oversight arrangements in place to manage risks, performance and "
  "improvement plans effectively", "DCC", "GREEN",
  "Force Improvement Board established 2022. Complete.", "p21_a18",
  board="Force Improvement Board")
f(CJ, "PEEL21-AFI18", "PEEL21", "AFI",
  afi(topic("improve the way it manages the risk", "serious and organised crime")), "D/Supt SOC",
  "AMBER", "Lifetime offender management pilot.", "p21_a19")
f(PP, "PEEL21-AFI19", "PEEL21", "AFI", HBA, "Head of L&D", "AMBER",
  "HBA input to be added to PVP CPD day.", "p21_a20")
# --- V&V22 (Enabling)
f(ES, "V&V22-R01", "V&V22", "Nat Rec",
  "Clear vetting backlog & renewals so all staff hold at least the lowest level of vetting "
  "clearance – comply fully with national vetting guidelines", "Head of Vetting", "AMBER",
  "Backlog 1,240 → 410. Agency vetters until 06/24.", "vv_1", board="PSD Board")
f(ES, "V&V22-R03", "V&V22", "Nat Rec",
  "Immediately, forces should review their current background checks arrangements, and make sure "
  "that suitable and sufficient background checks are in place to safeguard their staff and the "
  "communities they serve.", "Head of Vetting", "GREEN", "Complete.", "vv_2", board="PSD Board")
f(ES, "V&V22-R07", "V&V22", "Nat Rec", NFA_2023, "Head of PSD", "GREEN",
  "NFA outcomes reviewed by the Misconduct Scrutiny Panel quarterly. Pending sign off.", "vv_3",
  board="PSD Board")
# --- Force-only rows (not on the HMICFRS list)
f(CJ, "PEEL Eff16-AFI3", "PEEL Eff16", "AFI",
  afi(topic("make sure investigations of", "residential burglary")), "D/Ch Supt C&J", "GREEN",
  "Complete 2018.", None, ref=7112)
f(CJ, "IA23-04", "Internal audit", "Action",
  T.LOCAL_PREFIXES[2] + T.LOCAL_ACTIONS[8].format(t="rape and serious sexual offences"),
  "D/Supt PVP", "AMBER", "Fieldwork complete; draft report awaited.", None)
f(CJ, "LA-CJ-03", "Local", "Action",
  T.LOCAL_PREFIXES[0] + T.LOCAL_ACTIONS[2].format(t="hate crime"), "FCR", "GREEN",
  "Quarterly dip sample in place.", None)
f(OPS, "LA-OPS-02", "Local", "Action",
  T.LOCAL_PREFIXES[1] + T.LOCAL_ACTIONS[5].format(t="knife crime"), "C/Supt Ops", "AMBER",
  "SPOCs identified in 7 of 10 districts.", None)
f(PP, "JTAI20-R2", "JTAI20", "Rec",
  T.LOCAL_ACTIONS[7].format(t="child sexual exploitation"), "D/Supt PVP", "GREEN",
  "Protocol signed at the Safeguarding Partnership 09/22.", None)
f(PP, "LA-PP-07", "Local", "Action",
  T.LOCAL_PREFIXES[0] + T.LOCAL_ACTIONS[1].format(t="domestic abuse"), "D/Supt PVP", "AMBER",
  "58% of response officers trained.", None)
f(ES, "IA22-11", "Internal audit", "Action",
  T.LOCAL_PREFIXES[2] + T.LOCAL_ACTIONS[9].format(t="economic crime"), "Head of Strat & Perf",
  "GREEN", "Complete – included in FMS 2023.", None, board="Audit Committee (JAC)")
f(ES, "JAC-23-03", "JAC", "Action",
  T.LOCAL_PREFIXES[4] + T.LOCAL_ACTIONS[6].format(t="counter-corruption"), "Head of PSD",
  "AMBER", "First measures in the March pack.", None, board="Audit Committee (JAC)")

# ---------------------------------------------------------------------------------------------
F_DONE = {"GREEN", "WHITE", "GREY", "COMPLETE"}
for r in ROWS:
    assert r["hk"] is None or r["hk"] in H, r["fid"]
    assert r["rag"].strip().upper() in F_DONE | {"AMBER", "RED"}, r["rag"]

# Which rows show the HMICFRS number: about a third of the matched items, all rows of a split item
matched_keys = sorted({r["hk"] for r in ROWS if r["hk"]}, key=lambda k: H[k]["id"])
shown = set(rng.sample(matched_keys, k=round(len(matched_keys) * 0.33)))
shown.discard("leg17_4")
for r in ROWS:
    if r["ref"] is None and r["hk"] in shown:
        r["ref"] = H[r["hk"]]["id"]

# ---------------------------------------------------------------------------------------------
# HMICFRS workbook
FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
        "GREY": "BFBFBF"}
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

hwb = Workbook()
ws = hwb.active
ws.title = "Definitive list"
ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Definitive list as held by HMICFRS. Extracted 04/03/2024."
hdr = ["Recommendation ID", "Report title", "Publication date", "Type", "Text", "Status",
       "Status date", "HMICFRS comment"]
HDR_ROW = 4
for c, v in enumerate(hdr, 1):
    cell = ws.cell(HDR_ROW, c, v)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = WRAP
order = sorted(H, key=lambda k: (REPORTS[H[k]["rep"]][2], H[k]["id"]))
H_ROW: dict[str, int] = {}
for i, k in enumerate(order):
    it = H[k]
    row = HDR_ROW + 1 + i
    H_ROW[k] = row
    pub = REPORTS[it["rep"]][2]
    if it["status"] in H_CLOSED:
        sdate = pub + dt.timedelta(days=rng.randint(300, 1400))
        sdate = min(sdate, dt.date(2024, 2, 20))
    elif it["status"] == AR:
        sdate = dt.date(2024, 1, rng.randint(8, 30))
    else:
        sdate = pub + dt.timedelta(days=rng.randint(20, 90))
    vals = [it["id"], REPORTS[it["rep"]][1], pub, it["type"], it["text"], it["status"], sdate,
            it["comment"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.alignment = WRAP
        cell.border = BORDER
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGH", [12, 45, 13, 22, 90, 17, 12, 45]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = ws.cell(HDR_ROW + 1, 1)
ws.auto_filter.ref = f"A{HDR_ROW}:H{HDR_ROW + len(order)}"
hwb.save(OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------------------------------------
# Force workbook
SRC_ORDER = ["S&S13", "EB14", "PIA14", "CB14", "IM15", "S&S15", "BtP15", "FAL15", "Cust16",
             "PEEL Eff16", "MSHT17", "EFF17", "LEG17", "NCPI18", "PEEL 18/19", "Cust19", "CDI19",
             "JTAI20", "DUPP21", "PEEL21", "V&V22", "Internal audit", "JAC", "Local"]


def sort_key(r):
    return (SRC_ORDER.index(r["src"]), r["fid"])


fwb = Workbook()
summ = fwb.active
summ.title = "Summary"
key = fwb.create_sheet("Key")
SHEETS = {s: fwb.create_sheet(s) for s in (CJ, OPS, PP, ES)}
LEADS = {CJ: "ACC Crime", OPS: "ACC Ops", PP: "ACC Crime (PVP)", ES: "DCC / Director of Resources"}
STD_COLS = ["Rec ID", "Source", "Type", "HMICFRS ref no.", "Recommendation / AFI", "Owner", "RAG",
            "Progress update", "Last reviewed"]
ES_COLS = ["Rec ID", "Source", "Type", "Recommendation / AFI", "Owner", "Board", "RAG",
           "Progress update", "Last reviewed", "HMICFRS ref no."]
F_ROW: list[tuple[dict, str]] = []   # (row dict, provenance)


def reviewed():
    if rng.random() < 0.06:
        return "TBC"
    return dt.date(2023, 9, 1) + dt.timedelta(days=rng.randint(0, 175))


def write_row(ws, row, r, cols):
    m = {"Rec ID": r["fid"], "Source": r["src"], "Type": r["ftype"], "HMICFRS ref no.": r["ref"],
         "Recommendation / AFI": r["text"], "Owner": r["owner"], "RAG": r["rag"],
         "Progress update": r["update"], "Last reviewed": reviewed(), "Board": r["board"]}
    for c, name in enumerate(cols, 1):
        v = m[name]
        cell = ws.cell(row, c, v)
        cell.alignment = WRAP
        cell.border = BORDER
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
        if name == "RAG":
            cell.fill = PatternFill("solid", fgColor=FILL[r["rag"].strip().upper()]
                                    if r["rag"].strip().upper() in FILL else "FFFFFF")
            cell.font = Font(bold=True)
    F_ROW.append((r, f"{ws.title}!{row}"))


def title_block(ws, sheet, ncols):
    ws["A1"] = "GREATER MANCHESTER POLICE – HMICFRS RECOMMENDATIONS & AFI TRACKER"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"Portfolio: {sheet}    Chief officer lead: {LEADS[sheet]}    "
                f"Version 14 – updated for JAC 20/03/2024")
    ws["A2"].font = Font(italic=True)
    return 4


def header(ws, row, cols):
    for c, v in enumerate(cols, 1):
        cell = ws.cell(row, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="203864")
        cell.alignment = WRAP


for sheet, ws in SHEETS.items():
    cols = ES_COLS if sheet == ES else STD_COLS
    row = title_block(ws, sheet, len(cols))
    header(ws, row, cols)
    row += 1
    rows = sorted([r for r in ROWS if r["sheet"] == sheet], key=sort_key)
    if sheet == PP:
        # Block headings by source, as the PVP team keeps it
        groups: dict[str, list] = {}
        for r in rows:
            g = r["src"] if r["src"] != "Local" else "Local actions"
            groups.setdefault(g, []).append(r)
        for g, rs in groups.items():
            ws.cell(row, 1, g).font = Font(bold=True)
            for c in range(1, len(cols) + 1):
                ws.cell(row, c).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(cols))
            row += 1
            for r in rs:
                write_row(ws, row, r, cols)
                row += 1
    else:
        prev = None
        for r in rows:
            if sheet == CJ and prev is not None and r["src"] != prev and rng.random() < 0.45:
                row += 1   # a blank spacer row between some reports
            write_row(ws, row, r, cols)
            prev = r["src"]
            row += 1
    row += 1
    ws.cell(row, 1, "GREY rows are retained for audit trail – do not delete (JAC 14/12/2023). "
                    "Use the Key sheet for RAG definitions.").font = Font(italic=True)
    widths = {"Rec ID": 15, "Source": 11, "Type": 8, "HMICFRS ref no.": 10,
              "Recommendation / AFI": 70, "Owner": 16, "Board": 18, "RAG": 9,
              "Progress update": 50, "Last reviewed": 12}
    for c, name in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(c)].width = widths[name]
    ws.freeze_panes = "B5"

# Key sheet (legend, no items)
key["A1"] = "RAG key"
key["A1"].font = Font(bold=True, size=13)
legend = [
    ("GREEN", "The recommendation is implemented / ready to submit to HMICFRS for closure"),
    ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
    ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
    ("WHITE", "Not GMP responsibility to deliver or is dependent upon another organisation"),
    ("GREY", "Superseded / closed – retained for audit trail"),
]
for i, (w, d) in enumerate(legend, 3):
    key.cell(i, 1, w).fill = PatternFill("solid", fgColor=FILL[w])
    key.cell(i, 2, d)
key["A10"] = "Source codes"
key["A10"].font = Font(bold=True)
key["A11"] = ("S&S = stop and search; PEEL = PEEL inspection; CDI = crime data integrity; NCPI = "
              "national child protection inspection; Cust = custody; V&V = vetting; MSHT = modern "
              "slavery; DUPP = police powers spotlight; IA = internal audit; JAC = Joint Audit "
              "Committee; LA = local action")
key.column_dimensions["A"].width = 14
key.column_dimensions["B"].width = 90

# Summary sheet (counts, no items)
summ["A1"] = "HMICFRS tracker – summary by portfolio"
summ["A1"].font = Font(bold=True, size=13)
rags = ["GREEN", "AMBER", "RED", "WHITE", "GREY"]
summ.cell(3, 1, "Portfolio").font = Font(bold=True)
for c, w in enumerate(rags, 2):
    summ.cell(3, c, w).font = Font(bold=True)
summ.cell(3, len(rags) + 2, "Total").font = Font(bold=True)
for i, s in enumerate((CJ, OPS, PP, ES), 4):
    summ.cell(i, 1, s)
    tot = 0
    for c, w in enumerate(rags, 2):
        n = sum(1 for r in ROWS if r["sheet"] == s and r["rag"].strip().upper() == w)
        summ.cell(i, c, n)
        tot += n
    summ.cell(i, len(rags) + 2, tot)
summ.cell(8, 1, "Total").font = Font(bold=True)
for c in range(2, len(rags) + 3):
    summ.cell(8, c, sum(summ.cell(i, c).value for i in range(4, 8)))
summ.column_dimensions["A"].width = 22
fwb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------------------------------------
# Truth
by_key: dict[str, list[tuple[dict, str]]] = {}
for r, prov in F_ROW:
    if r["hk"]:
        by_key.setdefault(r["hk"], []).append((r, prov))

PAIR_NOTES = {
    "p19_a1": "recurring PEEL formula AFI, 2018/19 copy (PEEL21-AFI01 is the 2021/22 copy)",
    "p21_a1": "recurring PEEL formula AFI, 2021/22 copy (PEEL1819-AFI01 is the 2018/19 copy)",
    "p19_a2": "recurring PEEL formula AFI, 2018/19 copy (PEEL21-AFI02 is the 2021/22 copy)",
    "p21_a2": "recurring PEEL formula AFI, 2021/22 copy (PEEL1819-AFI02 is the 2018/19 copy)",
    "p19_a3": "recurring PEEL formula AFI, 2018/19 copy; force marked it GREY as superseded by "
              "PEEL21-AFI03 but HMICFRS still has the 2018/19 item open",
    "p21_a3": "recurring PEEL formula AFI, 2021/22 copy (PEEL1819-AFI03 is the 2018/19 copy)",
    "p19_a4": "recurring PEEL formula AFI, 2018/19 copy; the force tracks only the 2021/22 copy "
              "(PEEL21-AFI04), which must not be matched here",
    "p21_a4": "recurring PEEL formula AFI, 2021/22 copy; the 2018/19 copy is not tracked",
    "p19_a5": "recurring PEEL AFI, 2018/19 copy; the 2021/22 copy is not tracked",
    "p21_a5": "recurring PEEL AFI, 2021/22 copy; the force tracks only the 2018/19 copy "
              "(PEEL1819-AFI05), which must not be matched here",
    "p19_a12": "recurring PEEL formula AFI, 2018/19 copy (PEEL21-AFI19 is the 2021/22 copy)",
    "p21_a20": "recurring PEEL formula AFI, 2021/22 copy (PEEL1819-AFI12 is the 2018/19 copy)",
    "ss13_3": "all-forces wording recurs in S&S 2015 (S&S15-R1); this is the 2013 copy "
              "('elected local policing bodies')",
    "ss15_1": "all-forces wording recurs from S&S 2013 (S&S13-R3); this is the 2015 copy "
              "('police and crime commissioners')",
    "im15_1": "same ask recurs in V&V22 (V&V22-R07) with a 2023 deadline; this is the 2015 copy",
    "vv_3": "same ask as Integrity matters 2015 (IM15-R1); this is the 2022 copy",
    "vv_4": "same ask as PEEL 2018/19 AFI (PEEL1819-AFI11, matched there); the V&V22 item "
            "itself is not tracked",
    "p19_a11": "same ask recurs in V&V22 (not tracked by the force)",
    "cust16_1": "same title and text as the 2019 custody report; only the date / acronym tell "
                "them apart",
    "cust19_1": "same title and text as the 2016 custody report; only the date / acronym tell "
                "them apart",
    "ss13_2": "wording recurs as PEEL 18/19 force AFI (PEEL1819-AFI09)",
    "p19_a9": "wording recurs from S&S 2013 national rec (S&S13-R2)",
}

lines = []
for k in order:
    it = H[k]
    hprov = f"Definitive list!{H_ROW[k]}"
    rows = by_key.get(k, [])
    acr = REPORTS[it["rep"]][0]
    note = PAIR_NOTES.get(k)
    if not rows:
        why = (f"HMICFRS {it['id']} ({acr}, {it['status']}) has no row in the force tracker")
        if it["status"] in H_CLOSED:
            why += "; HMICFRS has it closed, but the force lost it"
        if note:
            why += f"; {note}"
        lines.append((hprov, "", "missing_from_force", why))
        continue
    rags_ = [r["rag"].strip().upper() for r, _ in rows]
    fdone = all(x in F_DONE for x in rags_)
    hclosed = it["status"] in H_CLOSED
    ids = "/".join(r["fid"] for r, _ in rows)
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    else:
        if not hclosed and fdone:
            cat = "closeable_submit"
        elif hclosed and not fdone:
            cat = "closeable_local"
        else:
            cat = "in_sync"
        why = f"HMICFRS {it['status']}; force {ids} {'/'.join(rags_)}"
        if len(rows) > 1:
            why += f" (split into {len(rows)} rows; {'all done' if fdone else 'not all done'})"
    if note:
        why += f"; {note}"
    for r, prov in rows:
        lines.append((hprov, prov, cat, why))
for r, prov in F_ROW:
    if not r["hk"]:
        why = f"{r['fid']} ({r['src']}) is not on the HMICFRS list"
        if r["fid"] == "PEEL21-AFI12":
            why += ("; PEEL formula wording (VAWG) the force recorded under PEEL21 but HMICFRS "
                    "does not hold; do not pair it with the county lines / fraud copies")
        if r["fid"] == "PEEL Eff16-AFI3":
            why += "; old PEEL 2016 AFI with HMICFRS ref 7112, which is not on the list"
        lines.append(("", prov, "not_on_hmicfrs_list", why))


def prov_key(p):
    s, n = p.split("!")
    return (s, int(n))


lines.sort(key=lambda x: (x[0] == "", prov_key(x[0]) if x[0] else ("", 0),
                          prov_key(x[1]) if x[1] else ("", 0)))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# Sizes for the README
from collections import Counter  # noqa: E402
cnt = Counter(x[2] for x in lines)
print("HMICFRS items:", len(H), "force item rows:", len(F_ROW), "truth lines:", len(lines))
print(dict(cnt))
print("rows with HMICFRS ref shown:", sum(1 for r in ROWS if r["ref"] is not None))
