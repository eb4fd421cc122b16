"""Builder for the independent case `outline_numbered_plan`.

A force improvement plan kept as a numbered outline (1 / 1.1 / 1.1.1) in one sheet, with Excel
row grouping, against an HMICFRS definitive-list export. Texts are real HMICFRS wording from
/work/main/reconcile/casegen/texts (read as data). Fixed seed; writes only under this folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

random.seed(20241009)
OUT = Path(__file__).parent / "outline_numbered_plan"
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Cumbria Constabulary"
AREA = "Cumbria"
D = dt.date

# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real texts)
# ---------------------------------------------------------------------------------------------
NAT_R = {k: v for k, v in N.NATIONAL.items()}

def nat(key, i):
    return NAT_R[key][2][i]

REPORTS = {
    # key: (title, date)
    "sas13": (NAT_R["sas13"][0], D(*NAT_R["sas13"][1])),
    "everyone": (NAT_R["everyone"][0], D(*NAT_R["everyone"][1])),
    "austerity": (NAT_R["austerity"][0], D(*NAT_R["austerity"][1])),
    "core": (NAT_R["core"][0], D(*NAT_R["core"][1])),
    "integrity": (NAT_R["integrity"][0], D(*NAT_R["integrity"][1])),
    "sas15": (NAT_R["sas15"][0], D(*NAT_R["sas15"][1])),
    "picture": (NAT_R["picture"][0], D(*NAT_R["picture"][1])),
    "firearms": (NAT_R["firearms"][0], D(*NAT_R["firearms"][1])),
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", D(2017, 3, 2)),
    "cdi17": (f"Crime data integrity inspection 2017 – {FORCE}", D(2017, 9, 14)),
    "stolen": (NAT_R["stolen"][0], D(*NAT_R["stolen"][1])),
    "efc17": (NAT_R["efc17"][0], D(*NAT_R["efc17"][1])),
    "efc17f": (f"PEEL: Police efficiency 2017 – {FORCE}", D(2017, 11, 9)),
    "leg17": (NAT_R["leg17"][0], D(*NAT_R["leg17"][1])),
    "leg17f": (f"PEEL: Police legitimacy 2017 – {FORCE}", D(2017, 12, 12)),
    "ncpi18": (f"National child protection inspection 2018 – {FORCE}", D(2018, 6, 19)),
    "peel1819": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
                 D(2019, 5, 2)),
    "powers": (NAT_R["powers"][0], D(*NAT_R["powers"][1])),
    "peel2122": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
                 D(2022, 5, 20)),
}

AFI, REC, COC, NATREC = "Area for improvement", "Recommendation", "Cause of concern", \
    "National recommendation"

def afi(body):
    return f"The force should {body}."

B = F.BODIES
TB = [t for t in __import__("reconcile.casegen.texts.tracker", fromlist=["x"]).TOPIC_BODIES]
NCPI_TEXT = f"Within six months {FORCE} should, " + [b for b in B if b.startswith("in conjunction with children")][0] + "."
CDI_TEXT = "Within six months the force should " + F.CDI_VICTIMS_BODY + "."
MISSING_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
               + [b for b in B if b.startswith("review its approach to reports of missing")][0] + ".")

def body(start):
    hits = [b for b in B if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]

def topic(i, t):
    return TB[i].format(t=t)

# key -> (report, ref, type, text, status, status date)
H = {}
def h(key, report, ref, typ, text, status, sdate):
    H[key] = dict(key=key, report=report, ref=ref, type=typ, text=text, status=status,
                  sdate=sdate)

BP, AR, CP, SUP = "Being progressed", "Awaiting review", "Complete", "Superseded"

# national
h("sas13_1", "sas13", 1011, NATREC, nat("sas13", 0)[1], CP, D(2016, 4, 11))
h("sas13_2", "sas13", 1012, NATREC, nat("sas13", 1)[1], CP, D(2016, 4, 11))
h("sas13_3", "sas13", 1013, NATREC, nat("sas13", 2)[1], CP, D(2016, 4, 11))
h("everyone", "everyone", 2321, NATREC, N.EVERYONE_PLAN, CP, D(2015, 11, 3))
for i in range(4):
    h(f"aust_{i+1}", "austerity", 2788 + i, NATREC, nat("austerity", i)[1],
      SUP if i < 3 else CP, D(2016, 2, 19))
h("core_1", "core", 4822, NATREC, nat("core", 0)[1], CP, D(2017, 6, 30))
h("core_2", "core", 4823, NATREC, nat("core", 1)[1], BP, D(2023, 3, 8))
h("integrity", "integrity", 902, NATREC, nat("integrity", 0)[1], BP, D(2022, 10, 4))
h("sas15", "sas15", 5010, NATREC, nat("sas15", 0)[1], CP, D(2018, 1, 22))
h("picture", "picture", 5402, NATREC, nat("picture", 0)[1], BP, D(2021, 7, 15))
for i in range(5):
    h(f"fire_{i+1}", "firearms", 5611 + i, NATREC, nat("firearms", i)[1],
      CP if i < 4 else BP, D(2019, 9, 2) if i < 4 else D(2023, 11, 20))
# PEEL effectiveness 2016 (force)
h("eff16_coc1", "eff16", 6412, COC, F.CAUSES[1], CP, D(2019, 2, 14))
h("eff16_rec1", "eff16", 6413, REC, MISSING_REC, CP, D(2019, 2, 14))
h("eff16_coc2", "eff16", 6414, COC, F.CAUSES[0], BP, D(2023, 6, 1))
h("eff16_rec2", "eff16", 6415, REC,
  "Immediately, the force should " + body("consider ways of increasing the use of arrest") + ".",
  BP, D(2023, 6, 1))
# CDI 2017
h("cdi_1", "cdi17", 6989, REC, CDI_TEXT, BP, D(2024, 1, 17))
h("cdi_2", "cdi17", 6990, REC, "Within six months the force should "
  + body("improve its use of its crime-recording") + ".", CP, D(2019, 8, 5))
# Stolen freedom
sf = NAT_R["stolen"][2]
h("sf_lead", "stolen", 7801, NATREC, sf[0][1], BP, D(2022, 2, 9))
h("sf_intel", "stolen", 7802, NATREC, sf[1][1], BP, D(2022, 2, 9))   # has the stray "86"
h("sf_s45", "stolen", 7803, NATREC, sf[2][1], CP, D(2020, 5, 27))
h("sf_nrm", "stolen", 7804, NATREC, sf[3][1], BP, D(2022, 2, 9))
h("sf_ncrs", "stolen", 7805, NATREC, sf[4][1], BP, D(2022, 2, 9))
h("sf_invest", "stolen", 7806, NATREC, sf[5][1], BP, D(2022, 2, 9))
h("sf_prevent", "stolen", 7807, NATREC, sf[6][1], BP, D(2022, 2, 9))
# PEEL efficiency 2017 national + force
h("digital", "efc17", 8102, NATREC, nat("efc17", 0)[1], BP, D(2021, 12, 1))
h("efc17_skills", "efc17f", 8110, AFI, afi(body("expand the skills project")), SUP,
  D(2019, 5, 2))
h("efc17_model", "efc17f", 8111, AFI,
  afi(body("clearly define its new operating model").format(area=AREA)), BP, D(2023, 6, 1))
# PEEL legitimacy 2017 national
lg = NAT_R["leg17"][2]
h("leg_coc", "leg17", 8541, COC, lg[0][1], BP, D(2022, 9, 12))
h("leg_monitor", "leg17", 8542, NATREC, lg[1][1], BP, D(2022, 9, 12))
h("leg_disparity", "leg17", 8543, NATREC, lg[2][1], BP, D(2022, 9, 12))
h("leg_publish", "leg17", 8544, NATREC, lg[3][1], CP, D(2020, 7, 30))
h("leg_training", "leg17", 8545, NATREC, lg[4][1], BP, D(2022, 9, 12))
# PEEL legitimacy 2017 force
h("leg_nfa", "leg17f", 8550, AFI, afi(body("satisfy itself that it has processes")), CP,
  D(2019, 3, 18))
h("leg_vetting", "leg17f", 8551, AFI, afi(body("ensure all staff have received")), BP,
  D(2024, 2, 6))
h("leg_whistle", "leg17f", 8552, AFI, afi(body("make sure it provides a confidential way")),
  BP, D(2024, 2, 6))
# NCPI 2018
h("ncpi_detain", "ncpi18", 8760, REC, NCPI_TEXT, BP, D(2023, 9, 28))
h("ncpi_dash", "ncpi18", 8761, REC, "Within three months, the force should "
  + body("take steps to ensure that there is effective supervision of the initial") + ".",
  BP, D(2023, 9, 28))
# PEEL 2018/19
h("p19_coc", "peel1819", 9203, COC, F.CAUSES[2], BP, D(2023, 12, 5))
h("p19_digital", "peel1819", 9204, REC, "HMIC recommends that within six months the force "
  "should: " + body("improve its ability to retrieve digital evidence") + ";", BP,
  D(2023, 12, 5))
h("p19_superv", "peel1819", 9205, REC, "HMIC recommends that within six months the force "
  "should: " + body("ensure regular and active supervision") + ";", CP, D(2021, 10, 19))
h("p19_workforce", "peel1819", 9206, AFI, afi(body("develop a future workforce plan")), BP,
  D(2023, 12, 5))
h("p19_demand", "peel1819", 9207, AFI, afi(body("undertake further work to gain")), BP,
  D(2023, 12, 5))
h("p19_consult", "peel1819", 9208, AFI, afi(body("improve its arrangements both to consult")),
  SUP, D(2022, 5, 20))
h("p19_vuln", "peel1819", 9209, REC, "HMIC recommends that the force should immediately: "
  + body("conduct a review, involving its partners") + ".", CP, D(2020, 11, 2))
# Disproportionate use of police powers 2021
pw = NAT_R["powers"][2]
h("pw_comms", "powers", 10354, NATREC, pw[0][1], BP, D(2023, 4, 24))
h("pw_cpd", "powers", 10355, NATREC, pw[1][1], BP, D(2023, 4, 24))
h("pw_bwv", "powers", 10356, NATREC, pw[2][1], BP, D(2023, 4, 24))
h("pw_ho", "powers", 10357, NATREC, pw[3][1], CP, D(2021, 6, 1))
h("pw_uof", "powers", 10358, NATREC, pw[4][1], AR, D(2021, 2, 26))
# PEEL 2021/22 (AFIs)
h("p22_control", "peel2122", 11620, AFI, N.CONTROL_ROOM, BP, D(2024, 3, 14))
h("p22_dainform", "peel2122", 11621, AFI, afi(topic(12, "domestic abuse")), BP, D(2024, 3, 14))
h("p22_county", "peel2122", 11622, AFI, afi(topic(9, "county lines drug dealing")), BP,
  D(2024, 3, 14))
h("p22_rasso", "peel2122", 11623, AFI, afi(topic(1, "rape and serious sexual offences")), AR,
  D(2022, 5, 20))
h("p22_stalking", "peel2122", 11624, AFI, afi(topic(5, "stalking and harassment")), CP,
  D(2024, 3, 14))
h("p22_superv", "peel2122", 11625, AFI,
  f"{FORCE} should " + body("improve the supervision of investigations") + ".", BP,
  D(2024, 3, 14))
h("p22_edi", "peel2122", 11626, AFI, afi(body("review how it gathers and uses equality")), BP,
  D(2024, 3, 14))
h("p22_vawg", "peel2122", 11627, AFI, afi(topic(10, "violence against women and girls")), BP,
  D(2024, 3, 14))
h("p22_hba", "peel2122", 11628, AFI, afi(topic(4, "honour-based abuse")), BP, D(2024, 3, 14))
h("p22_rui", "peel2122", 11629, AFI, afi(body("improve its understanding of suspects")), BP,
  D(2024, 3, 14))

# ---------------------------------------------------------------------------------------------
# Force side: the outline
# ---------------------------------------------------------------------------------------------
OWNERS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
          "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
          "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
          "Head of Corporate Development", "Supt Contact Centre",
          "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
          "DCC", "Director of Finance", "Supt Firearms Licensing", "T/Supt Kerr",
          "DI Ashworth (PVP)", "Insp Rigg (Strategic Planning)"]

DONE_WORDS = {"complete", "completed", "superseded", "not applicable - home office/npcc"}

def is_done(s):
    return (s or "").strip().lower() in DONE_WORDS

def upd(y, m, d):
    return dt.datetime(y, m, d)

def A(text, status, owner=None, due=None, progress=None, updated=None):
    """One level-3 action."""
    return dict(text=text, status=status, owner=owner or random.choice(OWNERS), due=due,
                progress=progress, updated=updated)

def I(hkey, text, typ=None, ref=None, status=None, owner=None, due=None, progress=None,
      updated=None, actions=(), part=None, note=None):
    """One level-2 item (hkey None = force-only)."""
    return dict(h=hkey, text=text, type=typ, ref=ref, status=status, owner=owner, due=due,
                progress=progress, updated=updated, actions=list(actions), part=part,
                note=note)

IP, NS, CPL = "In progress", "Not started", "Complete"

OUTLINE = [
    ("PEEL 2021/22 – published May 2022", "peel2122", False, [
        I("p22_control", "AFI 1 - Ensure sufficient resources in the control room to fulfil its "
          "resourcing model & meet demand, taking into account workforce wellbeing.", "AFI",
          owner="Supt Contact Centre", actions=[
              A("Review the control room resourcing model against 2023 demand profile", CPL,
                "Supt Contact Centre", dt.datetime(2023, 9, 30),
                "Demand review presented to FET 12/09/23.", upd(2023, 9, 14)),
              A("Recruit 14 additional call handlers (two intakes)", CPL, "Director of People",
                "Mar 2024", "Both intakes in post.", upd(2024, 4, 2)),
              A("Wellbeing offer for control room staff - TRiM and shift pattern consultation",
                IP, "Director of People", dt.datetime(2024, 12, 31),
                "Shift pattern consultation closes 30/11/24.", upd(2024, 10, 1)),
          ]),
        I("p22_dainform", "Make sure victims of DA are kept informed about the progress of their "
          "case, in line with the Victims' Code", "AFI", actions=[
              A("Victim contact contract added to Niche DA investigations", CPL,
                "Ch Supt Public Protection", dt.datetime(2023, 3, 31),
                "Live since 01/03/23.", upd(2023, 3, 6)),
              A("VCOP compliance dip-sample (quarterly)", "Superseded",
                "Force Crime Registrar", "Q1 23/24",
                "Superseded by 1.2.3 - audit now done by the Victims' Code Board.",
                upd(2023, 7, 3)),
              A("Victims' Code compliance audit by the Victims' Code Board", CPL,
                "Head of Criminal Justice", dt.datetime(2024, 3, 31),
                "Audit complete, 91% compliance. Ready to move to GREEN status.",
                upd(2024, 5, 9)),
          ],
          note='action 1.2.2 Superseded by 1.2.3, so every action is closed and the item counts as done'),
        I("p22_county", "The force should improve how it gathers, assesses and acts on "
          "intelligence about county lines drug dealing.", "AFI", actions=[
              A("Refresh the county lines drug dealing problem profile and add it to the "
                "control strategy", CPL, "Head of Intelligence", dt.datetime(2023, 6, 30),
                "Problem profile signed off at Tasking 19/06/23.", upd(2023, 6, 20)),
              A("Intelligence collection plan for county lines (with Lancashire & Merseyside ROCU)",
                IP, "Head of Intelligence", dt.datetime(2024, 12, 31),
                "Draft plan with ROCU for comment.", upd(2024, 9, 27)),
          ]),
        I("p22_rasso", "RASSO investigations allocated to officers with the right skills and "
          "effectively supervised", "AFI", owner="Det Ch Supt Force CID", actions=[
              A("Operation Soteria - adopt the National Operating Model for RASSO", IP,
                "Det Ch Supt Force CID", "Mar 2025",
                "Soteria self-assessment done; implementation plan drafted.",
                upd(2024, 8, 12)),
              A("RASSO supervisory review template on Niche", NS, "DI Ashworth (PVP)",
                "TBC", "Awaiting allocation.", upd(2024, 8, 12)),
          ]),
        I("p22_stalking", "The force should make sure it records reports of stalking & "
          "harassment accurately and without delay.", "AFI", actions=[
              A("Deliver refresher training on stalking and harassment to all response and "
                "neighbourhood officers", CPL, "Head of Learning & Development",
                dt.datetime(2023, 12, 31), "Training delivered, 94% uptake.",
                upd(2024, 1, 8)),
              A("Dip-sample 50 stalking and harassment crime reports each quarter and report "
                "findings to the Crime Standards Board", IP, "Force Crime Registrar",
                "Quarterly", "Q2 sample done; recording accuracy 88%.", upd(2024, 10, 2)),
          ]),
        I("p22_superv", "Improve the supervision of investigations, so that investigation plans "
          "are set, reviewed and recorded and victims recieve a consistently good service.",
          "AFI", status="Complete", owner="Det Ch Supt Force CID",
          due=dt.datetime(2024, 6, 30),
          progress="04/07/24 - Investigation standards framework live; supervisory reviews "
                   "now mandatory on Niche. Completed. Evidence submitted to HMICFRS for "
                   "closure.", updated=upd(2024, 7, 4)),
        I("p22_vawg", "Performance framework to give senior leaders a clear picture of the "
          "force's response to VAWG", "AFI", status="Complete", actions=[
              A("Add violence against women and girls measures to the monthly Force "
                "Performance pack", CPL, "Head of Corporate Development",
                dt.datetime(2023, 10, 31), "In the pack from October 2023.",
                upd(2023, 11, 1)),
              A("VAWG delivery plan reported quarterly to the Force Executive Team", CPL,
                "ACC Local Policing", dt.datetime(2024, 3, 31),
                "First quarterly report to FET 20/03/24.", upd(2024, 3, 21)),
          ]),
        I("p22_hba", "The force should make sure officers & staff have the training they need to "
          "identify and respond to honour-based abuse.", "AFI", status="Complete", actions=[
              A("HBA e-learning (College of Policing) mandated for frontline staff", CPL,
                "Head of Learning & Development", dt.datetime(2023, 12, 31),
                "Mandated; 81% completion.", upd(2024, 2, 15)),
              A("HBA / forced marriage input on the detective training programme", IP,
                "Head of Learning & Development", "Jan 2025",
                "Input being written with Karma Nirvana.", upd(2024, 9, 30)),
          ],
          note='item row says Complete but action 1.8.2 is In progress, so the force item is still open (done only when all actions are done)'),
        I("p22_rui", "Improve understanding of suspects released under investigation (RUI) and "
          "management of those released on bail", "AFI", actions=[
              A("RUI / bail performance dashboard", IP, "Head of Criminal Justice",
                dt.datetime(2024, 11, 30), "Dashboard in test.", upd(2024, 10, 3)),
              A("Bail Act 2022 changes - briefing to all custody and investigative staff", CPL,
                "Ch Insp Custody", dt.datetime(2023, 1, 31), "Complete.", upd(2023, 2, 1)),
          ]),
        I(None, "* Force-identified: Dip-sample 50 domestic abuse crime reports each quarter "
          "and report findings to the Crime Standards Board", "Force action",
          owner="Force Crime Registrar", actions=[
              A("Q1-Q2 24/25 dip samples", CPL, "Force Crime Registrar", "Quarterly",
                "Reported to Crime Standards Board 18/09/24.", upd(2024, 9, 18)),
              A("Q3-Q4 24/25 dip samples", NS, "Force Crime Registrar", "Quarterly", None,
                None),
          ],
          note="force-identified action marked * (Type 'Force action'), not an HMICFRS item"),
    ]),
    ("PEEL 2018/19 – published 2 May 2019", "peel1819", False, [
        I("p19_coc", "Cause of concern: the force does not have the capacity or capability to "
          "investigate crime effectively and this is affecting the service being provided to "
          "the public (see 2.2 and 2.3)", "CoC", ref="9203", status="In progress",
          owner="ACC Crime", progress="Addressed holistically as part of the force change "
          "programme. Investigative capacity review due to FET Dec 24.",
          updated=upd(2024, 9, 5)),
        I("p19_digital", "Within 12 months the force should improve its ability to retrieve "
          "digital evidence from mobile phones, computers & other electronic devices quickly "
          "enough to ensure investigations are not delayed", "Rec", ref="9204",
          owner="Det Ch Supt Force CID", actions=[
              A("Digital forensics backlog recovery plan", IP, "Det Ch Supt Force CID",
                dt.datetime(2024, 12, 31), "Backlog down from 640 to 310 devices.",
                upd(2024, 9, 20)),
              A("Kiosk rollout to all hub stations", CPL, "Head of Information Management",
                dt.datetime(2023, 6, 30), "Six kiosks live.", upd(2023, 7, 11)),
          ]),
        I("p19_superv", "Ensure regular and active supervison of the quality and progress of "
          "investigations. This supervision should be properly recorded.", "Rec", ref="9205",
          actions=[
              A("Supervisory review field made mandatory on Niche", CPL,
                "Head of Information Management", dt.datetime(2020, 3, 31), "Live.",
                upd(2020, 4, 1)),
              A("Investigation quality dip-sample by PSD / Crime Standards", CPL,
                "Force Crime Registrar", dt.datetime(2021, 3, 31),
                "Completed. Evidence submitted to HMICFRS for closure.", upd(2021, 4, 6)),
          ]),
        I("p19_workforce", "Develop a future workforce plan aligned with overall demand & "
          "budget, incl. future resource allocations, the mix of skills required and "
          "behaviours expected", "Recommendation", ref="9206", actions=[
              A("Strategic workforce plan 2024-27 to Chief Officer Group", IP,
                "Director of People", dt.datetime(2025, 3, 31),
                "Draft plan to COG 10/12/24.", upd(2024, 10, 7)),
              A("Link the workforce plan to the force management statement (FMS 5)", NS,
                "Head of Corporate Development", "May 2025", None, None),
          ]),
        I("p19_demand", "The force should undertake further work to gain a fuller understanding "
          "of current demand for its services, and likely future changes in demand...", "AFI",
          ref="9207", actions=[
              A("Review the demand profile as part of the force management statement", CPL,
                "Head of Corporate Development", dt.datetime(2022, 5, 31),
                "FMS 4 submitted May 2022.", upd(2022, 6, 1)),
              A("Demand modelling tool (Process Evolution) procured and in use", CPL,
                "Head of Corporate Development", dt.datetime(2023, 3, 31),
                "Ready to move to GREEN status.", upd(2023, 4, 17)),
          ]),
        I("p19_consult", "Improve arrangements to consult with the public about business "
          "planning & feed back on changes made as a result", "AFI", ref="9208",
          status="In progress", owner="Head of Corporate Development", due="Dec 2024",
          progress="Public engagement strategy being refreshed with the OPCC.",
          updated=upd(2024, 6, 28)),
    ]),
    ("National Child Protection 2018 – published June 2018", "ncpi18", False, [
        I("ncpi_detain", "Detention of children (a): in conjunction with children's social care, "
          "ensure all children are only detained when absolutely necessary & for the absolute "
          "minimum amount of time", "Rec", status="Complete", owner="Ch Insp Custody",
          due=dt.datetime(2019, 3, 31), progress="Custody sergeant guidance re-issued "
          "Feb 2019.", updated=upd(2019, 3, 4), part="a"),
        I("ncpi_detain", "Detention of children (b): custody staff assess at an early stage a "
          "child's need for alternative accomodation (secure or otherwise) and work with CSC "
          "to achieve the most appropriate option", "Rec", status="Complete",
          owner="Ch Insp Custody", due=dt.datetime(2019, 12, 31),
          progress="PACE bed protocol agreed with Cumbria County Council.",
          updated=upd(2020, 1, 14), part="b"),
        I("ncpi_detain", "Detention of children (c): custody staff record all actions taken and "
          "decisions made on the relevant documentation", "Rec", status="complete",
          owner="Ch Insp Custody", due=dt.datetime(2019, 3, 31),
          progress="Custody record template updated.", updated=upd(2019, 3, 4), part="c"),
        I("ncpi_detain", "Detention of children (d): improve the timeliness of adequate "
          "appropriate adult support for children who are arrested", "Rec",
          status="Complete", owner="Head of Criminal Justice", due="Sept 2023",
          progress="18/09/23 - new AA contract with YOS in place; timeliness monitored "
                   "monthly. Pending sign off by the chief officer lead.",
          updated=upd(2023, 9, 18), part="d"),
        I("ncpi_dash", "Effective supervision of the initial risk assessment process - "
          "completion of DASH in appropriate cases", "Rec", actions=[
              A("DASH supervisory check added to the DA incident closure process", CPL,
                "Ch Supt Public Protection", dt.datetime(2019, 6, 30), "Complete.",
                upd(2019, 7, 2)),
              A("Move to DARA risk assessment tool (College of Policing)", IP,
                "Ch Supt Public Protection", dt.datetime(2025, 3, 31),
                "DARA training for response officers scheduled Jan-Mar 2025.",
                upd(2024, 10, 8)),
          ]),
    ]),
    ("Police powers spotlight (Feb 21) – Disproportionate use of police powers", "powers", False,
     [
        I("pw_comms", "By July 2022, forces should ensure that officers and staff have "
          "effective communication skills, in line with the National Policing Guidelines on "
          "Conflict Management.", "National rec", actions=[
              A("Communication skills module added to officer safety training", IP,
                "Head of Learning & Development", "Mar 2025",
                "Module written; roll-out with 2025 OST cycle.", upd(2024, 9, 9)),
          ]),
        I("pw_cpd", "By July 2021 - communication skills reinforced as part of CPD for officers & "
          "staff, supervisors supported to debrief officers using BWV footage", "National rec",
          actions=[
              A("CPD day input on communication skills", CPL, "Head of Learning & Development",
                dt.datetime(2022, 3, 31), "Delivered.", upd(2022, 4, 4)),
              A("Supervisor BWV debrief guide published", CPL, "C/Supt Bell",
                dt.datetime(2022, 9, 30), "Published on intranet 21/09/22.",
                upd(2022, 9, 21)),
          ]),
        I("pw_bwv", "BWV (part 1): ensure that officers record on BWV (when available) the "
          "entirety of all stop & search encounters, incl. traffic stops and use of force "
          "incidents", "National rec", actions=[
              A("S&S policy amended - BWV mandatory for every encounter", CPL, "C/Supt Bell",
                dt.datetime(2021, 9, 30), "Policy signed off.", upd(2021, 10, 1)),
          ], part="1"),
        I("pw_bwv", "BWV (part 2): structured process for regularly reviewing & monitoring "
          "internally a sufficient sample of BWV footage to identify learning and hold officers "
          "to account", "National rec", actions=[
              A("Monthly BWV dip-sample by the S&S scrutiny lead", IP, "C/Supt Bell",
                "Ongoing", "Dip-sampling in place in two of three areas.",
                upd(2024, 7, 15)),
          ], part="2"),
        I("pw_bwv", "BWV (part 3): external scrutiny panel members given access to samples of BWV "
          "footage of S&S and use of force, taking account of the safeguards in APP",
          "National rec", actions=[
              A("Information sharing agreement with the Independent Scrutiny Panel", CPL,
                "Head of Information Management", dt.datetime(2022, 1, 31), "Signed.",
                upd(2022, 2, 3)),
          ], part="3"),
        I("pw_ho", "The Home Office and the NPCC should take steps to ensure that the quality of "
          "the data collected on use of force to effect a S&S is sufficient for publication.",
          "National rec", status="Not applicable - Home Office/NPCC",
          progress="Not the force's responsibility to deliver; dependent upon another "
                   "organisation.", updated=upd(2021, 4, 12),
          note='force marks it not applicable (for the Home Office/NPCC), which counts as done; HMICFRS closed it'),
        I("pw_uof", "By July 2021, forces should ensure they have effective internal monitoring "
          "processes on the use of force, to help them identify & understand disproportionate "
          "use, explain the reasons & implement any necessary improvement action.",
          "National rec", actions=[
              A("Use of force data added to the S&S scrutiny board pack", CPL, "C/Supt Bell",
                dt.datetime(2021, 12, 31), "Complete.", upd(2022, 1, 5)),
              A("Disproportionality analysis of use of force (annual)", IP,
                "Head of Corporate Development", dt.datetime(2024, 12, 31),
                "2023/24 analysis in draft.", upd(2024, 10, 4)),
          ]),
        I(None, "Local action: Add stop and search measures to the monthly Force Performance "
          "pack", "Local", owner="Head of Corporate Development", status="Complete",
          due=dt.datetime(2021, 6, 30), progress="In the pack since June 2021.",
          updated=upd(2021, 7, 2),
          note="'Local action' the force added under the police powers report; not an HMICFRS item"),
    ]),
    ("PEEL Legitimacy 2017 (Cumbria) – published 12 December 2017", "leg17f", False, [
        I("leg_nfa", "Satisfy itself that misconduct investigations resulting in 'no further "
          "action' are fair and free of any form of discrimination", "AFI",
          status="Complete", owner="Head of Professional Standards",
          progress="PSD NFA outcomes reviewed by the Ethics Committee; no disparity found.",
          updated=upd(2019, 1, 30)),
        I("leg_vetting", "The force should ensure all staff have received at least the lowest "
          "level of vetting clearance for their roles as quickly as possible, working to clear "
          "both the vetting backlog and new vetting renewals...", "AFI", actions=[
              A("Vetting backlog recovery - additional vetting officers", IP,
                "Head of Professional Standards", dt.datetime(2024, 12, 31),
                "Backlog 212 (from 1,040).", upd(2024, 9, 30)),
              A("Vetting renewals tracker linked to HR system", NS,
                "Head of Information Management", "2025/26", None, None),
          ]),
        I("leg_whistle", "Make sure it provides a confidential way for staff to raise concerns "
          "and that staff are aware of whistleblowing processes", "AFI", actions=[
              A("Confidential reporting line (Bad Apple) relaunched", CPL,
                "Head of Professional Standards", dt.datetime(2023, 3, 31),
                "Relaunched 01/03/23.", upd(2023, 3, 2)),
              A("Whistleblowing awareness campaign & intranet page", CPL, "DCC",
                dt.datetime(2023, 6, 30), "Campaign run May-June 2023.", upd(2023, 7, 3)),
          ]),
    ]),
    ("PEEL Legit 17 S&S (national overview, Dec 2017)", "leg17", False, [
        I("leg_coc", "Cause of concern - forces not able to demonstrate that the use of S&S "
          "powers is consistently reasonable and fair (over-representation of BAME people)",
          "Cause for concern", status="In progress", owner="ACC Local Policing",
          progress="Monitored at S&S scrutiny board; see 6.2-6.6.", updated=upd(2024, 7, 15)),
        I("leg_monitor", "By July 2018 - regularly and frequently monitor a comprehensive set of "
          "data on S&S to understand the reasons for any disproportionate representation of "
          "different ethnic groups", "National rec", actions=[
              A("Quarterly disproportionality report to S&S scrutiny board", CPL, "C/Supt Bell",
                dt.datetime(2018, 7, 31), "In place.", upd(2018, 8, 1)),
          ], part="1"),
        I("leg_monitor", "By July 2018 - monitor S&S data to understand the extent to which find "
          "rates differ between people from different ethnicities, and across different types "
          "of searches", "National rec", actions=[
              A("Find rate by ethnicity and search type added to S&S dashboard", IP,
                "Head of Corporate Development", dt.datetime(2024, 12, 31),
                "Search-type split waiting on Niche data fix.", upd(2024, 7, 15)),
          ], part="2"),
        I("leg_disparity", "Where forces identify disparities through monitoring, they should "
          "demonstrate to the public that they have carried out research and analysis to "
          "understand the reasons and taken action to reduce the disparity", "National rec",
          actions=[
              A("Commission independent research on S&S disparity (University of Cumbria)",
                CPL, "ACC Local Policing", dt.datetime(2022, 3, 31),
                "Report received.", upd(2022, 4, 20)),
              A("Publish response and action plan", IP, "ACC Local Policing",
                dt.datetime(2024, 12, 31), "Draft with OPCC.", upd(2024, 9, 2)),
          ]),
        I("leg_publish", "We expect forces to publish this analysis and any actions taken at "
          "least on an annual basis, from July 2018.", "National rec", status="Complete",
          owner="Head of Corporate Development", progress="Published annually on force "
          "website since 2019.", updated=upd(2020, 7, 1)),
        I("leg_training", "By July 2018 ensure all officers who use S&S powers have been provided "
          "with, and understand, training on unconscious bias and CoP APP on S&S",
          "National rec", actions=[
              A("Unconscious bias training - all officers", CPL,
                "Head of Learning & Development", dt.datetime(2019, 3, 31), "Complete.",
                upd(2019, 4, 1)),
              A("S&S APP e-learning", CPL, "Head of Learning & Development",
                dt.datetime(2019, 3, 31), "Complete.", upd(2019, 4, 1)),
          ]),
    ]),
    ("PEEL Efficiency 2017 (Cumbria) – published 9 November 2017", "efc17f", False, [
        I("efc17_skills", "Expand the skills project work to include an assessment of all "
          "skills, not only operational, incl. potential future skills requirements", "AFI",
          actions=[
              A("All-staff skills audit (Oracle Fusion skills module)", IP, "Director of People",
                "Apr 2025", "Module procured; audit to start April 2025.",
                upd(2024, 5, 20)),
          ]),
        I("efc17_model", "The force should clearly define its new operating model, ensuring "
          "all operational and support services are affordable and fit to protect the "
          "communities of Cumbria.", "AFI", actions=[
              A("Target operating model (Cumbria 2025) business case", IP, "DCC",
                dt.datetime(2025, 3, 31), "Business case to Chief Officer Group Nov 24.",
                upd(2024, 10, 1)),
          ]),
    ]),
    ("PEEL Efficiency 17 (all forces)", "efc17", False, [
        I("digital", "By Sept 2018, CCs should produce an ambitious plan to improve "
          "digitally-enabled services within their force.", "National rec", actions=[
              A("Digital policing strategy 2019-22 approved", CPL,
                "Head of Information Management", dt.datetime(2019, 1, 31), "Approved.",
                upd(2019, 2, 4)),
              A("Single Online Home adopted", CPL, "Head of Information Management",
                dt.datetime(2020, 10, 31), "Live Oct 2020.", upd(2020, 11, 2)),
          ]),
    ]),
    ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published "
     "24 October 2017", "stolen", False, [
        I("sf_lead", "Within 12 months, forces should review their leadership & governance "
          "arrangements for MSHT, to ensure that: • senior leaders prioritise the response to "
          "MSHT; • every incident of modern slavery identified to police is allocated "
          "appropriate resources…", "National rec", actions=[
              A("MSHT strategic lead (ACC Crime) and governance board", CPL, "ACC Crime",
                dt.datetime(2018, 9, 30), "Board meets quarterly.", upd(2018, 10, 2)),
              A("MSHT allocation policy", CPL, "Det Ch Supt Force CID",
                dt.datetime(2019, 3, 31), "Complete.", upd(2019, 4, 1)),
              A("Anti-slavery partnership with Cumbria County Council", CPL, "ACC Crime",
                dt.datetime(2019, 12, 31), "Partnership launched.", upd(2020, 1, 10)),
              A("MSHT performance & QA framework", IP, "Head of Corporate Development",
                dt.datetime(2024, 12, 31), "Measures agreed; QA regime not yet in place.",
                upd(2024, 9, 16)),
          ]),
        I("sf_intel", "Within 6 months, forces should have in place active ISAs with other "
          "agencies to facilitate speedy exchange of intelligence and in order to safeguard "
          "victims better and to identify suspects as early as possible.", "National rec",
          actions=[
              A("Agree an information-sharing protocol on modern slavery and human trafficking "
                "with the local authorities", IP, "Head of Intelligence",
                dt.datetime(2024, 12, 31), "Signed by 3 of 6 districts.", upd(2024, 9, 16)),
          ]),
        I("sf_s45", "Section 45 defence - victims carrying out criminal acts under compulsion "
          "afforded early and continuing consideration of the s45 defence", "National rec",
          status="Complete", owner="Head of Criminal Justice",
          progress="s45 prompt added to custody and charging process.",
          updated=upd(2020, 3, 12)),
        I("sf_nrm", "Immediately, forces should take steps to ensure they are fully compliant "
          "with the NRM process as it evolves and are implementing the requirement to notify "
          "the HO of any individual suspected to be an adult victim of MSHT.", "National rec",
          actions=[
              A("NRM / duty to notify guidance issued to all staff", CPL,
                "Ch Supt Public Protection", dt.datetime(2018, 1, 31), "Issued.",
                upd(2018, 2, 1)),
              A("NRM referrals audit", CPL, "Force Crime Registrar", dt.datetime(2022, 12, 31),
                "Audit found 100% compliance. Ready to move to GREEN status.",
                upd(2023, 1, 9)),
          ]),
        I("sf_invest", "Immediately - allegations or indications of MSHT thoroughly investigated "
          "& effectively supervised by teams/individuals with the skills & experience to "
          "undertake them", "National rec", actions=[
              A("MSHT investigations moved to the Complex Investigation Team", CPL,
                "Det Ch Supt Force CID", dt.datetime(2019, 9, 30), "Done.",
                upd(2019, 10, 1)),
              A("MSHT investigator CPD day", IP, "Head of Learning & Development",
                dt.datetime(2025, 2, 28), "Booked for February 2025.", upd(2024, 10, 2)),
          ]),
    ]),
    ("CDI inspection 2017 – published September 2017", "cdi17", False, [
        I("cdi_1", "Within 6 months put in place arrangements to ensure that: at the point of "
          "report, victims are believed; conversations between call handlers & callers are "
          "summarised accurately; multiple crimes are always recorded; practice of awaiting "
          "medical exam/video interview results stopped; online reports triaged at point of "
          "receipt", "Rec", owner="Force Crime Registrar", actions=[
              A("Victims believed - 'believe the victim' briefing and NCRS training", CPL,
                "Force Crime Registrar", dt.datetime(2018, 3, 31), "Complete.",
                upd(2018, 4, 3)),
              A("Call handler incident log standards", CPL, "Supt Contact Centre",
                dt.datetime(2018, 6, 30), "Complete.", upd(2018, 7, 2)),
              A("Multiple crimes recording - audit", CPL, "Force Crime Registrar",
                dt.datetime(2019, 3, 31), "Complete.", upd(2019, 4, 1)),
              A("Stop awaiting medical / ABE results before recording", CPL,
                "Force Crime Registrar", dt.datetime(2018, 3, 31), "Complete.",
                upd(2018, 4, 3)),
              A("Online crime reports triaged at point of receipt", IP, "Supt Contact Centre",
                dt.datetime(2024, 12, 31), "Triage desk pilot; Single Online Home integration "
                "outstanding.", upd(2024, 9, 25)),
          ]),
        I("cdi_2", "Improve use of the crime-recording & management system to better manage case "
          "files and investigative processes", "Rec", status="Complete",
          owner="Head of Information Management",
          progress="Niche case file module live 2019.", updated=upd(2019, 7, 22)),
        I("sf_prevent", "Immediately, forces should review their use of preventative powers under "
          "the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
          "of those deemed to pose a clear threat to others in respect of MSHT offences are "
          "exploited.", "National rec", actions=[
              A("Review of Slavery and Trafficking Prevention / Risk Orders", IP,
                "Det Ch Supt Force CID", dt.datetime(2024, 12, 31),
                "Two STROs obtained 2024; review ongoing.", upd(2024, 8, 30)),
          ]),
    ]),
    ("PEEL: Effectiveness 2016 – published 2 March 2017", "eff16", False, [
        I("eff16_coc1", "Cause of concern - response to missing & absent children", "CoC",
          status="Complete", owner="Ch Supt Public Protection",
          progress="Closed by HMICFRS revisit Feb 2019.", updated=upd(2019, 2, 20)),
        I("eff16_rec1", "Review approach to reports of missing children: • call takers understand "
          "and use the missing and absent category appropriately; • call takers and frontline "
          "staff can identify CSE risk factors; • supervisors provide the correct oversight",
          "Rec", actions=[
              A("Absent category removed - all reports now 'missing'", CPL,
                "Supt Contact Centre", dt.datetime(2017, 6, 30), "Complete.",
                upd(2017, 7, 3)),
              A("CSE risk factors training for call takers & frontline", CPL,
                "Head of Learning & Development", dt.datetime(2017, 12, 31), "Complete.",
                upd(2018, 1, 4)),
              A("Missing person supervisory review (Compact)", CPL,
                "Ch Supt Public Protection", dt.datetime(2018, 3, 31), "Complete.",
                upd(2018, 4, 2)),
          ]),
        I("eff16_coc2", "Cause of concern - response to domestic abuse (DASH discretion policy)",
          "CoC", status="In progress", owner="Ch Supt Public Protection",
          progress="Covered by the Vulnerability Improvement Delivery Plan; see latest plan "
                   "update.", updated=upd(2024, 6, 3)),
        I("eff16_rec2", "Consider ways of increasing the use of arrest, ancillary orders & other "
          "available powers to improve the service to victims of DA, offer the best possible "
          "protection and bring more perpetrators to justice", "Rec", actions=[
              A("Positive action policy for DA reissued", CPL, "Ch Supt Public Protection",
                dt.datetime(2017, 9, 30), "Complete.", upd(2017, 10, 2)),
              A("DVPN/DVPO and DAPO use monitored at the DA Board", CPL,
                "Ch Supt Public Protection", dt.datetime(2023, 3, 31),
                "Completed. Evidence submitted to HMICFRS for closure.", upd(2023, 4, 5)),
          ]),
    ]),
    ("Targeting the Risk (Firearms Licensing) 2015", "firearms", True, [
        I("fire_1", "Within three months, all chief constables should assess how well the "
          "governance of firearms licensing in his or her force meets the standards set out in "
          "APP...", "National rec", ref="5611", actions=[
              A("Governance self-assessment against APP", CPL, "Supt Firearms Licensing",
                dt.datetime(2015, 12, 15), "Complete.", upd(2016, 1, 5)),
          ]),
        I("fire_2", "Within three months, all CCs should assess the demand placed on their "
          "firearms licensing department and ensure it has the capacity to meet this demand",
          "National rec", ref="5612", actions=[
              A("Firearms licensing demand review", CPL, "Supt Firearms Licensing",
                dt.datetime(2015, 12, 15), "Complete.", upd(2016, 1, 5)),
              A("Two additional firearms enquiry officers", CPL, "Director of People",
                dt.datetime(2016, 6, 30), "In post.", upd(2016, 7, 1)),
          ]),
        I("fire_3", "Immediately, all chief constables should satisfy themselves that all "
          "appropriate action is being taken by their force with regard to ‘total expired’ "
          "licensing records.", "National rec", ref="5631", actions=[
              A("Total expired records cleansed on NFLMS", CPL, "Supt Firearms Licensing",
                dt.datetime(2015, 10, 31), "Complete.", upd(2015, 11, 2)),
          ]),
        I("fire_4", "Within 3 months - temporary permits in accordance with HO guidance, "
          "recorded without delay on NFLMS, systems so holders are not in unlawful possession",
          "National rec", ref="5614", actions=[
              A("Temporary permit procedure rewritten", CPL, "Supt Firearms Licensing",
                dt.datetime(2015, 12, 15), "Complete.", upd(2016, 1, 5)),
          ]),
        I("fire_5", "Within three months, all chief constables should ensure that systems "
          "designed to identify, prior to police attendance, whether a reported incident "
          "involves or is at the address of a firearm certificate holder are in place and are "
          "always applied by staff dispatching officers to incidents", "National rec",
          ref="5615", actions=[
              A("STORM address flag for certificate holders", CPL, "Supt Contact Centre",
                dt.datetime(2016, 3, 31), "Complete.", upd(2016, 4, 1)),
              A("Dispatcher and officer briefing on risk assessment & seizure powers", CPL,
                "Supt Firearms Licensing", dt.datetime(2016, 3, 31),
                "Completed. Evidence submitted to HMICFRS for closure.", upd(2016, 4, 1)),
          ]),
    ]),
    ("Stop & search powers 2 (2015)", "sas15", False, [
        I("sas15", "CCs should, in consultation with PCCs, comply with the Code of Practice by "
          "explaining to the public the way S&S powers are used & by making arrangements for S&S "
          "records to be scrutinised by community representatives.", "National rec",
          status="Complete", owner="ACC Local Policing",
          progress="Independent Scrutiny Panel in place.", updated=upd(2017, 11, 6)),
    ]),
    ("Integrity Matters – published 30 January 2016", "integrity", False, [
        I("integrity", "By 31 August 2015, all chief constables should satisfy themselves that "
          "they have processes in place to ensure that investigations into misconduct by "
          "officers & staff resulting in “no further action” are fair and free of any form of "
          "discrimination.", "National rec", status="In progress",
          owner="Head of Professional Standards",
          progress="Disproportionality review of PSD outcomes commissioned 2024.",
          updated=upd(2024, 5, 13)),
    ]),
    ("Core business (Sept 2014)", "core", False, [
        I("core_1", "Not later than 31 March 2015 - call handlers to be given specific, sound "
          "and comprehensible criteria to assess threat, harm & risk", "National rec",
          status="Complete", owner="Supt Contact Centre", progress="THRIVE adopted.",
          updated=upd(2015, 4, 1)),
        I("core_2", "By 31 March 2015 all forces should ensure that crime prevention or "
          "disruption activity carried out is systematically recorded and subsequently "
          "evaluated to determine the effectiveness of tactics being employed.",
          "National rec", actions=[
              A("Problem-solving (OSARA) recording on Niche", CPL, "ACC Local Policing",
                dt.datetime(2016, 3, 31), "Complete.", upd(2016, 4, 4)),
              A("Evaluation of problem-solving plans by the Evidence Based Policing hub", CPL,
                "Head of Corporate Development", dt.datetime(2022, 3, 31),
                "Evaluation report to FET 28/03/22.", upd(2022, 3, 29)),
          ]),
    ]),
    ("Policing in Austerity – Meeting the Challenge (July 2014)", "austerity", False, [
        I("aust_1", "All CCs & PCCs should review their plans to deliver savings to ensure they "
          "are doing all they can to continue to reduce crime and protect the front line...",
          "National rec", status="Complete", owner="Director of Finance",
          progress="MTFP reviewed.", updated=upd(2015, 2, 2)),
        I("aust_2", "CCs & PCCs in forces planning to deliver less than 10% of savings through "
          "collaboration should assess whether there is scope to improve on this position.",
          "National rec", status="Complete", owner="Director of Finance",
          progress="Collaboration assessment done.", updated=upd(2015, 2, 2)),
        I("aust_3", "Forces reducing the proportion of their workforce on the front line should "
          "assess whether they have taken the decisive action seen in many forces to maintain "
          "crime fighting capacity.", "National rec", status="In progress",
          owner="ACC Local Policing", progress="xxx", updated=None),
    ]),
    ("Domestic abuse - Everyone's business (March 2014)", "everyone", False, [
        I("everyone", "By September 2014, every police force in England & Wales should establish "
          "and publish an action plan that specifies in detail what steps it will take to "
          "improve its approach to DA. This action plan should be developed: in consultation "
          "with PCCs, DA support organisations and victims' representatives; after close "
          "consideration of all the recommendations in this report;...", "National rec",
          actions=[
              A("DA action plan published", CPL, "Ch Supt Public Protection",
                dt.datetime(2014, 9, 30), "Published.", upd(2014, 10, 1)),
              A("Consultation with PCC & DA support organisations", CPL,
                "Ch Supt Public Protection", dt.datetime(2014, 9, 30), "Complete.",
                upd(2014, 10, 1)),
          ]),
    ]),
    ("Stop & Search powers (HMIC 2013)", "sas13", False, [
        I("sas13_1", "CCs and the CoP should establish in the S&S APP a clear specification of "
          "what constitutes the effective & fair exercise of S&S powers", "National rec",
          status="Complete", owner="ACC Local Policing",
          progress="APP published by the College.", updated=upd(2014, 7, 1)),
        I("sas13_2", "Chief Constables should establish or improve monitoring of the way officers "
          "stop and search people, so that they can be satisfied their officers are acting in "
          "accordance with the law...", "National rec", status="In progress",
          owner="C/Supt Bell", progress="Ongoing via the S&S scrutiny board.",
          updated=upd(2024, 7, 15)),
        I("sas13_3", "CCs should, in consultation with elected local policing bodies, explain to "
          "the public the way S&S powers are used and arrange for S&S records to be scrutinised "
          "by community representatives", "National rec", status="Complete",
          owner="ACC Local Policing", progress="Scrutiny panel established 2014.",
          updated=upd(2014, 12, 1)),
    ]),
    ("PEEL Efficiency 2015 – published October 2015", None, False, [
        I(None, "The force should develop its understanding of the links between its outcomes, "
          "outputs and costs", "AFI", owner="Director of Finance", actions=[
              A("Outcome-based budgeting pilot", IP, "Director of Finance", "2024/25",
                "Pilot in two departments.", upd(2024, 4, 22)),
          ],
          note='PEEL Efficiency 2015 AFI carried over from the 2016 plan; not on the definitive list (no 2015 report on it)'),
    ]),
    ("Internal audit – HMICFRS recommendation governance (TIAA 2023/24)", None, False, [
        I(None, "Internal audit action: closure evidence for HMICFRS recommendations to be "
          "signed off by the chief officer lead before submission", "Internal audit",
          owner="Insp Rigg (Strategic Planning)", actions=[
              A("Sign-off template added to the improvement plan", CPL,
                "Insp Rigg (Strategic Planning)", dt.datetime(2024, 3, 31), "Complete.",
                upd(2024, 4, 2)),
          ],
          note='internal audit (TIAA 2023/24) action, not an HMICFRS item'),
        I(None, "Internal audit action: reconcile the improvement plan with the HMICFRS "
          "definitive list before each Joint Audit Committee", "Internal audit",
          owner="Insp Rigg (Strategic Planning)", status="In progress",
          due="Each JAC", progress="First reconciliation for JAC November 2024.",
          updated=upd(2024, 10, 9),
          note='internal audit (TIAA 2023/24) action, not an HMICFRS item'),
    ]),
]

LOST = {"p22_edi", "p19_vuln", "aust_4", "picture", "sf_ncrs"}

CONFLICTS = {
    "p19_digital": "HMICFRS text says 'within six months'; the force item 2.2 says 'Within 12 "
                   "months' (timescale differs)",
    "p19_workforce": "HMICFRS type Area for improvement; the force item 2.4 is typed "
                     "'Recommendation'",
    "integrity": "HMICFRS publication date 30/01/2015; the force heading 14 says 'Integrity "
                 "Matters – published 30 January 2016'",
    "fire_3": "same text, but the force's HMICFRS Ref is 5631 and the list's Reference is "
              "5613 (digits transposed)",
    "sf_prevent": "item is Stolen Freedom (24/10/2017) on the HMICFRS list, but the force filed "
                  "it as 10.3 under 'CDI inspection 2017 – published September 2017'",
    "leg_monitor": "HMICFRS item has three bullets; the force split it into 6.2 and 6.3 and has "
                   "no row for the third bullet (prevalence of possession-only drug searches)",
}

# ---------------------------------------------------------------------------------------------
# Write the HMICFRS list
# ---------------------------------------------------------------------------------------------
def write_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list as at 30 September 2024. Includes items closed since the "
                "previous list (status Complete / Superseded).")
    hdr = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status",
           "Status date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    items = sorted(H.values(), key=lambda x: (REPORTS[x["report"]][1], x["ref"]))
    rows = {}
    for it in items:
        title, pub = REPORTS[it["report"]]
        ws.append([it["ref"], title, pub, it["type"], it["text"], it["status"], it["sdate"]])
        r = ws.max_row
        rows[it["key"]] = f"Definitive list!{r}"
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", (11, 45, 14, 22, 90, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:G{ws.max_row}"
    wb.save(OUT / "hmicfrs.xlsx")
    return rows

# ---------------------------------------------------------------------------------------------
# Write the force outline
# ---------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")

def fmt_date(v):
    return v

def write_tracker():
    wb = Workbook()
    ws = wb.active
    SHEET = "Improvement Plan"
    ws.title = SHEET
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.sheet_format.outlineLevelRow = 2
    ws["A1"] = f"{FORCE} – HMICFRS Force Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Strategic Planning & Organisational Learning  |  Version 4.2  |  Last "
                "updated 09/10/2024  |  For Joint Audit Committee 5 November 2024")
    ws["A3"] = ("Status key: Not started / In progress / Complete. Use the +/- buttons on the "
                "left to show or hide actions. Items marked * are force-identified, not "
                "HMICFRS recommendations.")
    ws["A3"].font = Font(italic=True)
    ws.append([])
    hdr = ["No.", "Recommendation / Action", "Type", "HMICFRS Ref", "Lead / Action owner",
           "Due date", "Status", "Progress update", "Updated"]
    ws.append(hdr)
    hdr_row = ws.max_row
    for c in ws[hdr_row]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="17375E")
        c.alignment = Alignment(wrap_text=True, vertical="center")

    fill1 = PatternFill("solid", fgColor="D9E1F2")
    fill2 = PatternFill("solid", fgColor="F2F2F2")
    items_out = []  # (force_row, item dict, no)
    n_actions = {"Complete": 0, "In progress": 0, "Not started": 0, "other": 0}

    def put(values, level, bold=False, fill=None, hidden=False):
        ws.append(values)
        r = ws.max_row
        ws.cell(r, 1).number_format = "@"
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       indent=(level if c == 2 else 0))
            cell.border = Border(bottom=THIN)
            if bold:
                cell.font = Font(bold=True)
            if fill:
                cell.fill = fill
        for c in (6, 9):
            if isinstance(ws.cell(r, c).value, (dt.date, dt.datetime)):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
        if level:
            ws.row_dimensions[r].outlineLevel = level
        if hidden:
            ws.row_dimensions[r].hidden = True
        return r

    for ri, (heading, rkey, collapse, items) in enumerate(OUTLINE, start=1):
        put([str(ri), heading] + [None] * 7, 0, bold=True, fill=fill1)
        for ii, it in enumerate(items, start=1):
            no = f"{ri}.{ii}"
            r = put([no, it["text"], it["type"], it["ref"], it["owner"], it["due"],
                     it["status"], it["progress"], it["updated"]], 1, fill=fill2)
            if collapse and it["actions"]:
                ws.row_dimensions[r].collapsed = True
            items_out.append((f"{SHEET}!{r}", it, no, heading))
            for ai, a in enumerate(it["actions"], start=1):
                put([f"{no}.{ai}", a["text"], None, None, a["owner"], a["due"], a["status"],
                     a["progress"], a["updated"]], 2, hidden=collapse)
                k = a["status"] if a["status"] in n_actions else "other"
                n_actions[k] += 1
        if ri in (3, 8, 13, 18):
            ws.append([])  # stray blank rows between some blocks
    ws.append([])
    tot = sum(n_actions.values())
    ws.append([None, f"Total actions: {tot}  |  Complete {n_actions['Complete']}  |  In progress "
               f"{n_actions['In progress']}  |  Not started {n_actions['Not started']}  |  "
               f"other {n_actions['other']}"])
    ws.cell(ws.max_row, 2).font = Font(bold=True)
    ws.append([None, "Note: actions for report 12 (Firearms Licensing 2015) are collapsed; all "
               "complete. Report 19 is carried over from the 2016 plan."])
    ws.cell(ws.max_row, 2).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 80, 14, 11, 26, 13, 16, 55, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hdr_row + 1, 3)
    wb.save(OUT / "tracker.xlsx")
    return items_out, n_actions

# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------
def force_state(it):
    if it["actions"]:
        sts = [a["status"] for a in it["actions"]]
        return all(is_done(s) for s in sts), sts
    return is_done(it["status"]), [it["status"]]

def describe(it, no):
    done, sts = force_state(it)
    if it["actions"]:
        from collections import Counter
        c = Counter(sts)
        s = ", ".join(f"{v} {k}" for k, v in c.items())
        return f"force {no}: actions {s}" + (
            f" (item row says '{it['status']}')" if it["status"] else "")
    return f"force {no}: no actions, item status '{it['status']}'"

def main():
    hrows = write_hmicfrs()
    items_out, n_actions = write_tracker()
    by_h = {}
    for fr, it, no, heading in items_out:
        if it["h"]:
            by_h.setdefault(it["h"], []).append((fr, it, no))
    assert set(by_h) | LOST == set(H), set(H) - set(by_h) - LOST
    assert not (set(by_h) & LOST)
    lines = []
    for fr, it, no, heading in items_out:
        if it["h"] is None:
            lines.append(("", fr, "not_on_hmicfrs_list", f"force {no}: {it['note']}"))
            continue
        hi = H[it["h"]]
        parts = by_h[it["h"]]
        hclosed = hi["status"] in (CP, SUP)
        fdone = all(force_state(p[1])[0] for p in parts)
        if it["h"] in CONFLICTS:
            cat = "conflict"
            why = CONFLICTS[it["h"]]
        else:
            if hclosed and fdone:
                cat = "in_sync"
            elif not hclosed and not fdone:
                cat = "in_sync"
            elif not hclosed and fdone:
                cat = "closeable_submit"
            else:
                cat = "closeable_local"
            why = f"HMICFRS '{hi['status']}'; " + describe(it, no)
            if it["note"]:
                why += "; " + it["note"]
            if len(parts) > 1:
                others = [p[2] for p in parts]
                why += (f"; split item ({'/'.join(others)}), "
                        f"{'all parts done' if fdone else 'not all parts done'}")
        lines.append((hrows[it["h"]], fr, cat, why))
    for k in sorted(LOST, key=lambda k: int(hrows[k].split("!")[1])):
        lines.append((hrows[k], "", "missing_from_force",
                      f"HMICFRS ref {H[k]['ref']} ({H[k]['status']}, "
                      f"{REPORTS[H[k]['report']][0][:40]}…: '{H[k]['text'][:70]}…') has no row "
                      f"in the force plan under any report"))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    from collections import Counter
    print(Counter(l[2] for l in lines), len(lines))
    print("hmicfrs items", len(H), "force item rows", len(items_out), "actions", n_actions)

if __name__ == "__main__":
    main()
