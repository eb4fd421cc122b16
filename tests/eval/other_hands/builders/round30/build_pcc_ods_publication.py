"""Build the `pcc_ods_publication` evaluation case (round 30).

A police and crime commissioner's office publishes its HMICFRS tracker on its website as an
OpenDocument spreadsheet (tracker.ods): a cover sheet, one sheet of items per period of
publication, a status key. The HMICFRS side is a register export in CSV (hmicfrs.csv).

Run with /work/main/.venv/bin/python. pandas writes the ODS through odfpy, which is not in that
venv: it is installed in ./.venv-odf (never in /work/main/.venv) and appended to sys.path here.
The build is deterministic: fixed seed, fixed zip timestamps, fixed document metadata.
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

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE / ".venv-odf" / "lib" / "python3.11" / "site-packages"))
sys.path.insert(0, "/work/main/reconcile/casegen")  # the texts package only (real OGL texts)

import pandas as pd  # noqa: E402
from texts import (  # noqa: E402
    BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, EVERYONE_PLAN_RUN_ON, NATIONAL,
    SF_LEADERSHIP,
)

SEED = 202612060330
CASE = "pcc_ods_publication"
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
AS_AT = dt.date(2024, 10, 31)
PUBLISHED = dt.date(2024, 11, 15)
ZIP_TIME = (2024, 11, 15, 9, 0, 0)

rng = random.Random(SEED)

HM_OPEN = ("Awaiting review", "Being progressed")
HM_CLOSED = ("Complete", "Superseded")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, the tracker's label, tracker sheet)
# --------------------------------------------------------------------------------------------
S1, S2, S3 = "Reports to 2017", "Reports 2018 to 2021", "Reports 2022 onwards"


def nat(key):
    t, (y, m, d), _ = NATIONAL[key]
    return t, dt.date(y, m, d)


REPORTS = {
    "sas13": (*nat("sas13"), "Stop & Search powers (HMIC 2013)\nPublished 9 July 2013", S1),
    "everyone": (*nat("everyone"), "Everyone's Business (DA) 2014", S1),
    "austerity": (*nat("austerity"), "Policing in Austerity – Meeting the Challenge (July 2014)", S1),
    "core": (*nat("core"), "Core Business 2014", S1),
    "integrity": (*nat("integrity"), "Integrity Matters 2015", S1),
    "sas15": (*nat("sas15"), "Stop and Search 2 (2015)", S1),
    "picture": (*nat("picture"), "Building the Picture 2015 (information management)", S1),
    "firearms": (*nat("firearms"), "Targeting the Risk (Firearms Licensing) 2015", S1),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016\n(published March 2017)", S1),
    "stolen": (*nat("stolen"), "Stolen Freedom (MSHT) 2017", S1),
    "efc17f": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017", S1),
    "efc17": (*nat("efc17"), "PEEL Efficiency 17 (all forces)", S1),
    "leg17f": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017", S1),
    "leg17": (*nat("leg17"), "PEEL Legitimacy 2017 - national (stop and search)", S1),
    "ncpi18": ("National child protection inspection – Lincolnshire Police", dt.date(2018, 6, 21),
               "National Child Protection Inspection 2018", S2),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police",
               dt.date(2019, 5, 2), "PEEL 2018/19 (published May 2019)", S2),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 12),
              "Crime Data Integrity 2019", S2),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", dt.date(2020, 8, 18), "HMICFRS/HMIP custody 2020", S2),
    "powers": (*nat("powers"), "Police powers spotlight (Feb 21) – stop and search and use of force",
               S2),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
               dt.date(2022, 5, 19), "PEEL 2021/22", S3),
    "vetting22": (None, None, "Vetting, misconduct and misogyny in the police service (Nov 2022)", S3),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Lincolnshire Police",
               dt.date(2023, 10, 26), "PEEL 2023-25 (Oct 2023)", S3),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"


def natitem(key, i):
    return NATIONAL[key][2][i][1]


def bullet(line: str) -> str:
    """One bullet of a recommendation as a tracker row holds it: no bullet sign, no joiner."""
    line = line.strip().lstrip("•").strip()
    for tail in ("; and", ";", "."):
        line = line.removesuffix(tail)
    return line


# --------------------------------------------------------------------------------------------
# Items. Each: report, HMICFRS type, HMICFRS text, HMICFRS status, category, why, and the force
# rows: list of dicts (no, text, status, [resp], [report], [hid]). [] = missing from force.
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(key, rep, typ, text, hstat, cat, why, rows):
    ITEMS.append(dict(key=key, report=rep, type=typ, text=text, hstatus=hstat, category=cat,
                      why=why, rows=rows))


def r(no, text, status, **kw):
    d = dict(no=no, text=text, status=status)
    d.update(kw)
    return d


# ---- Stop and search 2013 -------------------------------------------------------------------
item("N1", "sas13", NAT, natitem("sas13", 0), "Complete", "in_sync",
     "closed both sides: HMICFRS Complete, force Complete",
     [r("National rec 1", natitem("sas13", 0), "Complete")])
item("N2", "sas13", NAT, natitem("sas13", 1), "Complete", "closeable_local",
     "HMICFRS Complete; force still In progress (text abbreviated: CCs, S&S, &)",
     [r("National rec 2",
        "CCs should establish or improve monitoring of the way officers S&S people, so that they "
        "can be satisfied their officers are acting in accordance with the law (including equality "
        "legislation & the Code of Practice), & that the power is used effectively to prevent "
        "crime, catch criminals & maintain public trust.", "In progress",
        resp="Stop and search scrutiny panel reviews the data every quarter.")])
item("N3", "sas13", NAT, natitem("sas13", 2), "Superseded", "in_sync",
     "closed both sides: HMICFRS Superseded, force Superseded; near-duplicate of the 2015 rec "
     "(N12), decided by report",
     [r("National rec 3", natitem("sas13", 2), "Superseded",
        resp="Superseded by the Stop and Search 2 (2015) recommendation below.")])
# ---- Everyone's business 2014 ---------------------------------------------------------------
item("N4", "everyone", NAT, natitem("everyone", 0), "Complete", "in_sync",
     "closed both sides; force text runs on into the next paragraphs of the report",
     [r("Rec 1", EVERYONE_PLAN_RUN_ON, "Complete")])
# ---- Policing in austerity 2014 -------------------------------------------------------------
item("N5", "austerity", NAT, natitem("austerity", 0), "Complete", "closeable_local",
     "HMICFRS Complete; force In progress; force text is an abridged summary",
     [r("Rec 1", "Review plans to deliver savings so we keep reducing crime and protect the front "
                 "line while balancing the budget (use HMIC VfM profiles).", "In progress",
        resp="Medium Term Financial Plan refreshed each February; see PCC budget report.")])
item("N6", "austerity", NAT, natitem("austerity", 1), "Complete", "in_sync",
     "closed both sides",
     [r("Rec 2", natitem("austerity", 1), "Complete")])
item("N7", "austerity", NAT, natitem("austerity", 2), "Complete", "missing_from_force",
     "on the HMICFRS list (closed there), no row in the PCC tracker (austerity shows Rec 1, 2, 4)",
     [])
item("N8", "austerity", NAT, natitem("austerity", 3), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force 'Complete – submitted to HMICFRS'",
     [r("Rec 4", natitem("austerity", 3), "Complete – submitted to HMICFRS")])
# ---- Core business 2014 ---------------------------------------------------------------------
item("N9", "core", NAT, natitem("core", 0), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("Rec 1", natitem("core", 0), "Complete ")])
item("N10", "core", NAT, natitem("core", 1), "Being progressed", "in_sync",
     "open both sides",
     [r("Rec 2", natitem("core", 1), "In progress")])
# ---- Integrity matters 2015 -----------------------------------------------------------------
item("N11", "integrity", NAT, natitem("integrity", 0), "Complete", "in_sync",
     "closed both sides; smart quotes become straight quotes in the tracker",
     [r("Rec 1", natitem("integrity", 0).replace("“", '"').replace("”", '"'), "Complete")])
# ---- Stop and search 2 2015 -----------------------------------------------------------------
item("N12", "sas15", NAT, natitem("sas15", 0), "Being progressed", "in_sync",
     "open both sides; near-duplicate of the 2013 rec (N3), decided by report",
     [r("Rec 1", natitem("sas15", 0), "In Progress")])
# ---- Building the picture 2015 --------------------------------------------------------------
item("N13", "picture", NAT, natitem("picture", 0), "Complete", "closeable_local",
     "HMICFRS Complete; force In progress",
     [r("Rec 1", natitem("picture", 0).replace("arrangements", "arrangments"), "In progress",
        resp="Information Management Board to confirm audit schedule.")])
# ---- Firearms licensing 2015 ----------------------------------------------------------------
item("N14", "firearms", NAT, natitem("firearms", 0), "Complete", "in_sync", "closed both sides",
     [r("Rec 1", natitem("firearms", 0), "Complete")])
item("N15", "firearms", NAT, natitem("firearms", 1), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("Rec 2", natitem("firearms", 1), "Complete",
        resp="Firearms licensing demand review completed; extra staff funded in 2023/24 budget.")])
item("N16", "firearms", NAT, natitem("firearms", 2), "Complete", "closeable_local",
     "HMICFRS Complete; force 'On track' (open)",
     [r("Rec 3", natitem("firearms", 2), "On track")])
item("N17", "firearms", NAT, natitem("firearms", 3), "Being progressed", "missing_from_force",
     "temporary permits rec not in the tracker (firearms shows Rec 1, 2, 3, 5)", [])
item("N18", "firearms", NAT, natitem("firearms", 4), "Being progressed", "in_sync",
     "open both sides",
     [r("Rec 5", natitem("firearms", 4), "In progress")])
# ---- PEEL effectiveness 2016 (force) --------------------------------------------------------
item("F1", "eff16", COC, CAUSES[0], "Complete", "in_sync", "cause of concern closed both sides",
     [r("CoC 1", CAUSES[0], "Complete")])
item("F2", "eff16", REC,
     "Within three months, the force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases. In cases where a DASH risk "
     "assessment is not completed the officer should record an assessment on the crime "
     "management system.", "Complete", "closeable_local",
     "HMICFRS Complete; force Delayed (open)",
     [r("Rec 1",
        "Within three months, the force should take steps to ensure that there is effective "
        "supervison of the initial risk assessment process, specifically in relation to the "
        "completion of DASH risk assessment in appropriate cases. In cases where a DASH risk "
        "assessment is not completed the officer should record an assessment on the crime "
        "management system.", "Delayed",
        resp="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
             "incidents.")])
item("F3", "eff16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", "in_sync", "open both sides; force drops the stem",
     [r("AFI 1", "Improve its ability to retrieve digital evidence from mobile phones, computers "
                 "and other electronic devices quickly enough to ensure investigations are not "
                 "delayed.", "In progress")])
item("F4", "eff16", AFI,
     "Lincolnshire Police should improve its use of its crime-recording and management system "
     "to better manage its case files and investigative processes.", "Being progressed",
     "closeable_submit", "HMICFRS Being progressed; force Completed",
     [r("AFI 2", "The force should improve its use of its crime-recording and management system "
                 "to better manage its case files and investigative processes.", "Completed")])
# ---- Stolen freedom 2017 --------------------------------------------------------------------
_sf = SF_LEADERSHIP.split("\n")
item("N19", "stolen", NAT, natitem("stolen", 0), "Being progressed", "closeable_submit",
     "one rec split into four bullet rows, all Complete; HMICFRS Being progressed",
     [r("Rec 1 (a)", "Within 12 months, review leadership & governance arrangements for MSHT to "
                     "ensure that senior leaders prioritise the response to modern slavery and "
                     "human trafficking", "Complete"),
      r("Rec 1 (b)", bullet(_sf[2]), "Complete"),
      r("Rec 1 (c)", bullet(_sf[3]), "Complete"),
      r("Rec 1 (d)", bullet(_sf[4]), "Complete",
        resp="All four parts evidenced to the OPCC; ready to submit as one recommendation.")])
item("N20", "stolen", NAT, natitem("stolen", 1), "Being progressed", "conflict",
     "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'",
     [r("Rec 2", "Within 12 months, forces should have in place active ISAs with other agencies "
                 "to facilitate speedy exchange of intelligence and in order to safeguard victims "
                 "better and to identify suspects as early as possible", "In progress")])
item("N21", "stolen", NAT, natitem("stolen", 2), "Complete", "in_sync", "closed both sides",
     [r("Rec 3", natitem("stolen", 2), "Complete")])
item("N22", "stolen", NAT, natitem("stolen", 3), "Being progressed", "in_sync", "open both sides",
     [r("Rec 4", natitem("stolen", 3), "On track")])
item("N23", "stolen", NAT, natitem("stolen", 4), "Complete", "closeable_local",
     "HMICFRS Complete; force In progress (NCRS abbreviated)",
     [r("Rec 5", "Immediately, forces should take steps to ensure they fully comply with NCRS "
                 "requirements for offences identified as MSHT and that sufficient audit capacity "
                 "is available to the force crime registrar to provide reassurance that each "
                 "force is identifying and managing any gaps in its crime-recording accuracy for "
                 "these types of offences.", "In progress",
        resp="Force Crime Registrar audit of MSHT crimes scheduled for Q4.")])
item("N24", "stolen", NAT, natitem("stolen", 5), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("Rec 6", natitem("stolen", 5), "Complete")])
item("N25", "stolen", NAT, natitem("stolen", 6), "Awaiting review", "in_sync",
     "open both sides (HMICFRS Awaiting review, force Not started)",
     [r("Rec 7", natitem("stolen", 6), "Not started", resp="Awaiting allocation.")])
# ---- PEEL efficiency 2017 (force) -----------------------------------------------------------
item("F5", "efc17f", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Complete",
     [r("AFI 1", "The force should undertake further work to gain a fuller understanding of "
                 "current demand for its services, and likely future changes in demand.",
        "Complete", resp="Force Management Statement 2024 sets out current and future demand.")])
item("F6", "efc17f", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed", "in_sync",
     "open both sides",
     [r("AFI 2", "The force should develop a future workforce plan that is aligned with its "
                 "overall demand and budget. The plan should include future resource "
                 "allocations, the mix of skills required by the workforce and behaviours "
                 "expected of them.", "In progress")])
item("F7", "efc17f", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "Complete", "in_sync", "closed both sides",
     [r("AFI 3", "The force should develop its understanding of the links between its outcomes, "
                 "outputs and costs.", "Complete")])
# ---- PEEL efficiency 2017 national ----------------------------------------------------------
item("N26", "efc17", NAT, natitem("efc17", 0), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete; force keeps only the first sentence",
     [r("National rec",
        "By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force.", "Complete",
        resp="Digital Policing Strategy 2019-22 approved by the PCC.")])
# ---- PEEL legitimacy 2017 (force) -----------------------------------------------------------
item("F8", "leg17f", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Being progressed", "in_sync", "open both sides",
     [r("AFI 1", "The force should ensure all staff have received at least the lowest level of "
                 "vetting clearance for their roles as quickly as possible, working to clear both "
                 "the vetting backlog and new vetting renewals when they become due so that it "
                 "complies fully with the national vetting guidelines.", "In progress")])
item("F9", "leg17f", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Complete", "in_sync",
     "closed both sides",
     [r("AFI 2", "The force should make sure it provides a confidential way for staff to raise "
                 "concerns and that staff are aware of whistleblowing processes.", "Complete")])
# ---- PEEL legitimacy 2017 national ----------------------------------------------------------
item("N27", "leg17", COC, natitem("leg17", 0), "Being progressed", "in_sync",
     "national cause of concern, open both sides",
     [r("CoC", natitem("leg17", 0), "In progress")])
item("N28", "leg17", NAT, natitem("leg17", 1), "Complete", "in_sync",
     "closed both sides; bullets rendered inline",
     [r("Rec 1", natitem("leg17", 1).replace("\n", " "), "Complete")])
item("N29", "leg17", NAT, natitem("leg17", 2), "Complete", "closeable_local",
     "HMICFRS Complete; force In progress",
     [r("Rec 2", natitem("leg17", 2).replace("\n", " "), "In progress")])
item("N30", "leg17", NAT, natitem("leg17", 3), "Awaiting review", "missing_from_force",
     "publish-the-analysis rec not in the tracker (national leg17 shows Rec 1, 2, 4)", [])
item("N31", "leg17", NAT, natitem("leg17", 4), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("Rec 4", natitem("leg17", 4), "Complete")])
# ---- NCPI 2018 (force) ----------------------------------------------------------------------
_mc = ("review its approach to reports of missing children and take steps to ensure that:\n"
       "• call takers understand and use the missing and absent category appropriately;\n"
       "• call takers and frontline staff have the necessary knowledge to identify risk factors "
       "associated with child sexual exploitation and how to respond to such cases; and\n"
       "• supervisors provide the correct oversight of missing person enquiries and direct "
       "appropriate and timely investigative and safeguarding action")
_mcb = _mc.split("\n")
item("F10", "ncpi18", REC, "Within six months the force should " + _mc + ".", "Being progressed",
     "in_sync",
     "one rec split into three bullet rows: two Complete, one In progress; item open both sides "
     "(not closeable until every part is done)",
     [r("Rec 1 (i)", "Review approach to missing children reports – " + bullet(_mcb[1]),
        "Complete"),
      r("Rec 1 (ii)", bullet(_mcb[2]), "Complete"),
      r("Rec 1 (iii)", bullet(_mcb[3]), "In progress",
        resp="Missing persons supervision audit due to report in December.")])
item("F11", "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Complete", "in_sync", "closed both sides",
     [r("AFI 1", "The force should improve how it works with partner organisations to safeguard "
                 "people at risk from CSE.", "Complete")])
item("F12", "ncpi18", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to online child sexual abuse.", "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("AFI 2", "The force should make sure officers & staff have the training they need to "
                 "identify and respond to online child sexual abuse.", "Complete")])
# ---- PEEL 2018/19 (force) -------------------------------------------------------------------
item("F13", "peel19", AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in place "
     "to manage risks, performance and improvement plans effectively.", "Being progressed",
     "in_sync", "open both sides",
     [r("AFI 1", "The force should make sure there are appropriate strategic oversight "
                 "arrangements in place to manage risks, performance and improvement plans "
                 "effectively.", "In progress")])
item("F14", "peel19", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", "conflict",
     "report differs: HMICFRS PEEL 2018/19, tracker files it under PEEL 2021/22 on the 2022 "
     "sheet (its HMICFRS ID is the 2018/19 item's)",
     [r("AFI 5", "The force should improve its understanding of suspects released under "
                 "investigation (RUI) and the management of those released on bail.",
        "In progress", report="peel22", hid="self")])
item("F15", "peel19", AFI,
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.", "Complete", "closeable_local", "HMICFRS Complete; force In progress",
     [r("AFI 3", "The force should improve its understanding of the nature and scale of hate "
                 "crime in its area.", "In progress")])
item("F16", "peel19", AFI,
     "Lincolnshire Police should improve how it gathers, assesses and acts on intelligence about "
     "county lines drug dealing.", "Complete", "in_sync", "closed both sides",
     [r("AFI 4", "Improve how the force gathers, assesses and acts on intelligence about county "
                 "lines drug dealing.", "Complete")])
item("F17", "peel19", AFI,
     "The force should review the support available for those who have raised concerns and take "
     "any action needed to make sure these provisions are suitable.", "Being progressed",
     "closeable_submit", "HMICFRS Being progressed; force Complete",
     [r("AFI 5", "The force should review the support available for those who have raised "
                 "concerns and take any action needed to make sure these provisions are "
                 "suitable.", "Complete")])
# ---- CDI 2019 (force) -----------------------------------------------------------------------
_cdi = CDI_VICTIMS_BODY.split("\n")
item("F18", "cdi19", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", "conflict",
     "rec split into bullet rows but only four of its five bullets are tracked (online-reports "
     "triage bullet missing)",
     [r("Rec 1 – bullet 1", "Put in place arrangements to ensure that at the point of report, "
                            "victims are believed", "Complete"),
      r("Rec 1 – bullet 2", bullet(_cdi[2]), "Complete"),
      r("Rec 1 – bullet 3", bullet(_cdi[3]), "In progress"),
      r("Rec 1 – bullet 4", bullet(_cdi[4]), "Complete")])
item("F19", "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", "missing_from_force",
     "CDI AFI 1 not in the tracker (CDI shows Rec 1 and AFI 2)", [])
item("F20", "cdi19", AFI,
     "The force should take steps to ensure it fully complies with national crime recording "
     "standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking.", "Complete", "in_sync", "closed both sides",
     [r("AFI 2", "The force should take steps to ensure it fully complies with NCRS "
                 "requirements for offences identified as modern slavery and human trafficking.",
        "Complete")])
# ---- Custody 2020 (force) -------------------------------------------------------------------
_cust = ("The force should, in conjunction with children’s social care services, review how it "
         "manages the detention of children. As a minimum it should:• ensure that all children "
         "are only detained when absolutely necessary and for the absolute minimum amount of "
         "time;• ensure that officers and staff in the custody suite assess at an early stage a "
         "child’s need for alternative accommodation (secure or otherwise) and work with "
         "children’s social care services to achieve the most appropriate option for the "
         "child;• ensure that custody staff make a record of all actions taken and decisions "
         "made on the relevant documentation; and• improve the timeliness of adequate "
         "appropriate adult support for children who are arrested.")
item("F21", "cust20", REC, _cust, "Being progressed", "in_sync",
     "open both sides; all bullets kept in one row (accommodation misspelt)",
     [r("Rec 1", _cust.replace("accommodation", "accomodation").replace(":•", ":\n•")
        .replace(";•", ";\n•").replace("and•", "and\n•"), "In progress",
        resp="Joint protocol with the county council children's services signed in 2023.")])
item("F22", "cust20", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to people with mental ill health.", "Being progressed", "missing_from_force",
     "custody AFI not in the tracker", [])
# ---- Police powers 2021 ---------------------------------------------------------------------
_bwv = BWV_2021.split("\n")
item("N32", "powers", NAT, natitem("powers", 0), "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force 'Complete – submitted to HMICFRS'",
     [r("Rec 1", natitem("powers", 0), "Complete – submitted to HMICFRS")])
item("N33", "powers", NAT, natitem("powers", 1), "Complete", "closeable_local",
     "HMICFRS Complete; force In progress",
     [r("Rec 2", natitem("powers", 1).replace("continuing professional development", "CPD")
        .replace("body-worn video", "BWV"), "In progress")])
item("N34", "powers", NAT, BWV_2021, "Complete", "closeable_local",
     "rec split into three rows, two Complete and one In progress; HMICFRS Complete, so the "
     "force closes its own entry",
     [r("Rec 3a", _bwv[0], "Complete"),
      r("Rec 3b", _bwv[1], "Complete"),
      r("Rec 3c", _bwv[2], "In progress",
        resp="Scrutiny panel access to BWV agreed in principle; ICT solution outstanding.")])
item("N35", "powers", NAT, natitem("powers", 4), "Being progressed", "in_sync",
     "open both sides",
     [r("Rec 5", natitem("powers", 4), "In progress")])
# ---- PEEL 2021/22 (force) -------------------------------------------------------------------
item("F23", "peel22", COC, CAUSES[2], "Being progressed", "in_sync",
     "cause of concern open both sides",
     [r("CoC 1", CAUSES[2], "In progress",
        resp="Investigation Improvement Plan overseen by the PCC's Strategic Governance Board.")])
item("F24", "peel22", REC,
     "Within six months, the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently good "
     "service.", "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Complete",
     [r("Rec 1", "Within six months, the force should improve the supervision of investigations, "
                 "so that investigation plans are set, reviewed and recorded and victims receive a "
                 "consistently good service.", "Complete", hid="self")])
item("F25", "peel22", REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", "conflict",
     "reference differs: tracker's HMICFRS ID has two digits transposed; text, report, type and "
     "status (open/open) agree",
     [r("Rec 2", "Within six months the force should ensure regular and active supervision of "
                 "the quality and progress of investigations. This supervision should be properly "
                 "recorded.", "In progress", hid="transposed")])
item("F26", "peel22", AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "violence against women and girls.", "Being progressed", "conflict",
     "type differs: HMICFRS area for improvement, tracker numbers it 'Rec 3' (recommendation)",
     [r("Rec 3", "The force should make sure it has enough specialist capacity and capability to "
                 "investigate violence against women and girls (VAWG).", "In progress",
        hid="self")])
item("F27", "peel22", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete", "in_sync", "closed both sides",
     [r("AFI 1", "The force should make sure victims of stalking and harassment are kept informed "
                 "about the progress of their case, in line with the Code of Practice for Victims "
                 "of Crime.", "Closed by HMICFRS", hid="self")])
item("F28", "peel22", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.", "Complete", "closeable_local", "HMICFRS Complete; force On track",
     [r("AFI 2", "The force should improve the timeliness of its response to calls for service "
                 "involving repeat victims.", "On track", hid="self")])
item("F29", "peel22", AFI, CONTROL_ROOM, "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force 'Complete – submitted to HMICFRS'",
     [r("AFI 3", CONTROL_ROOM, "Complete – submitted to HMICFRS", hid="self",
        resp="Contact Management uplift of 18 call handlers delivered; evidence submitted.")])
item("F30", "peel22", AFI,
     "The force should make sure investigations of fraud are allocated to officers with the right "
     "skills and are effectively supervised.", "Awaiting review", "in_sync",
     "open both sides; tracker's HMICFRS ID left blank",
     [r("AFI 4", "The force should make sure investigations of fraud are allocated to officers "
                 "with the right skills and are effectively supervised.", "Not started",
        hid=None)])
# ---- PEEL 2023-25 (force) -------------------------------------------------------------------
item("F31", "peel23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Awaiting review", "in_sync", "open both sides",
     [r("AFI 1", "The force should put plans in place to monitor, including through the "
                 "gathering and analysis of staff feedback, team cultures and provide prompt "
                 "remedial action for any issues it identifies.", "In progress", hid="self")])
item("F32", "peel23", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", "Awaiting review", "closeable_submit",
     "HMICFRS Awaiting review; force Complete",
     [r("AFI 2", "The force should review how it gathers and uses equality and diversity data to "
                 "improve its understanding of its workforce demographics.", "Complete",
        hid="self")])
item("F33", "peel23", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", "Being progressed",
     "in_sync", "open both sides",
     [r("AFI 3", "Develop a clear prevention strategy targeting people most at risk and make "
                 "sure activity undertaken prioritises them.", "On track", hid="self")])
item("F34", "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in sexual "
     "offences against children.", "Awaiting review", "missing_from_force",
     "PEEL 2023-25 AFI 4 not in the tracker (shows AFI 1, 2, 3, 5)", [])
item("F35", "peel23", AFI,
     "The force should immediately review its current background checks arrangements, and make "
     "sure that suitable and sufficient background checks are in place to safeguard its staff "
     "and the communities it serves.", "Being progressed", "in_sync", "open both sides",
     [r("AFI 5", "The force should immediately review its current background checks "
                 "arrangements, and make sure that suitable and sufficient background checks are "
                 "in place to safeguard its staff and the communities it serves.", "In progress",
        hid="self")])

# Force rows with no HMICFRS item: (report, no, text, status, resp, why)
EXTRA = [
    ("powers", "Rec 4", natitem("powers", 3), "Not for the force",
     "For information: directed at the Home Office and NPCC.",
     "national rec directed at the Home Office and NPCC, never on the force's register; tracked "
     "for information (status Not for the force)"),
    ("powers", "Local action",
     "Add stop and search and use of force measures to the monthly Force Performance pack",
     "Complete", "Measures in the pack since April 2022.",
     "force's own local action under the police powers report"),
    ("peel22", "Local action",
     "Task & Finish group to review the violence against women and girls policy and report to "
     "the Force Executive Team", "In progress", None,
     "force's own local action (VAWG policy review), not an HMICFRS item"),
    ("peel22", "Force action",
     "Dip-sample 50 stalking and harassment crime reports each quarter and report findings to the "
     "Crime Standards Board", "On track", None,
     "force's own local action (quarterly dip-sample), not an HMICFRS item"),
    ("vetting22", "n/a",
     "Force self-assessment against the report's recommendations to chief constables, as asked "
     "by the NPCC; gaps reported to the Chief Officer Group and the PCC", "In progress",
     "The PCC has asked for a progress report at each Strategic Governance Board.",
     "thematic report the force tracks by self-assessment; no item on the force's HMICFRS list"),
    ("peel23", "Local action",
     "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
     "Complete", "Audit opinion: reasonable assurance.",
     "force's own local action (internal audit), not an HMICFRS item"),
]

_PEEL_LEADS = ["ACC Crime", "Det Ch Supt Force CID", "Ch Supt Public Protection",
               "Head of Corporate Development", "DCC", "Director of People", "Head of Intelligence"]
_SAS_LEADS = ["ACC Local Policing", "Supt Neighbourhood Policing", "Head of Learning & Development"]
LEADS_BY_REPORT = {
    "sas13": _SAS_LEADS, "sas15": _SAS_LEADS, "leg17": _SAS_LEADS, "powers": _SAS_LEADS,
    "everyone": ["Ch Supt Public Protection"],
    "austerity": ["Director of Finance", "Head of Corporate Development", "DCC"],
    "efc17": ["Director of Finance", "Head of Corporate Development", "DCC"],
    "efc17f": ["Director of Finance", "Head of Corporate Development", "Director of People"],
    "core": ["Supt Contact Centre", "Force Crime Registrar"],
    "integrity": ["Head of Professional Standards"],
    "leg17f": ["Head of Professional Standards", "Director of People"],
    "picture": ["Head of Information Management"],
    "firearms": ["Supt Firearms Licensing"],
    "eff16": _PEEL_LEADS, "peel19": _PEEL_LEADS, "peel22": _PEEL_LEADS, "peel23": _PEEL_LEADS,
    "stolen": ["Det Ch Supt Force CID", "Head of Intelligence", "Ch Supt Public Protection",
               "Force Crime Registrar"],
    "ncpi18": ["Ch Supt Public Protection", "Supt Contact Centre"],
    "cdi19": ["Force Crime Registrar"],
    "cust20": ["Ch Insp Custody"],
    "vetting22": ["Head of Professional Standards"],
}
RESPONSES = [
    "The PCC welcomes the recommendation and will monitor progress through the Strategic "
    "Governance Board.",
    "Progress reviewed at the Strategic Governance Board on 12 September 2024.",
    "The Chief Constable has confirmed the work is complete; the OPCC has seen the evidence.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the lead officer. Progress sent to the OPCC to inform the 56-day response.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "No deadline set by HMICFRS.",
    None, None, None,
]

# --------------------------------------------------------------------------------------------
# HMICFRS references: plain integers, unique across the register, rising with time.
# --------------------------------------------------------------------------------------------
ORDER = sorted(REPORTS, key=lambda k: (REPORTS[k][1] or dt.date(2099, 1, 1), k))
refs: dict[str, int] = {}
used: set[int] = set()
for rep in ORDER:
    rep_items = [it for it in ITEMS if it["report"] == rep]
    if not rep_items:
        continue
    y = REPORTS[rep][1].year
    base = rng.randint(900, 1400) + (y - 2013) * 1350 + rng.randint(0, 300)
    n = base
    for it in rep_items:
        refs[it["key"]] = n
        used.add(n)
        n += 1 + (1 if rng.random() < 0.15 else 0)
assert len(set(refs.values())) == len(refs)


def transposed(n: int) -> int:
    """Swap the last pair of adjacent digits that differ (a keying slip)."""
    s = str(n)
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1]:
            return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    raise ValueError(n)


for it in ITEMS:
    for row in it["rows"]:
        if row.get("hid") == "transposed":
            assert transposed(refs[it["key"]]) not in used

# --------------------------------------------------------------------------------------------
# HMICFRS side: register export, CSV (UTF-8 with BOM, CRLF between records).
# --------------------------------------------------------------------------------------------


def status_date(it) -> dt.date:
    pub = REPORTS[it["report"]][1]
    lo = max(pub + dt.timedelta(days=60), dt.date(2016, 1, 1))
    if it["hstatus"] in HM_OPEN:
        lo = max(lo, dt.date(2023, 6, 1))
    hi = dt.date(2024, 10, 25)
    if lo > hi:
        lo = hi - dt.timedelta(days=30)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


hm_records = []
for rep in ORDER:
    for it in [x for x in ITEMS if x["report"] == rep]:
        title, pub, _, _ = REPORTS[rep]
        hm_records.append({
            "Reference": refs[it["key"]],
            "Force": FORCE,
            "Report title": title,
            "Publication date": pub.strftime("%d/%m/%Y"),
            "Type": it["type"],
            "Recommendation": it["text"],
            "Status": it["hstatus"],
            "Status date": status_date(it).strftime("%d/%m/%Y"),
        })
        it["hmicfrs_row"] = f"hmicfrs.csv!{len(hm_records) + 1}"

# --------------------------------------------------------------------------------------------
# Force side: the PCC's ODS publication.
# --------------------------------------------------------------------------------------------
HEAD_A = ["Report", "Rec / AFI no.", "Recommendation or area for improvement", "PCC response",
          "Force lead", "Status", "Last updated"]
NOTE_A = ["Report title and date of publication", "As numbered in the HMICFRS report",
          "HMICFRS wording; recommendations with several parts are shown one part per row",
          "The Commissioner's response (s55 Police Act 1996) or latest comment",
          "Chief officer or department lead", "See the 'Status key' sheet",
          "Date of the last update from the force"]
HEAD_C = ["Report", "HMICFRS ID", "Rec / AFI no.", "Recommendation or area for improvement",
          "PCC response", "Force lead", "Status", "Last updated"]
NOTE_C = ["Report title and date of publication", "Reference on the HMICFRS monitoring portal",
          "As numbered in the HMICFRS report",
          "HMICFRS wording; recommendations with several parts are shown one part per row",
          "The Commissioner's response (s55 Police Act 1996) or latest comment",
          "Chief officer or department lead", "See the 'Status key' sheet",
          "Date of the last update from the force"]
SHEET_TITLES = {
    S1: "HMICFRS recommendations – reports published up to 2017",
    S2: "HMICFRS recommendations – reports published 2018 to 2021",
    S3: "HMICFRS recommendations – reports published from 2022",
}
OPCC = "Office of the Police and Crime Commissioner for Lincolnshire"
DONE_WORDS = ("Complete", "Completed", "Complete – submitted to HMICFRS", "Closed by HMICFRS",
              "Superseded", "Not for the force")


def last_updated(rep, status):
    """A date cell on most rows; a few rows carry text, as published trackers do."""
    pub = REPORTS[rep][1] or dt.date(2022, 11, 1)
    x = rng.random()
    if x < 0.06:
        return "Sept 2024"
    if x < 0.09:
        return "awaiting update"
    lo = max(pub + dt.timedelta(days=120), dt.date(2021, 4, 1))
    if status.strip() not in DONE_WORDS:
        lo = max(lo, dt.date(2024, 1, 15))
    hi = AS_AT
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


# Gather force rows by report, in the report's own item order; EXTRA rows at the group's end.
by_report: dict[str, list[dict]] = {k: [] for k in REPORTS}
for it in ITEMS:
    for row in it["rows"]:
        rep = row.get("report", it["report"])
        hid = row.get("hid")
        if hid == "self":
            hid = refs[it["key"]]
        elif hid == "transposed":
            hid = transposed(refs[it["key"]])
        by_report[rep].append(dict(row, item=it, hid=hid))
for rep, no, text, status, resp, why in EXTRA:
    by_report[rep].append(dict(no=no, text=text, status=status, resp=resp, item=None, hid=None,
                               why=why))
# The report-conflict row (F14) sits after PEEL 2021/22's own AFIs, before local actions.
g = by_report["peel22"]
moved = [x for x in g if x["item"] is not None and x["item"]["key"] == "F14"]
rest = [x for x in g if x not in moved]
first_local = next(i for i, x in enumerate(rest) if x["item"] is None)
by_report["peel22"] = rest[:first_local] + moved + rest[first_local:]

SHEETS_ORDER = [S1, S2, S3]
sheet_rows: dict[str, list[list]] = {}
merges: dict[str, list[tuple[int, int, int, int]]] = {}  # (row0, col0, nrows, ncols), 0-based
styles: dict[str, dict[int, str]] = {}  # row0 -> style name
truth: list[dict] = []

for sheet in SHEETS_ORDER:
    wide = sheet == S3
    head, note = (HEAD_C, NOTE_C) if wide else (HEAD_A, NOTE_A)
    ncol = len(head)
    rows: list[list] = []
    mg: list[tuple[int, int, int, int]] = []
    st: dict[int, str] = {}
    blank = [None] * ncol
    rows.append([OPCC] + [None] * (ncol - 1)); mg.append((0, 0, 1, ncol)); st[0] = "title"
    rows.append([SHEET_TITLES[sheet]] + [None] * (ncol - 1)); mg.append((1, 0, 1, ncol))
    st[1] = "subtitle"
    rows.append(list(blank))
    rows.append(list(head)); st[3] = "header"
    rows.append(list(note)); st[4] = "note"
    reps = [k for k in ORDER if REPORTS[k][3] == sheet and by_report[k]]
    # the undated thematic report sits before PEEL 2023-25 by its November 2022 date
    if sheet == S3:
        reps = ["peel22", "vetting22", "peel23"]
    for gi, rep in enumerate(reps):
        if sheet == S1 and gi > 0:
            rows.append(list(blank))  # spacer rows between report groups on the oldest sheet
        start = len(rows)
        group = by_report[rep]
        for k, fr in enumerate(group):
            it = fr["item"]
            status = fr["status"]
            resp = fr.get("resp", "__pick__")
            if resp == "__pick__":
                resp = RESPONSES[rng.randrange(len(RESPONSES))]
            pool = LEADS_BY_REPORT[rep]
            lead = pool[rng.randrange(len(pool))]
            if rng.random() < 0.08:
                lead = None
            upd = last_updated(rep, status)
            label = REPORTS[rep][2] if k == 0 else None
            vals = [label]
            if wide:
                vals.append(fr["hid"])
            vals += [fr["no"], fr["text"], resp, lead, status, upd]
            rows.append(vals)
            rid = f"{sheet}!{len(rows)}"
            if it is None:
                truth.append(dict(hmicfrs_row="", force_row=rid, category="not_on_hmicfrs_list",
                                  why=fr["why"]))
            else:
                truth.append(dict(hmicfrs_row=it["hmicfrs_row"], force_row=rid,
                                  category=it["category"], why=it["why"]))
        if len(group) > 1:
            mg.append((start, 0, len(group), 1))  # report cell merged down its group
    rows.append(list(blank))
    rows.append([f"Source: HMICFRS inspection reports; force updates as at "
                 f"{AS_AT.day} October {AS_AT.year}. Next update after the Joint Independent "
                 f"Audit Committee in January 2025."] + [None] * (ncol - 1))
    mg.append((len(rows) - 1, 0, 1, ncol)); st[len(rows) - 1] = "note"
    sheet_rows[sheet] = rows
    merges[sheet] = mg
    styles[sheet] = st

for it in ITEMS:
    if not it["rows"]:
        truth.append(dict(hmicfrs_row=it["hmicfrs_row"], force_row="",
                          category="missing_from_force", why=it["why"]))

COVER = [
    ["About this data", None],
    [None, None],
    ["Title", "HMICFRS recommendations and areas for improvement – progress tracker"],
    ["Publisher", OPCC],
    ["Date published", PUBLISHED],
    ["Data as at", AS_AT],
    ["Licence", "Open Government Licence v3.0"],
    ["Contact", "Governance and Assurance Officer, OPCC for Lincolnshire (please use the contact "
                "form on the Commissioner's website)"],
    ["Coverage", "Recommendations, areas for improvement and causes of concern from HMICFRS "
                 "inspection reports that apply to Lincolnshire Police, with the Commissioner's "
                 "response and the force's latest update. One sheet per period of publication."],
    ["Notes", "Recommendations with several parts are shown one part per row. Rows marked "
              "'Local action' or 'Force action' are actions the force has set itself; they are "
              "not HMICFRS recommendations. Closed items stay on the tracker until HMICFRS "
              "confirms closure."],
    ["Frequency", "Quarterly, after each Joint Independent Audit Committee"],
    ["Format", "OpenDocument Spreadsheet (.ods), published under the Local Government "
               "Transparency Code open-format guidance"],
]
KEY = [
    ["Status key", None],
    [None, None],
    ["Status", "Meaning"],
    ["Not started", "Work has not yet begun"],
    ["In progress", "Work is under way"],
    ["On track", "Work is under way and expected to meet the deadline"],
    ["Delayed", "Work is under way but the deadline will be missed; rationale in the response"],
    ["Complete", "The force has implemented the recommendation; evidence held"],
    ["Complete – submitted to HMICFRS", "Evidence sent to HMICFRS with a request to close"],
    ["Closed by HMICFRS", "HMICFRS has closed the item on its monitoring portal"],
    ["Superseded", "Replaced by a later recommendation; no further action"],
    ["Not for the force", "Directed at another body; shown for information"],
]


def write_ods(path: Path) -> None:
    from odf.number import DateStyle, Day, Month, Text, Year
    from odf.style import ParagraphProperties, Style, TableCellProperties, TextProperties
    from odf.table import CoveredTableCell, TableCell
    from odf.text import P

    tmp = io.BytesIO()
    with pd.ExcelWriter(tmp, engine="odf") as xw:
        pd.DataFrame(COVER, dtype=object).to_excel(xw, sheet_name="About this data",
                                                   header=False, index=False)
        for sheet in SHEETS_ORDER:
            pd.DataFrame(sheet_rows[sheet], dtype=object).to_excel(
                xw, sheet_name=sheet, header=False, index=False)
        pd.DataFrame(KEY, dtype=object).to_excel(xw, sheet_name="Status key", header=False,
                                                 index=False)
        book = xw.book
        # styles: a UK date format, bold title/header, italic notes, wrapped text
        ds = DateStyle(name="N_ukdate")
        ds.addElement(Day(style="long")); ds.addElement(Text(text="/"))
        ds.addElement(Month(style="long")); ds.addElement(Text(text="/"))
        ds.addElement(Year(style="long"))
        book.automaticstyles.addElement(ds)
        mk = {}
        for name, kw in {"date": {}, "title": {"bold": 1, "size": "14pt"},
                         "subtitle": {"bold": 1}, "header": {"bold": 1}, "note": {"italic": 1},
                         "wrap": {}}.items():
            s = Style(name=f"ce_{name}", family="table-cell",
                      **({"datastylename": "N_ukdate"} if name == "date" else {}))
            if kw.get("bold"):
                s.addElement(TextProperties(fontweight="bold", fontsize=kw.get("size", "10pt")))
            if kw.get("italic"):
                s.addElement(TextProperties(fontstyle="italic"))
            s.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
            if name == "header":
                s.addElement(ParagraphProperties(textalign="center"))
            book.automaticstyles.addElement(s)
            mk[name] = f"ce_{name}"

        def cell_rows(table):
            return [e for e in table.childNodes if e.qname[1] == "table-row"]

        for sname, table in xw.sheets.items():
            st = styles.get(sname, {0: "title"})
            if sname in ("About this data", "Status key"):
                st = {0: "title", 2: "header"} if sname == "Status key" else {0: "title"}
            # new child lists per row; odfpy's caches stay right only with remove/append
            trs = cell_rows(table)
            grid = [list(tr.childNodes) for tr in trs]
            for ri, cells in enumerate(grid):
                for ci, c in enumerate(cells):
                    vt = c.getAttribute("valuetype")
                    if vt == "string" and c.getAttribute("stringvalue") == "":
                        cells[ci] = TableCell()
                    elif vt == "date":
                        y, m, d = map(int, c.getAttribute("datevalue").split("-"))
                        for p in list(c.childNodes):
                            c.removeChild(p)
                        c.addElement(P(text=f"{d:02d}/{m:02d}/{y}"))
                        c.setAttribute("stylename", mk["date"])
                    elif ri in st:
                        c.setAttribute("stylename", mk[st[ri]])
                    elif vt == "string":
                        c.setAttribute("stylename", mk["wrap"])
            for r0, c0, nr, nc in merges.get(sname, []):
                first = grid[r0][c0]
                first.setAttribute("numbercolumnsspanned", nc)
                first.setAttribute("numberrowsspanned", nr)
                for rr in range(r0, r0 + nr):
                    for cc in range(c0, c0 + nc):
                        if (rr, cc) == (r0, c0):
                            continue
                        assert grid[rr][cc].getAttribute("valuetype") in (None, ""), (sname, rr)
                        grid[rr][cc] = CoveredTableCell()
            for tr, cells in zip(trs, grid):
                for c in list(tr.childNodes):
                    tr.removeChild(c)
                for c in cells:
                    tr.addElement(c)
                if not cells:
                    tr.addElement(TableCell())
    normalise_zip(tmp.getvalue(), path)


def normalise_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps (mimetype first, stored) so builds are identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        if "mimetype" in names:
            names.remove("mimetype")
            names.insert(0, "mimetype")
        for n in names:
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(n))
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(exist_ok=True)
    # HMICFRS export
    buf = io.StringIO()
    pd.DataFrame(hm_records).to_csv(buf, index=False, lineterminator="\r\n",
                                    quoting=csv.QUOTE_MINIMAL)
    (OUT / "hmicfrs.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    write_ods(OUT / "tracker.ods")
    tb = io.StringIO()
    w = csv.DictWriter(tb, fieldnames=["hmicfrs_row", "force_row", "category", "why"],
                       lineterminator="\n")
    w.writeheader()
    for t in truth:
        w.writerow(t)
    (OUT / "truth.csv").write_text(tb.getvalue(), encoding="utf-8")
    from collections import Counter
    c = Counter(t["category"] for t in truth)
    print(len(hm_records), "HMICFRS items;", sum(1 for t in truth if t["force_row"]),
          "force item rows;", len(truth), "truth lines")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
