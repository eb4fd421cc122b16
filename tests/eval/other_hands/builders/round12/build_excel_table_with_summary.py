"""Build the independent case `excel_table_with_summary` (West Mercia Police).

HMICFRS side: a register export (one sheet, header in row 1).
Force side: a modern performance-team workbook: Summary dashboard, an Excel Table of open
actions (ListObject with autofilter, banded rows, a total row), a Closed table with
"Date Closed", and a hidden Lookups sheet.

All recommendation texts are real public texts taken from /work/shared/data/real_recommendations.csv
and /work/main/reconcile/casegen/texts (read as data). Run with /work/main/.venv/bin/python.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import xlsxwriter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    EVERYONE_PLAN,
    FIREARMS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

random.seed(20250314)
OUT = Path("/tmp/indep12/table/excel_table_with_summary")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
WM = REAL[REAL.force == "West Mercia Police"].text.tolist()  # 11 real West Mercia texts
D = dt.date

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
WMP = "West Mercia Police"

# report key -> (HMICFRS title, publication date, force short name, programme)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], D(2013, 7, 9), "S&S 2013", "Thematic"),
    "everyone": (NATIONAL["everyone"][0], D(2014, 3, 27), "DA - Everyone's Business 2014", "Thematic"),
    "austerity": (NATIONAL["austerity"][0], D(2014, 7, 22), "Policing in Austerity 2014", "Value for money"),
    "core": (NATIONAL["core"][0], D(2014, 9, 4), "Core Business 2014", "Thematic"),
    "integrity": (NATIONAL["integrity"][0], D(2015, 1, 30), "Integrity Matters 2015", "Thematic"),
    "sas15": (NATIONAL["sas15"][0], D(2015, 3, 24), "S&S powers 2 (2015)", "Thematic"),
    "picture": (NATIONAL["picture"][0], D(2015, 7, 1), "Building the Picture 2015", "Thematic"),
    "firearms": (NATIONAL["firearms"][0], D(2015, 9, 15), "Firearms Licensing 2015", "Thematic"),
    "eff16": ("PEEL: Police efficiency 2016 – West Mercia Police", D(2016, 11, 3),
              "PEEL Efficiency 16", "PEEL"),
    "peel16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2),
               "PEEL Eff 16", "PEEL"),
    "stolen": (NATIONAL["stolen"][0], D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "Thematic"),
    "efc17": (NATIONAL["efc17"][0], D(2017, 11, 9), "PEEL Efficiency 17 (all forces)", "PEEL"),
    "leg17": (NATIONAL["leg17"][0], D(2017, 12, 12), "PEEL Legit 17 S&S (national)", "PEEL"),
    "legwm17": ("PEEL: Police legitimacy 2017 – West Mercia Police", D(2017, 12, 12),
                "PEEL Legitimacy 2017", "PEEL"),
    "ncpi18": ("National child protection inspection 2018 – West Mercia Police", D(2018, 6, 21),
               "NCPI 2018", "Child protection"),
    "cdi19": ("Crime data integrity inspection 2019 – West Mercia Police", D(2019, 9, 19),
              "CDI 2019", "Crime data integrity"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
                 D(2019, 9, 27), "PEEL 18/19", "PEEL"),
    "powers": (NATIONAL["powers"][0], D(2021, 2, 26), "Police powers spotlight (Feb 21)", "Thematic"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia Police",
                 D(2022, 7, 21), "PEEL 21/22", "PEEL"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – West Mercia Police",
                 D(2024, 9, 20), "PEEL 23/24", "PEEL"),
}


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# HMICFRS comments actually seen on the register (research file section 1.2)
C_NEW = "New recommendation"
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                "inspections. Where a cause of concern still exists this will appear in the register "
                "against these subsequent inspections.")
C_COMPLETE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")

STRAT = ["DCC", "ACC Crime", "ACC Local Policing", "Director of People", "Director of Finance"]
TACT = ["Det Ch Supt Force CID", "C/Supt Bell", "Head of Intelligence", "Head of Criminal Justice",
        "Force Crime Registrar", "Head of Professional Standards", "Ch Supt Public Protection",
        "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
        "Ch Insp Custody", "Head of Information Management", "Supt Firearms Licensing"]


# ---------------------------------------------------------------------------------------------
# Items. Each HMICFRS item: dict(rep, ref, type, text, st, sdate, comment, cat, why, force=[rows])
# Each force row: dict(sheet 'O'|'C', no, ftype, text, brag, lead(s,t), pos, ev, target, sub, closed)
# ---------------------------------------------------------------------------------------------
ITEMS: list[dict] = []
FORCE_ONLY: list[dict] = []


def H(rep, ref, typ, text, st, sdate, comment, cat, why, force=None):
    ITEMS.append(dict(rep=rep, ref=ref, type=typ, text=text, st=st, sdate=sdate,
                      comment=comment, cat=cat, why=why, force=force or []))


def F(sheet, no, ftype, text, brag, s, t, pos, ev=None, target=None, sub=None, closed=None,
      rep=None, pub=None):
    return dict(sheet=sheet, no=no, ftype=ftype, text=text, brag=brag, s=s, t=t, pos=pos, ev=ev,
                target=target, sub=sub, closed=closed, rep=rep, pub=pub)


# --- Stop and search 2013 (national) ------------------------------------------------------
H("sas13", 1121, NAT, nat("sas13", 0), "complete", D(2015, 11, 20), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "1", "National Rec",
     "CCs & CoP should establish in the S&S APP document a clear specification of what constitutes "
     "the effective & fair exercise of S&S powers, and guidance in this respect.",
     "Blue", "ACC Local Policing", "C/Supt Bell",
     "29/10/2015 – Already complete / believed to be complete within short time scale (and within deadline).",
     ev="APP adopted; S&S policy v4 published 09/2015", target=D(2014, 7, 31), sub="Y",
     closed=D(2015, 10, 29))])
H("sas13", 1122, NAT, nat("sas13", 1), "complete", D(2015, 11, 20), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "2", "National Rec",
     "Establish or improve monitoring of the way officers stop & search people, so that we can be "
     "satisfied officers are acting in accordance with the law (incl. equality legislation & the "
     "Code of Practice)…",
     "Blue", "ACC Local Policing", "C/Supt Bell",
     "29/10/2015 – Monthly S&S data pack to Tactical Delivery Board from 04/2015.",
     ev="S&S scrutiny reports Apr–Sep 2015", target=D(2014, 7, 31), sub="Y",
     closed=D(2015, 10, 29))])
H("sas13", 1123, NAT, nat("sas13", 2), "complete", D(2018, 4, 27), C_SUPERSEDED, "closeable_local",
  "HMICFRS has closed it (complete, superseded by PEEL comment); the force still has it on "
  "Open Actions as Amber.",
  [F("O", "3", "National Rec",
     "In consultation with PCCs, comply with the code of practice by explaining to the public the way "
     "S&S powers are used & arranging for S&S records to be scrutinised by community representatives "
     "(involve young people)",
     "Amber", "ACC Local Policing", "C/Supt Bell",
     "10/02/2025 – Community scrutiny panel relaunched; youth panel places still being recruited.\n"
     "14/10/2024 – Work undertaken in area but still requires development to complete.",
     target=D(2025, 6, 30), sub="N")])

# --- Everyone's business 2014 ------------------------------------------------------------
H("everyone", 2321, NAT, EVERYONE_PLAN, "complete", D(2017, 3, 2), C_SUPERSEDED, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue (text truncated by the force).",
  [F("C", "", "National Rec",
     "By September 2014, every police force in England & Wales should establish & publish an action "
     "plan that specifies in detail what steps it will take to improve its approach to DA. This action "
     "plan should be developed: • in consultation with PCCs, DA support organisations and…",
     "Blue", "ACC Crime", "Ch Supt Public Protection",
     "30/09/2014 – DA action plan published on force website.",
     ev="DA Action Plan 2014 (website)", target=D(2014, 9, 30), sub="Y", closed=D(2014, 10, 15))])

# --- Policing in austerity 2014 ----------------------------------------------------------
H("austerity", 3310, NAT, nat("austerity", 0), "complete", D(2015, 6, 1), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "1", "National Rec",
     "All CCs & PCCs should review their plans to deliver savings to ensure they are doing all they can "
     "to continue to reduce crime & protect the front line while balancing their budgets.",
     "Blue", "Director of Finance", "Head of Corporate Development",
     "12/03/2015 – MTFP reviewed against HMIC VfM profiles.", ev="MTFP 2015/16–2018/19",
     target=None, sub="Y", closed=D(2015, 3, 31))])
H("austerity", 3311, NAT, nat("austerity", 1), "complete", D(2015, 6, 1), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "2", "National Rec",
     "CCs & PCCs in forces planning to deliver less than 10% of savings through collaboration should "
     "assess whether there is scope to improve on this position.",
     "Blue", "Director of Finance", "Head of Corporate Development",
     "12/03/2015 – Alliance with Warwickshire delivers >10% of savings; no further action.",
     ev="Alliance business case", sub="Y", closed=D(2015, 3, 31))])
H("austerity", 3312, NAT, nat("austerity", 2), "complete", D(2015, 6, 1), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "3", "National Rec",
     "CCs & PCCs in forces planning to reduce the proportion of their workforce and/or police officers "
     "on the front line should assess whether they have taken the decisive action seen in many forces…",
     "Blue", "Director of Finance", "Head of Corporate Development",
     "12/03/2015 – Frontline assessment reported to PCC.", ev="PCC holding-to-account minutes 03/2015",
     sub="Y", closed=D(2015, 3, 31))])
FORCE_ONLY.append(
  dict(why="Fourth Policing in Austerity recommendation (collaboration plans): the force closed it, "
           "the HMICFRS list does not hold it.",
       row=F("C", "4", "National Rec",
             "In preparation for the next spending round period all CCs & PCCs should review their plans "
             "for collaboration. In particular they should consider whether there is scope to deliver "
             "better value for money & improved capability & capacity through joint working with other "
             "forces, the public and/or the private sector.",
             "Blue", "Director of Finance", "Head of Corporate Development",
             "20/01/2016 – Collaboration plans reviewed as part of the Alliance refresh.",
             ev="Alliance refresh report 01/2016", sub="Y", closed=D(2016, 1, 20),
             rep="Policing in Austerity 2014", pub=D(2014, 7, 1))))

# --- Core business 2014 ------------------------------------------------------------------
H("core", 4822, NAT, nat("core", 0), "being-progressed", D(2019, 2, 14), C_REVIEW, "closeable_submit",
  "HMICFRS still being-progressed (status under review); force closed it (Closed sheet, Blue, "
  "portal Y in 2016). Evidence to be resubmitted.",
  [F("C", "", "National Rec",
     "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with "
     "specific, sound & comprehensible criteria against which they can assess threat, harm & risk.",
     "Blue", "ACC Local Policing", "Supt Contact Centre",
     "17/03/2016 – THRIVE adopted in the OCC; call-handler training completed.",
     ev="THRIVE training records; OCC SOP", target=D(2015, 3, 31), sub="Y", closed=D(2016, 3, 17))])
H("core", 4823, NAT, nat("core", 1), "complete", D(2016, 9, 8), C_COMPLETE, "missing_from_force",
  "On the HMICFRS list (complete); no row for it anywhere in the force tracker.")

# --- Integrity matters 2015 --------------------------------------------------------------
H("integrity", 902, NAT, nat("integrity", 0), "complete", D(2016, 2, 11), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "", "National Rec",
     "By 31 August 2015, satisfy ourselves that there are processes in place to ensure that "
     "investigations into misconduct by officers & staff resulting in \"no further action\" are fair "
     "& free of any form of discrimination.",
     "Blue", "DCC", "Head of Professional Standards",
     "25/08/2015 – PSD dip sample of NFA outcomes completed; no disproportionality found.",
     ev="PSD dip-sample report 08/2015", target=D(2015, 8, 31), sub="Y", closed=D(2015, 9, 2))])

# --- Stop and search powers 2 (2015) -----------------------------------------------------
H("sas15", 5120, NAT, nat("sas15", 0), "complete", D(2016, 6, 30), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue. (Near-identical wording to the "
  "2013 S&S item 1123, which is a different report and open on the force side.)",
  [F("C", "", "National Rec",
     "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of "
     "Practice by explaining to the public the way S&S powers are used in their areas & by making "
     "arrangements for S&S records to be scrutinised by community representatives. This should be "
     "done in a way that involves those people who are stopped & searched, for example young people.",
     "Blue", "ACC Local Policing", "C/Supt Bell",
     "02/06/2016 – External scrutiny panel in place; quarterly minutes published.",
     ev="Scrutiny panel ToR & minutes", sub="Y", closed=D(2016, 6, 2))])

# --- Building the picture 2015 -----------------------------------------------------------
H("picture", 5873, NAT, NATIONAL["picture"][2][0][1], "complete", D(2017, 1, 12), C_COMPLETE,
  "missing_from_force", "On the HMICFRS list (complete); the force tracker has no row for it.")

# --- Targeting the risk (firearms licensing) 2015 ----------------------------------------
H("firearms", 6101, NAT, nat("firearms", 0), "complete", D(2016, 5, 19), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue ('3 months' = 'three months').",
  [F("C", "1", "National Rec",
     "Within 3 months assess how well the goverance of firearms licensing meets the standards set out "
     "in APP; where not complied with put in place immediately the correct arrangements & procedures.",
     "Blue", "ACC Crime", "Supt Firearms Licensing",
     "11/12/2015 – Governance review against APP completed; gaps closed.",
     ev="FL governance review 12/2015", target=D(2015, 12, 15), sub="Y", closed=D(2016, 1, 7))])
H("firearms", 6102, NAT, FIREARMS, "complete", D(2016, 5, 19), C_COMPLETE, "conflict",
  "Timescale differs in both texts: HMICFRS 'Within three months' vs force 'Within 6 months' "
  "(both sides closed).",
  [F("C", "2", "National Rec",
     "Within 6 months, all CCs should assess the demand placed on their firearms licensing dept & "
     "ensure it has the capacity to meet this demand & provide an efficient & effective service at "
     "all times.",
     "Blue", "ACC Crime", "Supt Firearms Licensing",
     "03/03/2016 – Demand assessment completed; 2 additional FEOs funded.",
     ev="FL demand assessment 02/2016", target=D(2016, 3, 15), sub="Y", closed=D(2016, 3, 3))])
H("firearms", 6103, NAT, nat("firearms", 2), "being-progressed", D(2018, 8, 9), C_MONITOR,
  "closeable_submit",
  "HMICFRS still being-progressed; force closed it (Closed sheet, Blue) but never submitted it "
  "on the portal (N).",
  [F("C", "3", "National Rec",
     "Immediately, satisfy ourselves that all appropriate action is being taken with regard to 'total "
     "expired' licensing records.",
     "Blue", "ACC Crime", "Supt Firearms Licensing",
     "21/06/2018 – All 'total expired' records reviewed; weekly NFLMS report in place.",
     ev="NFLMS weekly report; FL manager sign-off", target=D(2015, 9, 30), sub="N",
     closed=D(2018, 6, 21))])
H("firearms", 6104, NAT, nat("firearms", 3), "complete", D(2016, 5, 19), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "4", "National Rec",
     "Within 3 months ensure arrangements for temporary permits are in accordance with HO guidance; "
     "temporary permits properly recorded without delay on NFLMS; & effective systems exist to ensure "
     "certificate holders are not permitted to remain in unlawful possession of a firearm.",
     "Blue", "ACC Crime", "Supt Firearms Licensing",
     "11/12/2015 – Temporary permit process rewritten.", ev="FL SOP v2", target=D(2015, 12, 15),
     sub="Y", closed=D(2016, 1, 7))])
H("firearms", 6105, NAT, nat("firearms", 4), "complete", D(2016, 5, 19), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue (text truncated).",
  [F("C", "5", "National Rec",
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always…",
     "Blue", "ACC Local Policing", "Supt Contact Centre",
     "11/12/2015 – STORM flag for certificate holders live.", ev="STORM change request 4471",
     target=D(2015, 12, 15), sub="Y", closed=D(2016, 1, 7))])

# --- PEEL efficiency 2016 (West Mercia) --------------------------------------------------
H("eff16", 6410, AFI, REAL.text[14], "complete", D(2018, 3, 1), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "AFI 1", "AFI",
     "Undertake further work to gain a fuller understanding of current demand for services & likely "
     "future changes in demand.",
     "Blue", "DCC", "Head of Corporate Development",
     "15/01/2018 – Force Management Statement 1 submitted.", ev="FMS 2018", sub="Y",
     closed=D(2018, 1, 15))])
H("eff16", 6411, AFI, REAL.text[15] + ".", "complete", D(2018, 3, 1), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "AFI 2", "AFI",
     "The force should develop its understanding of the links between its outcomes, outputs & costs",
     "Blue", "Director of Finance", "Head of Corporate Development",
     "15/01/2018 – Activity-based costing model in place.", ev="ABC model; FET paper 11/2017",
     sub="Y", closed=D(2018, 1, 15))])
H("eff16", 6412, AFI, REAL.text[16], "being-progressed", D(2021, 6, 10), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 3", "AFI",
     "Develop a future workforce plan aligned with overall demand & budget (future resource "
     "allocations, mix of skills required & behaviours expected).",
     "Amber", "Director of People", "Head of Corporate Development",
     "06/02/2025 – Strategic Workforce Plan 2025-28 drafted; to FET in April.\n"
     "02/09/2024 – Addressed holistically as part of the force change programme.",
     target=D(2025, 4, 30), sub="N")])

# --- PEEL effectiveness 2016 (West Mercia) -----------------------------------------------
MISSING_KIDS = ("HMIC recommends that within six months the force should: review its approach to "
                "reports of missing children and take steps to ensure that:\n"
                "• call takers understand and use the missing and absent category appropriately;\n"
                "• call takers and frontline staff have the necessary knowledge to identify risk "
                "factors associated with child sexual exploitation and how to respond to such cases; and\n"
                "• supervisors provide the correct oversight of missing person enquiries and direct "
                "appropriate and timely investigative and safeguarding action;")
H("peel16", 6950, REC, MISSING_KIDS, "being-progressed", D(2020, 11, 5), C_MONITOR, "in_sync",
  "One recommendation split by the force into bullets (a)-(c), three rows; parts are Amber, Blue, "
  "Green, so the item is still open on the force side; HMICFRS being-progressed: both open.",
  [F("O", "R1a", "Recommendation",
     "Review approach to reports of missing children & ensure: (a) call takers understand & use the "
     "missing & absent category appropriately",
     "Amber", "ACC Local Policing", "Supt Contact Centre",
     "03/02/2025 – OCC dip sample Q3: 12% of 'absent' gradings incorrect. Refresher briefing issued.\n"
     "08/10/2024 – Missing persons SOP rewrite in consultation.",
     target=D(2025, 6, 30), sub="N"),
   F("O", "R1b", "Recommendation",
     "(b) call takers & frontline staff have the neccessary knowledge to identify risk factors "
     "associated with CSE & how to respond to such cases",
     "Blue", "ACC Crime", "Ch Supt Public Protection",
     "20/01/2025 – CSE risk factors e-learning completed by 96% of OCC & response staff.",
     ev="NCALT completion report 01/2025", target=D(2024, 12, 31), sub="N"),
   F("O", "R1c", "Recommendation",
     "(c) supervisors provide the correct oversight of missing person enquiries & direct appropriate "
     "& timely investigative & safeguarding action",
     "Green", "ACC Local Policing", "Ch Supt Public Protection",
     "03/02/2025 – Supervisor review field mandatory on COMPACT from 01/03/2025; on track.",
     target=D(2025, 3, 31), sub="N")])
H("peel16", 6951, AFI,
  "The force should take steps to ensure that there is effective supervision of the initial risk "
  "assessment process, specifically in relation to the completion of DASH risk assessment in "
  "appropriate cases. In cases where a DASH risk assessment is not completed the officer should "
  "record an assessment on the crime management system.",
  "being-progressed", D(2019, 1, 24), C_MONITOR, "closeable_submit",
  "HMICFRS being-progressed; force has it Blue (complete) on Open Actions and submitted on the "
  "portal (Y): awaiting HMICFRS sign-off.",
  [F("O", "AFI 1", "AFI",
     "Effective supervision of the initial risk assessment process, specifically the completion of "
     "DASH risk assessment in appropriate cases; where DASH not completed officer to record an "
     "assessment on the crime mgmt system.",
     "Blue", "ACC Crime", "Ch Supt Public Protection",
     "28/01/2025 – Completed. Evidence submitted to HMICFRS for closure.\n"
     "11/11/2024 – The Force Executive Team agreed that we would risk-assess all DA incidents.",
     ev="DA risk assessment policy v5; supervisor audit Q2 24/25", target=D(2024, 12, 31),
     sub="Y")])
H("peel16", 6952, AFI,
  "The force should improve the supervision of investigations, so that investigation plans are set, "
  "reviewed and recorded and victims receive a consistently good service.",
  "complete", D(2019, 12, 12), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "AFI 2", "AFI",
     "Improve the supervison of investigations, so that investigation plans are set, reviewed & "
     "recorded & victims recieve a consistently good service.",
     "Blue", "ACC Crime", "Det Ch Supt Force CID",
     "14/11/2019 – Investigation plan template mandated on Athena.", ev="Athena audit 10/2019",
     sub="Y", closed=D(2019, 11, 14))])

# --- Stolen freedom 2017 (MSHT) ----------------------------------------------------------
H("stolen", 8410, NAT, SF_LEADERSHIP, "being-progressed", D(2022, 3, 17), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber (bullets truncated).",
  [F("O", "1", "National Rec",
     "Within 12 months review leadership & goverance arrangements for MSHT, to ensure that: • senior "
     "leaders prioritise the response to MSHT; • every incident of modern slavery identified to police "
     "is allocated appropriate resources…",
     "Amber", "ACC Crime", "Det Ch Supt Force CID",
     "27/01/2025 – MSHT governance now via Vulnerability Board; QA measures outstanding.\n"
     "30/09/2024 – Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
     target=D(2025, 9, 30), sub="N")])
H("stolen", 8411, NAT, nat("stolen", 1), "complete", D(2019, 4, 4), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue (HMICFRS text keeps the stray footnote "
  "'86').",
  [F("C", "2", "National Rec",
     "Within 6 months have in place active ISAs with other agencies to facilitate speedy exchange of "
     "intelligence & to safeguard victims better & identify suspects as early as possible.",
     "Blue", "ACC Crime", "Head of Intelligence",
     "28/02/2019 – ISAs signed with 4 LAs, GLAA & Salvation Army.", ev="Signed ISAs (x6)", sub="Y",
     closed=D(2019, 2, 28))])
H("stolen", 8412, NAT, nat("stolen", 2), "being-progressed", D(2022, 3, 17), C_MONITOR,
  "missing_from_force",
  "On the HMICFRS list (being-progressed, s45 defence); the force tracker has no row for it.")
H("stolen", 8413, NAT, nat("stolen", 3), "being-progressed", D(2022, 3, 17), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "4", "National Rec",
     "Immediately, take steps to ensure we are fully compliant with the NRM process as it evolves & "
     "are implementing the requirement under the Modern Slavery Act 2015 to notify the HO of any "
     "individual suspected to be an adult victim of MSHT.",
     "Amber", "ACC Crime", "Det Ch Supt Force CID",
     "27/01/2025 – Duty to Notify compliance 81% (target 95%).", target=D(2025, 3, 31), sub="N")])
H("stolen", 8414, NAT, nat("stolen", 4), "being-progressed", D(2022, 3, 17), C_MONITOR,
  "closeable_submit",
  "HMICFRS being-progressed; force Blue (complete) on Open Actions, submitted on the portal (Y).",
  [F("O", "5", "National Rec",
     "Immediately, take steps to fully comply with NCRS requirements for offences identified as MSHT & "
     "ensure sufficient audit capacity is available to the FCR…",
     "Blue", "DCC", "Force Crime Registrar",
     "12/12/2024 – Pending sign off by the chief officer lead.\n"
     "20/02/2025 – Signed off by DCC; evidence uploaded to HMICFRS portal.",
     ev="FCR MSHT audit 11/2024 (97% compliance)", target=D(2024, 12, 31), sub="Y")])
H("stolen", 8415, NAT, nat("stolen", 5), "being-progressed", D(2022, 3, 17), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track, not complete).",
  [F("O", "6", "National Rec",
     "Review use of preventative powers under the Modern Slavery Act 2015 (STROs / STPOs) to ensure "
     "opportunities to restrict the activities of those posing a clear threat are exploited",
     "Green", "ACC Crime", "Det Ch Supt Force CID",
     "27/01/2025 – Orders tracker live; 7 STROs applied for in 2024. On track.",
     target=D(2025, 5, 31), sub="N")])

# --- PEEL efficiency 2017 national -------------------------------------------------------
H("efc17", 8502, NAT, nat("efc17", 0), "complete", D(2020, 10, 1), C_COMPLETE, "closeable_local",
  "HMICFRS complete; force still has it on Open Actions as Green (= on track, not complete per the "
  "Lookups key).",
  [F("O", "", "National Rec",
     "By September 2018, produce an ambitious plan to improve digitally-enabled services within the "
     "force.",
     "Green", "Director of Finance", "Head of Information Management",
     "05/02/2025 – Digital Strategy 2025-28 approved; delivery on track.\n"
     "16/05/2024 – Digital Strategy refresh commissioned.",
     target="No deadline set by HMICFRS", sub="N")])

# --- PEEL legitimacy 2017 national (stop and search) -------------------------------------
H("leg17", 8541, COC, nat("leg17", 0), "being-progressed", D(2021, 9, 2), C_MONITOR, "in_sync",
  "Both open: HMICFRS cause of concern being-progressed; force Open Actions, Amber.",
  [F("O", "", "Cause of Concern",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers is "
     "consistently reasonable & fair. In particular, there is over-representation of BAME people…",
     "Amber", "ACC Local Policing", "C/Supt Bell",
     "10/02/2025 – Disproportionality 3.1:1 (black:white), down from 4.4:1.",
     target=D(2025, 12, 31), sub="N")])
H("leg17", 8542, NAT, SAS_MONITORING_2017, "being-progressed", D(2021, 9, 2), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "", "National Rec",
     "By July 2018, be regularly & frequently monitoring a comprehensive set of data & information on "
     "use of S&S powers to understand: the reasons for any disproportionate representation of "
     "different ethnic groups; find rates by ethnicity & search type; prevalence of possession-only "
     "drug searches",
     "Green", "ACC Local Policing", "Head of Intelligence",
     "10/02/2025 – Power BI S&S dashboard live; find-rate split by drugs possession/supply added.",
     target=D(2025, 3, 31), sub="N")])
H("leg17", 8543, NAT, nat("leg17", 2), "being-progressed", D(2021, 9, 2), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "", "National Rec",
     "Where disparities identified through monitoring, demonstrate to the public research & analysis "
     "to understand the reasons & action taken to reduce the disparity",
     "Amber", "ACC Local Policing", "C/Supt Bell",
     "10/02/2025 – Academic partner (Univ. of Worcester) analysis due Jun-25.",
     target=D(2025, 6, 30), sub="N")])
H("leg17", 8544, NAT, nat("leg17", 3), "being-progressed", D(2021, 9, 2), C_MONITOR,
  "missing_from_force",
  "On the HMICFRS list (being-progressed, publish the analysis annually); no force row.")
H("leg17", 8545, NAT, nat("leg17", 4), "being-progressed", D(2021, 9, 2), C_MONITOR,
  "closeable_submit",
  "HMICFRS being-progressed; force Blue (complete) on Open Actions, submitted on the portal (Y).",
  [F("O", "", "National Rec",
     "By July 2018 & ongoing, all officers who use S&S powers provided with & understand training on "
     "unconscious bias & CoP APP on S&S",
     "Blue", "Director of People", "Head of Learning & Development",
     "31/01/2025 – Completed. Evidence submitted to HMICFRS for closure.",
     ev="L&D records: 98% of S&S-trained officers completed UB module", target=D(2018, 7, 31),
     sub="Y")])

# --- PEEL legitimacy 2017 West Mercia ----------------------------------------------------
H("legwm17", 8601, AFI,
  "The force should ensure all staff have received at least the lowest level of vetting clearance for "
  "their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
  "renewals when they become due so that it complies fully with the national vetting guidelines.",
  "being-progressed", D(2023, 5, 11), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Red.",
  [F("O", "AFI 1", "AFI",
     "All staff to have at least the lowest level of vetting clearance for their roles asap, clearing "
     "the vetting backlog & renewals so that the force complies fully with national vetting guidelines",
     "Red", "DCC", "Head of Professional Standards",
     "04/02/2025 – Backlog 412 renewals (was 380). Two vetting officer posts vacant.\n"
     "12/11/2024 – Little work yet undertaken in this area. Unlikely to reach deadlines.",
     target=D(2024, 12, 31), sub="N")])
H("legwm17", 8602, AFI,
  "The force should review the support available for those who have raised concerns and take any "
  "action needed to make sure these provisions are suitable.",
  "complete", D(2019, 7, 18), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "AFI 2", "AFI",
     "Review the support available for those who have raised concerns & take any action needed.",
     "Blue", "DCC", "Head of Professional Standards",
     "30/05/2019 – Welfare support for reporters added to PSD procedure.", ev="PSD procedure v3",
     sub="Y", closed=D(2019, 5, 30))])
H("legwm17", 8603, AFI,
  "The force should make sure it provides accessible information for all staff and members of the "
  "public on how they can raise concerns and access confidential support (including through external "
  "agencies).",
  "being-progressed", D(2023, 5, 11), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 3", "AFI",
     "Make sure the force provides accessible information for all staff & members of the public on how "
     "they can raise concerns & access confidential support (incl. through external agencies).",
     "Amber", "DCC", "Head of Professional Standards",
     "04/02/2025 – Public web page drafted; Crimestoppers integrity line contract renewing.",
     target=D(2025, 4, 30), sub="N")])

# --- NCPI 2018 ---------------------------------------------------------------------------
H("ncpi18", 8890, REC,
  "Within six months the force should, in conjunction with children’s social care services, review "
  "how it manages the detention of children. As a minimum it should:• ensure that all children are "
  "only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that "
  "officers and staff in the custody suite assess at an early stage a child’s need for alternative "
  "accommodation (secure or otherwise) and work with children’s social care services to achieve the "
  "most appropriate option for the child;• ensure that custody staff make a record of all actions "
  "taken and decisions made on the relevant documentation; and• improve the timeliness of adequate "
  "appropriate adult support for children who are arrested.",
  "being-progressed", D(2022, 1, 20), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber (text truncated after the "
  "first bullet).",
  [F("O", "R1", "Recommendation",
     "Within six months, in conjunction with children's social care services, review how the force "
     "manages the detention of children. As a minimum: • children only detained when absolutely "
     "neccessary & for the absolute minimum time…",
     "Amber", "ACC Crime", "Ch Insp Custody",
     "22/01/2025 – PACE beds protocol agreed with 2 of 4 LAs. Herefordshire & Telford outstanding.",
     target=D(2025, 7, 31), sub="N")])

# --- CDI 2019 ----------------------------------------------------------------------------
H("cdi19", 9320, REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".",
  "being-progressed", D(2021, 4, 22), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track; bullets truncated).",
  [F("O", "R1", "Recommendation",
     "Within 6 months put in place arrangements to ensure that: • at the point of report, victims are "
     "believed; • conversations between call handlers & callers are summarised accurately in the "
     "incident log…",
     "Green", "DCC", "Force Crime Registrar",
     "29/01/2025 – CDI audit Q3: 94% compliance; online triage live. On track for closure Q1 25/26.",
     target=D(2025, 6, 30), sub="N")])
H("cdi19", 9321, AFI,
  "The force should provide call-handlers with specific, sound and comprehensible criteria against "
  "which they can assess threat, harm and risk.",
  "being-progressed", D(2021, 4, 22), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber. (Wording close to Core Business "
  "4822, which is a different report.)",
  [F("O", "AFI 1", "AFI",
     "AFI 1 - The force should provide call-handlers with specific, sound & comprehensible criteria "
     "against which they can assess threat, harm & risk.",
     "Amber", "ACC Local Policing", "Supt Contact Centre",
     "03/02/2025 – THRIVE+ aide-memoire in test in OCC.", target=D(2025, 5, 31), sub="N")])

# --- PEEL 2018/19 West Mercia (real texts) -----------------------------------------------
H("peel1819", 9510, COC, WM[7], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS cause of concern being-progressed; force Open Actions CoC1, Amber.",
  [F("O", "CoC1", "Cause of Concern",
     "The force does not have suitable arrangements in place to make sure it can maintain the full "
     "range of public services when its alliance with Warwickshire Police ends…",
     "Amber", "DCC", "Head of Corporate Development",
     "06/02/2025 – Remaining CoC1 actions tracked via the Operating Model programme.",
     target=D(2025, 9, 30), sub="N")])
H("peel1819", 9511, REC, WM[0], "complete", D(2021, 2, 18), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "CoC1 R1", "Recommendation",
     "Conduct a review of officers' capabilities & capacity to manage their investigative workload, to "
     "better understand investigative demand & the pressures placed upon them",
     "Blue", "ACC Crime", "Det Ch Supt Force CID",
     "14/12/2020 – Investigative workload review completed (Op Balance).", ev="Op Balance report",
     sub="Y", closed=D(2020, 12, 14))])
H("peel1819", 9512, REC, WM[1], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "CoC1 R2", "Recommendation",
     "Conduct a review, involving partners, of the approach to vulnerability to better safeguard "
     "vulnerable people.",
     "Green", "ACC Crime", "Ch Supt Public Protection",
     "06/02/2025 – Partnership vulnerability review fieldwork complete; report due Apr-25.",
     target=D(2025, 4, 30), sub="N")])
H("peel1819", 9513, REC, WM[2], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "CoC1 R3", "Recommendation",
     "Expand the skills project work to include an assessment of all skills, not only operational, "
     "including potential future skills requirements. This assessment should inform workforce plans",
     "Amber", "Director of People", "Head of Learning & Development",
     "06/02/2025 – Skills audit of police staff 60% complete.", target=D(2025, 6, 30), sub="N")])
H("peel1819", 9514, REC, WM[3], "complete", D(2020, 3, 12), C_COMPLETE, "closeable_local",
  "HMICFRS complete ('This recommendation is complete'); force still has it open on Open Actions "
  "as Amber.",
  [F("O", "CoC1 R4", "Recommendation",
     "Agree arrangements with Warwickshire Police to secure a smooth transition to the future operating "
     "model, ensuring no disruption to public services",
     "Amber", "DCC", "Head of Corporate Development",
     "06/02/2025 – 2 residual collaboration agreements (firearms licensing, ICT) still to be signed.\n"
     "15/08/2024 – Awaiting allocation.",
     target=D(2025, 3, 31), sub="N")])
H("peel1819", 9515, REC, WM[4], "complete", D(2021, 2, 18), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "CoC1 R5", "Recommendation",
     "Clearly define the new operating model, ensuring all operational & support services are "
     "affordable & fit to protect the communities of West Mercia",
     "Blue", "DCC", "Head of Corporate Development",
     "30/11/2020 – New operating model live from 01/10/2019; post-implementation review done.",
     ev="PIR report 11/2020", sub="Y", closed=D(2020, 11, 30))])
H("peel1819", 9516, REC, WM[5], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "CoC1 R6", "Recommendation",
     "Improve arrangements both to consult with the public about business planning & to feed back on "
     "changes made to service delivery as a result of consultation.",
     "Amber", "DCC", "Head of Corporate Development",
     "06/02/2025 – 'You said, we did' page agreed with OPCC; first publication Q1 25/26.",
     target=D(2025, 6, 30), sub="N")])
H("peel1819", 9520, COC, WM[8], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS cause of concern being-progressed; force Open Actions CoC2, Amber.",
  [F("O", "CoC2", "Cause of Concern",
     "The force does not have the capacity or capability to investigate crime effectively & this is "
     "affecting the service being provided to the public. There are failings in the way that crimes "
     "are being investigated.",
     "Amber", "ACC Crime", "Det Ch Supt Force CID",
     "06/02/2025 – Investigation Standards Improvement Plan: 14 of 19 actions complete.",
     target=D(2025, 9, 30), sub="N")])
H("peel1819", 9521, REC, WM[6], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "CoC2 R1", "Recommendation",
     "Within six months: ensure regular & active supervision of the quality & progress of "
     "investigations. This supervision should be properly recorded",
     "Green", "ACC Crime", "Det Ch Supt Force CID",
     "06/02/2025 – Supervisory review compliance 88% (target 90%). On track.",
     target=D(2025, 3, 31), sub="N")])
H("peel1819", 9522, REC, WM[9], "being-progressed", D(2023, 10, 5), C_MONITOR, "conflict",
  "Timescale differs in both texts: HMICFRS 'within six months' vs force 'Within 12 months'.",
  [F("O", "CoC2 R2", "Recommendation",
     "Within 12 months improve ability to retrieve digital evidence from mobile phones, computers & "
     "other electronic devices quickly enough to ensure investigations are not delayed",
     "Red", "ACC Crime", "Det Ch Supt Force CID",
     "06/02/2025 – DFU backlog 1,140 devices; kiosk roll-out delayed to Q2 25/26.\n"
     "10/10/2024 – Little work yet undertaken in this area. Unlikely to reach deadlines.",
     target=D(2024, 9, 30), sub="N")])
H("peel1819", 9523, REC, WM[10], "being-progressed", D(2023, 10, 5), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Red.",
  [F("O", "CoC2 R3", "Recommendation",
     "Improve understanding of suspects RUI & the management of those released on bail",
     "Red", "ACC Crime", "Head of Criminal Justice",
     "06/02/2025 – 2,300 RUI cases open; bail management unit business case rejected.",
     target=D(2024, 12, 31), sub="N")])

# --- Disproportionate use of police powers 2021 ------------------------------------------
H("powers", 10230, NAT, nat("powers", 0), "being-progressed", D(2024, 2, 8), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "1", "National Rec",
     "By July 2022, ensure officers & staff have effective communication skills, in line with the "
     "National Policing Guidelines on Conflict Management.",
     "Amber", "Director of People", "Head of Learning & Development",
     "31/01/2025 – Comms skills module in OST from April 2025.", target=D(2025, 4, 30), sub="N")])
H("powers", 10231, NAT, nat("powers", 1), "being-progressed", D(2024, 2, 8), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Red.",
  [F("O", "2", "National Rec",
     "By July 2021, ensure communication skills are reinforced as part of CPD for officers & staff, & "
     "supervisors supported to routinely & frequently debrief officers on these skills using BWV "
     "footage.",
     "Red", "Director of People", "Head of Learning & Development",
     "31/01/2025 – No supervisor debrief capacity identified; escalated to People Board.",
     target=D(2021, 7, 31), sub="N")])
H("powers", 10232, NAT, BWV_2021, "being-progressed", D(2024, 2, 8), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "3", "National Rec",
     "By September 2021, forces should: ensure that officers record on BWV (when available) the "
     "entirety of all S&S encounters, including traffic stops & use of force incidents. have a "
     "structured process for regularly reviewing…",
     "Green", "ACC Local Policing", "C/Supt Bell",
     "10/02/2025 – BWV activation 93%; scrutiny panel BWV viewing from Jan-25. On track.",
     target=D(2025, 3, 31), sub="N")])
H("powers", 10234, NAT, nat("powers", 4), "complete", D(2024, 2, 8), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "5", "National Rec",
     "By July 2021, ensure effective internal monitoring processes on the use of force, to identify & "
     "understand disproportionate use, explain the reasons & implement any neccessary improvement "
     "action.",
     "Blue", "ACC Local Policing", "C/Supt Bell",
     "09/11/2023 – Use of force monitoring in the S&S/UoF scrutiny pack.", ev="UoF scrutiny pack Q2 23/24",
     sub="Y", closed=D(2023, 11, 9))])

# --- PEEL 2021/22 West Mercia (AFIs) -----------------------------------------------------
def afi(b: str) -> str:
    return f"The force should {b}."


H("peel2122", 11840, AFI,
  afi("improve its use of its crime-recording and management system to better manage its case files "
      "and investigative processes"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "conflict",
  "Type differs: HMICFRS lists an area for improvement; the force records it as a Recommendation "
  "(Type 'Recommendation', Rec No. 'R1').",
  [F("O", "R1", "Recommendation",
     "Improve use of the crime-recording & management system (Athena) to better manage case files & "
     "investigative processes.",
     "Amber", "ACC Crime", "Head of Criminal Justice",
     "29/01/2025 – Athena case file QA checklist in pilot (South Worcs).", target=D(2025, 6, 30),
     sub="N")])
H("peel2122", 11841, AFI,
  afi("make sure investigations of rape and serious sexual offences are allocated to officers with the "
      "right skills and are effectively supervised"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 2", "AFI",
     "Make sure investigations of RASSO are allocated to officers with the right skills & are "
     "effectively supervised",
     "Amber", "ACC Crime", "Ch Supt Public Protection",
     "29/01/2025 – Op Soteria model adopted; 18 of 30 RASSO investigators accredited.",
     target=D(2025, 9, 30), sub="N")])
H("peel2122", 11842, AFI,
  afi("improve how it works with partner organisations to safeguard people at risk from child sexual "
      "exploitation"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "AFI 3", "AFI",
     "Improve how we work with partner organisations to safeguard people at risk from CSE",
     "Green", "ACC Crime", "Ch Supt Public Protection",
     "29/01/2025 – Joint CSE/CCE panel terms agreed with all 4 safeguarding partnerships. On track.",
     target=D(2025, 3, 31), sub="N")])
H("peel2122", 11843, AFI,
  afi("make sure victims of domestic abuse are kept informed about the progress of their case, in line "
      "with the Code of Practice for Victims of Crime"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 4", "AFI",
     "Make sure victims of DA are kept informed about the progress of their case, in line with the "
     "Victims' Code",
     "Amber", "ACC Crime", "Ch Supt Public Protection",
     "29/01/2025 – VCOP compliance (DA) 71%; automated updates via Athena being scoped.",
     target=D(2025, 9, 30), sub="N")])
H("peel2122", 11844, AFI,
  afi("improve the timeliness of its response to calls for service involving vulnerable adults"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Red.",
  [F("O", "AFI 5", "AFI",
     "Improve the timeliness of response to calls for service involving vulnerable adults",
     "Red", "ACC Local Policing", "Supt Contact Centre",
     "03/02/2025 – P2 attendance median 2h41 (target 1h). Demand review commissioned.",
     target=D(2024, 12, 31), sub="N")])
H("peel2122", 11845, AFI,
  afi("make sure its analysis of serious and organised crime informs its strategic assessment and "
      "control strategy"),
  "complete", D(2024, 6, 13), C_COMPLETE, "in_sync",
  "Both closed: HMICFRS complete; force Closed sheet, Blue.",
  [F("C", "AFI 6", "AFI",
     "Make sure analysis of SOC informs the strategic assessment & control strategy",
     "Blue", "ACC Crime", "Head of Intelligence",
     "21/03/2024 – SOC analysis built into the 2024 Strategic Assessment.",
     ev="Strategic Assessment 2024; Control Strategy 2024/25", sub="Y", closed=D(2024, 3, 21))])
H("peel2122", 11846, AFI, CONTROL_ROOM, "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 7", "AFI",
     "Ensure sufficient resources available in the control room to fulfil its resourcing model, & so "
     "meet demand, while taking into account workforce wellbeing",
     "Amber", "ACC Local Policing", "Supt Contact Centre",
     "03/02/2025 – 22 call handlers recruited; attrition 19%. Wellbeing hub live.",
     target=D(2025, 6, 30), sub="N")])
H("peel2122", 11847, AFI,
  afi("improve the way it manages the risk posed by offenders involved in online child sexual abuse"),
  "awaiting-review", D(2022, 7, 25), C_NEW, "missing_from_force",
  "On the HMICFRS list (awaiting-review, online CSA offenders); no force row.")
H("peel2122", 11848, AFI,
  afi("make sure officers and staff have the training they need to identify and respond to stalking "
      "and harassment"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Amber.",
  [F("O", "AFI 9", "AFI",
     "Make sure officers & staff have the training they need to identify & respond to stalking & "
     "harassment",
     "Amber", "Director of People", "Head of Learning & Development",
     "31/01/2025 – Stalking e-learning 64% complete; SPOC training delivered.",
     target=D(2025, 4, 30), sub="N")])
H("peel2122", 11849, AFI,
  afi("make sure it consistently uses ancillary orders and other powers to protect victims of violence "
      "against women and girls"),
  "being-progressed", D(2024, 6, 13), C_MONITOR, "in_sync",
  "Both open: HMICFRS being-progressed; force Open Actions, Green (on track).",
  [F("O", "AFI 10", "AFI",
     "Consistently use ancillary orders & other powers to protect victims of VAWG",
     "Green", "ACC Crime", "Ch Supt Public Protection",
     "29/01/2025 – DAPO pilot live; SPO/SHPO applications up 40%. On track.",
     target=D(2025, 6, 30), sub="N")])

# --- PEEL 2023/24 West Mercia ------------------------------------------------------------
H("peel2324", 13011, AFI,
  afi("improve how it gathers, assesses and acts on intelligence about county lines drug dealing"),
  "awaiting-review", D(2024, 9, 24), C_NEW, "in_sync",
  "Both open: HMICFRS awaiting-review; force Open Actions, Amber.",
  [F("O", "AFI 1", "AFI",
     "Improve how the force gathers, assesses & acts on intelligence about county lines",
     "Amber", "ACC Crime", "Head of Intelligence",
     "04/02/2025 – Intelligence collection plan for county lines drafted.", target=D(2025, 9, 30),
     sub="N")])
H("peel2324", 13012, AFI,
  afi("make sure it records reports of anti-social behaviour accurately and without delay"),
  "awaiting-review", D(2024, 9, 24), C_NEW, "missing_from_force",
  "On the HMICFRS list (awaiting-review, ASB recording); no force row.")
H("peel2324", 13013, AFI,
  afi("make sure its performance framework gives senior leaders a clear picture of its response to "
      "fraud"),
  "awaiting-review", D(2024, 9, 24), C_NEW, "in_sync",
  "Both open: HMICFRS awaiting-review; force Open Actions with no BRAG yet ('Awaiting allocation'): "
  "open.",
  [F("O", "AFI 3", "AFI",
     "Make sure the performance framework gives senior leaders a clear picture of the response to fraud",
     None, "DCC", None,
     "14/10/2024 – Awaiting allocation.", target=None, sub=None)])

# ---------------------------------------------------------------------------------------------
# Force-only rows (not on the HMICFRS list): internal audit, IOPC learning, JAC, improvement plan
# LOCAL_ACTIONS wording from casegen/texts/tracker.py
# ---------------------------------------------------------------------------------------------
FORCE_ONLY += [
    dict(why="Internal audit action (audit plan 2023/24), not an HMICFRS item.",
         row=F("O", "IA 1", "Internal Audit",
               "Internal audit of the domestic abuse governance arrangements (audit plan 2023/24)",
               "Amber", "ACC Crime", "Ch Supt Public Protection",
               "20/01/2025 – Fieldwork complete; draft report awaited from auditors.",
               target=D(2025, 4, 30), sub="N/A", rep="Internal Audit 2023/24", pub=D(2024, 3, 1))),
    dict(why="Internal audit action, not an HMICFRS item.",
         row=F("O", "IA 2", "Internal Audit",
               "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
               "findings to the Crime Standards Board",
               "Green", "DCC", "Force Crime Registrar",
               "29/01/2025 – Q3 dip sample reported to Crime Standards Board. On track.",
               target=D(2025, 3, 31), sub="N/A", rep="Internal Audit 2023/24", pub=D(2024, 3, 1))),
    dict(why="IOPC learning recommendation, not an HMICFRS item.",
         row=F("O", "", "IOPC",
               "Deliver refresher training on missing children to all response and neighbourhood "
               "officers",
               "Amber", "Director of People", "Head of Learning & Development",
               "31/01/2025 – Training package signed off; delivery starts March.",
               target=D(2025, 6, 30), sub="N/A", rep="IOPC Learning Recs 2023", pub=D(2023, 5, 1))),
    dict(why="IOPC learning recommendation (force marks it Blue, complete), not an HMICFRS item.",
         row=F("O", "", "IOPC",
               "Rewrite the domestic abuse policy and publish it on the intranet with a communications "
               "plan",
               "Blue", "ACC Crime", "Ch Supt Public Protection",
               "15/01/2025 – The policy is now signed off and in place with an implementation date of "
               "the end of October.",
               ev="DA policy v6 (intranet)", target=D(2024, 10, 31), sub="N/A",
               rep="IOPC Learning Recs 2023", pub=D(2023, 5, 1))),
    dict(why="Joint Audit Committee action, not an HMICFRS item.",
         row=F("O", "JAC 24/07", "JAC action",
               "Add stalking and harassment measures to the monthly Force Performance pack",
               "Green", "DCC", "Head of Corporate Development",
               "05/02/2025 – Measures drafted; in pack from April. On track.",
               target=D(2025, 4, 30), sub="N/A", rep="JAC actions", pub=D(2024, 7, 1))),
    dict(why="Force improvement plan action, not an HMICFRS item.",
         row=F("O", "FIP 4", "Force action",
               "Appoint a single point of contact for hate crime in each local policing area",
               "Amber", "ACC Local Policing", "C/Supt Bell",
               "05/02/2025 – SPOCs appointed in 3 of 5 LPAs.", target=D(2025, 3, 31), sub="N/A",
               rep="Force Improvement Plan", pub=None)),
    dict(why="Internal audit action, closed by the force; not an HMICFRS item.",
         row=F("C", "IA 4", "Internal Audit",
               "Review the firearms licensing demand profile as part of the force management statement",
               "Blue", "ACC Crime", "Supt Firearms Licensing",
               "30/06/2022 – Included in FMS 4.", ev="FMS 4 (2022)", sub="N/A", closed=D(2022, 6, 30),
               rep="Internal Audit 2021/22", pub=D(2021, 9, 1))),
    dict(why="Force improvement plan action, closed by the force; not an HMICFRS item.",
         row=F("C", "FIP 2", "Force action",
               "Refresh the county lines drug dealing problem profile and add it to the control "
               "strategy",
               "Blue", "ACC Crime", "Head of Intelligence",
               "14/02/2024 – Problem profile refreshed; in Control Strategy 2024/25.",
               ev="County lines problem profile 02/2024", sub="N/A", closed=D(2024, 2, 14),
               rep="Force Improvement Plan", pub=None)),
]

# ---------------------------------------------------------------------------------------------
# HMICFRS register export
# ---------------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


ITEMS.sort(key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
wb = xlsxwriter.Workbook(OUT / "hmicfrs.xlsx")
ws = wb.add_worksheet("Recommendations")
hdr_fmt = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
top = wb.add_format({"valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
H_COLS = ["Reference", "Force", "Report title", "Publication date", "Inspection programme", "Type",
          "Recommendation", "Status", "Status date", "Latest comment"]
for c, h in enumerate(H_COLS):
    ws.write(0, c, h, hdr_fmt)
for i, it in enumerate(ITEMS):
    r = i + 1
    title, pub, _short, prog = REPORTS[it["rep"]]
    ws.write_number(r, 0, it["ref"], top)
    ws.write(r, 1, WMP, top)
    ws.write(r, 2, title, wrap)
    ws.write(r, 3, ordinal(pub), top)
    ws.write(r, 4, prog, top)
    ws.write(r, 5, it["type"], top)
    ws.write(r, 6, it["text"], wrap)
    ws.write(r, 7, it["st"], top)
    ws.write_datetime(r, 8, dt.datetime.combine(it["sdate"], dt.time()), datef)
    ws.write(r, 9, it["comment"], wrap)
    it["hrow"] = f"Recommendations!{r + 1}"
for c, w in enumerate([10, 18, 40, 18, 16, 22, 90, 16, 12, 50]):
    ws.set_column(c, c, w)
ws.autofilter(0, 0, len(ITEMS), len(H_COLS) - 1)
ws.freeze_panes(1, 0)
wb.close()

# ---------------------------------------------------------------------------------------------
# Force tracker workbook
# ---------------------------------------------------------------------------------------------
COLS = ["Inspection Report", "Publication", "Rec No.", "Type", "Recommendation Detail",
        "Strategic Lead", "Tactical Lead", "Current Position", "BRAG", "Evidence of Completion",
        "Target Date", "Submitted to HMICFRS portal (Y/N)"]

open_rows: list[dict] = []
closed_rows: list[dict] = []
for it in ITEMS:
    title, pub, short, _ = REPORTS[it["rep"]]
    for fr in it["force"]:
        fr["rep"] = fr["rep"] or short
        fr["pub"] = fr["pub"] or pub.replace(day=1)
        fr["item"] = it
        (open_rows if fr["sheet"] == "O" else closed_rows).append(fr)
for fo in FORCE_ONLY:
    fr = fo["row"]
    fr["item"] = None
    fr["why"] = fo["why"]
    (open_rows if fr["sheet"] == "O" else closed_rows).append(fr)


def force_key(fr):
    return (fr["pub"] or dt.date(2099, 1, 1), fr["rep"])


# Open Actions: grouped by report, oldest first; force-only rows fall in by their own date
open_rows.sort(key=force_key)
# Closed: in order of closure (how the team appends them)
closed_rows.sort(key=lambda fr: fr["closed"])

wb = xlsxwriter.Workbook(OUT / "tracker.xlsx")
title_f = wb.add_format({"bold": True, "font_size": 16, "font_color": "#1F3864"})
sub_f = wb.add_format({"italic": True, "font_color": "#595959"})
bold = wb.add_format({"bold": True})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
top = wb.add_format({"valign": "top"})
mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "align": "left"})
dmy = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "align": "left"})
dmy_big = wb.add_format({"num_format": "dd mmmm yyyy", "bold": True})
hdr_sum = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white", "border": 1})
cell_b = wb.add_format({"border": 1})
fills = {"Blue": "#9BC2E6", "Red": "#FF7C80", "Amber": "#FFD966", "Green": "#A9D08E"}
fill_f = {k: wb.add_format({"bg_color": v}) for k, v in fills.items()}

summary = wb.add_worksheet("Summary")
ws_open = wb.add_worksheet("Open Actions")
ws_closed = wb.add_worksheet("Closed")
lookups = wb.add_worksheet("Lookups")

LAST_UPDATED = dt.datetime(2025, 3, 14)


def dt_(d):
    return dt.datetime.combine(d, dt.time()) if isinstance(d, dt.date) else d


def write_row(ws, r, fr, extra_closed=False):
    vals = [fr["rep"], fr["pub"], fr["no"], fr["ftype"], fr["text"], fr["s"], fr["t"], fr["pos"],
            fr["brag"], fr["ev"], fr["target"], fr["sub"]]
    for c, v in enumerate(vals):
        if v is None or v == "":
            ws.write_blank(r, c, None, wrap if c in (4, 7, 9) else top)
        elif c == 1:
            ws.write_datetime(r, c, dt_(v), mon)
        elif c == 10 and isinstance(v, dt.date):
            ws.write_datetime(r, c, dt_(v), dmy)
        elif c in (4, 7, 9):
            ws.write_string(r, c, v, wrap)
        else:
            ws.write(r, c, v, top)
    if extra_closed:
        ws.write_datetime(r, len(vals), dt_(fr["closed"]), dmy)


# ---- Open Actions: title rows 1-2, table header row 3, data from row 4 --------------------
ws_open.write(0, 0, "West Mercia Police – HMICFRS Recommendations & AFIs: Open Actions", title_f)
ws_open.write(1, 0, "Maintained by Performance & Organisational Learning. Use the filter buttons – do "
                    "not sort outside the table. Blue items stay here until HMICFRS confirms closure "
                    "on the portal, then move to the Closed tab.", sub_f)
HDR = 2
r = HDR + 1
for fr in open_rows:
    write_row(ws_open, r, fr)
    fr["frow"] = f"Open Actions!{r + 1}"
    r += 1
blank_row = r  # an empty row left inside the table (table auto-expanded, never filled)
r += 1
total_row = r
col_spec = []
for c, h in enumerate(COLS):
    spec = {"header": h}
    if c == 0:
        spec["total_string"] = "Total"
    if h == "Recommendation Detail":
        spec["total_function"] = "count"
    col_spec.append(spec)
ws_open.add_table(HDR, 0, total_row, len(COLS) - 1,
                  {"name": "tblOpenActions", "style": "Table Style Medium 2", "columns": col_spec,
                   "total_row": True, "banded_rows": True, "autofilter": True})
ws_open.freeze_panes(HDR + 1, 0)
for c, w in enumerate([26, 10, 9, 15, 70, 18, 28, 60, 9, 34, 14, 14]):
    ws_open.set_column(c, c, w)
brag_col = COLS.index("BRAG")
ws_open.data_validation(HDR + 1, brag_col, total_row - 1, brag_col,
                        {"validate": "list", "source": "=Lookups!$A$2:$A$5"})
for word, f in fill_f.items():
    ws_open.conditional_format(HDR + 1, brag_col, total_row - 1, brag_col,
                               {"type": "cell", "criteria": "==", "value": f'"{word}"', "format": f})

# ---- Closed: table at A1 with Date Closed ------------------------------------------------
r = 1
for fr in closed_rows:
    write_row(ws_closed, r, fr, extra_closed=True)
    fr["frow"] = f"Closed!{r + 1}"
    r += 1
ccols = [{"header": h} for h in COLS + ["Date Closed"]]
ws_closed.add_table(0, 0, r - 1, len(COLS), {"name": "tblClosed", "style": "Table Style Medium 2",
                                               "columns": ccols, "banded_rows": True})
ws_closed.freeze_panes(1, 0)
for c, w in enumerate([26, 10, 9, 15, 70, 18, 28, 60, 9, 34, 14, 14, 12]):
    ws_closed.set_column(c, c, w)
for word, f in fill_f.items():
    ws_closed.conditional_format(1, brag_col, r - 1, brag_col,
                                 {"type": "cell", "criteria": "==", "value": f'"{word}"', "format": f})

# ---- Lookups (hidden) ---------------------------------------------------------------------
BRAG_KEY = [("Blue", "Complete – evidence of completion recorded"),
            ("Red", "Off track – target date missed or will be missed"),
            ("Amber", "In progress – some risk to target date"),
            ("Green", "In progress – on track to meet target date")]
lookups.write_row(0, 0, ["BRAG", "Meaning", "", "Strategic Leads", "Tactical Leads"], bold)
for i, (w, m) in enumerate(BRAG_KEY):
    lookups.write(i + 1, 0, w)
    lookups.write(i + 1, 1, m)
for i, s in enumerate(STRAT):
    lookups.write(i + 1, 3, s)
for i, t in enumerate(TACT):
    lookups.write(i + 1, 4, t)
lookups.set_column(0, 0, 10)
lookups.set_column(1, 1, 50)
lookups.set_column(3, 4, 30)
lookups.hide()

# ---- Summary dashboard (values, no items) -------------------------------------------------
all_force = open_rows + closed_rows
summary.set_column(0, 0, 34)
summary.set_column(1, 4, 12)
summary.write(0, 0, "HMICFRS Recommendations Tracker – West Mercia Police", title_f)
summary.write(2, 0, "Last updated", bold)
summary.write_datetime(2, 1, LAST_UPDATED, dmy_big)
summary.write(3, 0, "Prepared by", bold)
summary.write(3, 1, "Performance & Organisational Learning")
summary.write(5, 0, "Note to the reader: figures below are values pasted from the Open Actions and "
                    "Closed tabs on the date above; they are not live. BRAG key: Blue = complete; "
                    "Green = on track; Amber = some risk; Red = off track. Blue items stay on Open "
                    "Actions until HMICFRS confirms closure on the portal.", sub_f)
summary.write_row(7, 0, ["Open actions by BRAG", "Count"], hdr_sum)
brag_counts = Counter((fr["brag"] or "Not yet graded") for fr in open_rows)
rr = 8
for w in ["Blue", "Red", "Amber", "Green", "Not yet graded"]:
    summary.write(rr, 0, w, fill_f.get(w, cell_b))
    summary.write_number(rr, 1, brag_counts.get(w, 0), cell_b)
    rr += 1
summary.write(rr, 0, "Total open actions", bold)
summary.write_number(rr, 1, len(open_rows), bold)
rr += 1
summary.write(rr, 0, "Closed (Closed tab)", bold)
summary.write_number(rr, 1, len(closed_rows), bold)
rr += 2
summary.write_row(rr, 0, ["By inspection report", "Open", "of which Blue", "Closed", "Total"], hdr_sum)
rr += 1
reps = []
for fr in sorted(all_force, key=force_key):
    if fr["rep"] not in reps:
        reps.append(fr["rep"])
for rep in reps:
    o = sum(1 for fr in open_rows if fr["rep"] == rep)
    b = sum(1 for fr in open_rows if fr["rep"] == rep and fr["brag"] == "Blue")
    c = sum(1 for fr in closed_rows if fr["rep"] == rep)
    summary.write_row(rr, 0, [rep, o, b, c, o + c], cell_b)
    rr += 1
summary.write_row(rr, 0, ["Total", len(open_rows),
                          sum(1 for fr in open_rows if fr["brag"] == "Blue"), len(closed_rows),
                          len(all_force)], bold)
summary.activate()
wb.close()

# ---------------------------------------------------------------------------------------------
# truth.csv
# ---------------------------------------------------------------------------------------------
lines = []
for it in ITEMS:
    if not it["force"]:
        lines.append((it["hrow"], "", it["cat"], it["why"]))
    for fr in it["force"]:
        lines.append((it["hrow"], fr["frow"], it["cat"], it["why"]))
for fo in FORCE_ONLY:
    lines.append(("", fo["row"]["frow"], "not_on_hmicfrs_list", fo["why"]))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

print("HMICFRS items:", len(ITEMS))
print("Open Actions item rows:", len(open_rows), "(header row", HDR + 1, ", blank row", blank_row + 1,
      ", total row", total_row + 1, ")")
print("Closed item rows:", len(closed_rows))
print("truth lines:", len(lines), Counter(l[2] for l in lines))
print("items by category:", Counter(it["cat"] for it in ITEMS))
