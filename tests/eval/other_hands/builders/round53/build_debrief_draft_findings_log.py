"""Build the case `debrief_draft_findings_log` (round 53, force-side layout).

Layout: a force's "Inspection Findings Log" (Gloucestershire Constabulary, Inspection & Audit
Liaison, Strategy & Performance). The log is kept in the order findings were logged, not by
report: old items migrated in on 01/04/2019, later reports appended as they came in. For the
PEEL 2023/25 inspection the liaison officer logged findings at three points: the hot debrief
at the end of fieldwork (paraphrased notes), the draft report sent for factual accuracy check
(FAC), and the published report. Some debrief/draft rows were re-pointed at the published
item (ID added), some never were, some never became published findings at all.

HMICFRS side: a plain register export (CSV, UTF-8 with BOM, CRLF, as Excel saves it).

Run:  /work/main/.venv/bin/python build_debrief_draft_findings_log.py
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
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (real public texts only)
    BWV_2021, CAUSES, CONTROL_ROOM, EVERYONE_PLAN, NATIONAL, SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

SEED = 5310
rng = random.Random(SEED)
CASE = "debrief_draft_findings_log"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Gloucestershire Constabulary"
D = dt.datetime

# ----------------------------------------------------------------------------------------
# HMICFRS side
# ----------------------------------------------------------------------------------------
NAT_TYPE = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

C_NEW = "New recommendation"
C_PROG = ("The progress of the implementation of this recommendation is currently being "
          "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL "
              "Effectiveness inspections. Where a cause of concern still exists this will "
              "appear in the register against these subsequent inspections.")
C_SUP_2325 = ("This area of activity has subsequently been inspected in the PEEL 2023–25 "
              "inspection. Any remaining area for improvement appears against that report.")
C_SUP_LEG = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
             "legitimacy inspections.")

STATUS_COMMENT = {"Awaiting review": C_NEW, "Being progressed": C_PROG}


def nat(key, i):
    return NATIONAL[key][2][i][1]


def nat_title(key):
    return NATIONAL[key][0]


def nat_date(key):
    y, m, d = NATIONAL[key][1]
    return D(y, m, d)


CDI_BODY = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed."
)
CDI_BULLETS = [b.strip().rstrip(";").rstrip(".").removesuffix("; and").removesuffix(" and")
               .rstrip(";") for b in CDI_BODY.split("•")[1:]]

MISSING_CHILDREN = (
    "To address this cause of concern, HMIC recommends the force should immediately review "
    "its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
MC_BULLETS = [
    "call takers understand and use the missing and absent category appropriately",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]

CUSTODY_CHILDREN = (
    "Within six months Gloucestershire Constabulary should, in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for "
    "the absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

SF_STEM, *SF_BULLETS = [p.strip() for p in SF_LEADERSHIP.split("•")]
SF_BULLETS = [b.rstrip(";").removesuffix("; and").rstrip(";").rstrip(".") for b in SF_BULLETS]

# Report keys -> (HMICFRS title, published, force's own name for it)
REPORTS = {
    "sas13": (nat_title("sas13"), nat_date("sas13"), "Stop & Search powers (HMIC 2013)"),
    "everyone": (nat_title("everyone"), nat_date("everyone"), "Everyone's Business (DA) 2014"),
    "austerity": (nat_title("austerity"), nat_date("austerity"), "Policing in Austerity 2014"),
    "core": (nat_title("core"), nat_date("core"), "Core Business 2014"),
    "integrity": (nat_title("integrity"), nat_date("integrity"), "Integrity Matters 2015"),
    "sas15": (nat_title("sas15"), nat_date("sas15"), "Stop and Search 2 (2015)"),
    "picture": (nat_title("picture"), nat_date("picture"), "Building the Picture 2015"),
    "firearms": (nat_title("firearms"), nat_date("firearms"), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Eff 16"),
    "stolen": (nat_title("stolen"), nat_date("stolen"), "Stolen Freedom (MSHT) 2017"),
    "efc17": (nat_title("efc17"), nat_date("efc17"), "PEEL Efficiency 17 (all forces)"),
    "eff17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": (nat_title("leg17"), nat_date("leg17"), "PEEL Legit 17 S&S"),
    "legit17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi": ("National child protection inspection 2018", D(2018, 6, 21), "NCPI 2018"),
    "cdi": ("Crime data integrity inspection 2019", D(2019, 9, 26), "CDI 2019"),
    "powers": (nat_title("powers"), nat_date("powers"), "Police powers spotlight (Feb 21)"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 7, 22),
            "PEEL 2021-22"),
    "custody": ("Report on an unannounced inspection visit to police custody suites in "
                "Gloucestershire", D(2022, 8, 16), "Custody inspection 2022"),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", D(2024, 4, 18),
            "PEEL 2023-25"),
}

# HMICFRS items: key, report, id, type, text, status, status date, comment(optional)
H = []


def h(key, rep, rid, typ, text, status, sdate, comment=None):
    if comment is None:
        comment = STATUS_COMMENT.get(status, C_DONE)
    H.append(dict(key=key, rep=rep, id=rid, type=typ, text=text, status=status,
                  sdate=sdate, comment=comment))


h("sas13_1", "sas13", 1187, NAT_TYPE, nat("sas13", 0), "Complete", D(2016, 5, 11))
h("sas13_2", "sas13", 1188, NAT_TYPE, nat("sas13", 1), "Complete", D(2016, 5, 11))
h("sas13_3", "sas13", 1189, NAT_TYPE, nat("sas13", 2), "Superseded", D(2018, 1, 22), C_SUP_LEG)
h("everyone", "everyone", 2321, NAT_TYPE, EVERYONE_PLAN, "Complete", D(2015, 6, 3))
h("aus_1", "austerity", 3102, NAT_TYPE, nat("austerity", 0), "Complete", D(2015, 2, 17))
h("aus_2", "austerity", 3103, NAT_TYPE, nat("austerity", 1), "Complete", D(2015, 2, 17))
h("aus_3", "austerity", 3104, NAT_TYPE, nat("austerity", 2), "Complete", D(2015, 2, 17))
h("aus_4", "austerity", 3105, NAT_TYPE, nat("austerity", 3), "Complete", D(2016, 9, 30))
h("core_1", "core", 4822, NAT_TYPE, nat("core", 0), "Complete", D(2016, 4, 4), C_AUTH)
h("core_2", "core", 4823, NAT_TYPE, nat("core", 1), "Being progressed", D(2015, 4, 1))
h("integrity", "integrity", 902, NAT_TYPE, nat("integrity", 0), "Complete", D(2016, 1, 14))
h("sas15", "sas15", 5031, NAT_TYPE, nat("sas15", 0), "Superseded", D(2018, 1, 22), C_SUP_LEG)
h("picture", "picture", 5410, NAT_TYPE, nat("picture", 0), "Being progressed", D(2015, 12, 1))
h("fa_1", "firearms", 5876, NAT_TYPE, nat("firearms", 0), "Complete", D(2016, 3, 8))
h("fa_2", "firearms", 5877, NAT_TYPE, nat("firearms", 1), "Being progressed", D(2016, 3, 8))
h("fa_3", "firearms", 5878, NAT_TYPE, nat("firearms", 2), "Complete", D(2016, 3, 8))
h("fa_4", "firearms", 5879, NAT_TYPE, nat("firearms", 3), "Being progressed", D(2016, 3, 8))
h("fa_5", "firearms", 5880, NAT_TYPE, nat("firearms", 4), "Complete", D(2017, 1, 19))
h("eff16_coc", "eff16", 7012, COC, CAUSES[0], "Complete", D(2018, 4, 27), C_AUTH)
h("eff16_r1", "eff16", 7013, REC,
  "HMIC recommends that the force should immediately: take steps to ensure that there is "
  "effective supervision of the initial risk assessment process, specifically in relation to "
  "the completion of DASH risk assessment in appropriate cases;", "Complete", D(2018, 4, 27),
  C_AUTH)
h("eff16_r2", "eff16", 7014, REC,
  "To address this cause of concern, HMIC recommends the force should immediately take steps "
  "to understand and address the reason behind why such a high proportion of victims of "
  "domestic abuse do not support the police investigation.", "Being progressed",
  D(2017, 3, 2))
h("eff16_r3", "eff16", 7015, REC,
  "HMIC recommends that the force should immediately: cease the practice of conducting "
  "domestic abuse risk assessments over the telephone and dealing with domestic abuse in the "
  "resolution centre;", "Superseded", D(2019, 5, 2), C_SUP_PEEL)
h("sf_1", "stolen", 8210, NAT_TYPE, SF_LEADERSHIP, "Being progressed", D(2017, 10, 24))
h("sf_2", "stolen", 8211, NAT_TYPE, nat("stolen", 1), "Being progressed", D(2017, 10, 24))
h("sf_3", "stolen", 8212, NAT_TYPE, nat("stolen", 2), "Complete", D(2020, 2, 11))
h("sf_4", "stolen", 8213, NAT_TYPE, nat("stolen", 3), "Being progressed", D(2017, 10, 24))
h("sf_5", "stolen", 8214, NAT_TYPE, nat("stolen", 4), "Being progressed", D(2017, 10, 24))
h("sf_6", "stolen", 8215, NAT_TYPE, nat("stolen", 5), "Complete", D(2020, 2, 11))
h("sf_7", "stolen", 8216, NAT_TYPE, nat("stolen", 6), "Being progressed", D(2017, 10, 24))
h("efc17", "efc17", 8388, NAT_TYPE, nat("efc17", 0), "Superseded", D(2021, 3, 15),
  "This area of activity has subsequently been inspected in HMICFRS's PEEL inspections.")
h("eff17_1", "eff17", 8402, AFI,
  "The force should undertake further work to gain a fuller understanding of current demand "
  "for its services, and likely future changes in demand. This is so it can make best use of "
  "its resources by matching them to demand to meet the needs of the public.", "Complete",
  D(2019, 7, 30))
h("eff17_2", "eff17", 8403, AFI,
  "The force should develop its understanding of the links between its outcomes, outputs and "
  "costs.", "Being progressed", D(2017, 11, 9))
h("eff17_3", "eff17", 8404, AFI,
  "Gloucestershire Constabulary should develop a future workforce plan that is aligned with "
  "its overall demand and budget. The plan should include future resource allocations, the mix "
  "of skills required by the workforce and behaviours expected of them.", "Being progressed",
  D(2017, 11, 9))
h("leg17_coc", "leg17", 8541, COC, nat("leg17", 0), "Being progressed", D(2017, 12, 12))
h("leg17_1", "leg17", 8542, NAT_TYPE, nat("leg17", 1), "Being progressed", D(2017, 12, 12))
h("leg17_2", "leg17", 8543, NAT_TYPE, nat("leg17", 2), "Being progressed", D(2017, 12, 12))
h("leg17_3", "leg17", 8544, NAT_TYPE, nat("leg17", 3), "Complete", D(2019, 10, 8))
h("leg17_4", "leg17", 8545, NAT_TYPE, nat("leg17", 4), "Complete", D(2019, 10, 8))
h("legit17_1", "legit17", 8590, AFI,
  "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting "
  "backlog and new vetting renewals when they become due so that it complies fully with the "
  "national vetting guidelines.", "Being progressed", D(2017, 12, 12))
h("legit17_2", "legit17", 8591, AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", "Complete", D(2019, 2, 6))
h("legit17_3", "legit17", 8592, AFI,
  "The force should put plans in place to monitor, including through the gathering and "
  "analysis of staff feedback, team cultures and provide prompt remedial action for any issues "
  "it identifies.", "Being progressed", D(2017, 12, 12))
h("ncpi_coc", "ncpi", 9104, COC, CAUSES[1], "Complete", D(2020, 1, 21), C_AUTH)
h("ncpi_r1", "ncpi", 9105, REC, MISSING_CHILDREN, "Complete", D(2020, 1, 21), C_AUTH)
h("ncpi_afi", "ncpi", 9106, AFI,
  "The force should improve how it works with partner organisations to safeguard people at "
  "risk from child sexual exploitation.", "Being progressed", D(2018, 6, 21))
h("cdi_r1", "cdi", 10426, REC, CDI_BODY, "Being progressed", D(2019, 9, 26))
h("cdi_afi2", "cdi", 10427, AFI,
  "The force should take steps to ensure it fully complies with national crime recording "
  "standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking.", "Being progressed", D(2019, 9, 26))
h("cdi_afi1", "cdi", 10428, AFI,
  "The force should make sure it records reports of rape and serious sexual offences "
  "accurately and without delay.", "Complete", D(2021, 11, 2))
h("pw_1", "powers", 11301, NAT_TYPE, nat("powers", 0), "Being progressed", D(2021, 2, 26))
h("pw_2", "powers", 11302, NAT_TYPE, nat("powers", 1), "Being progressed", D(2021, 2, 26))
h("pw_3", "powers", 11303, NAT_TYPE, BWV_2021, "Being progressed", D(2021, 2, 26))
h("pw_4", "powers", 11304, NAT_TYPE, nat("powers", 3), "Awaiting review", D(2021, 2, 26))
h("pw_5", "powers", 11305, NAT_TYPE, nat("powers", 4), "Complete", D(2023, 6, 14))
h("p21_1", "p21", 12117, AFI,
  "The force should improve its understanding of the nature and scale of stalking and "
  "harassment in its area.", "Complete", D(2024, 4, 18))
h("p21_2", "p21", 12118, AFI,
  "The force should make sure investigations of rape and serious sexual offences are "
  "allocated to officers with the right skills and are effectively supervised.",
  "Being progressed", D(2022, 7, 22))
h("p21_3", "p21", 12119, AFI,
  "The force should improve its understanding of suspects released under investigation and "
  "the management of those released on bail.", "Being progressed", D(2022, 7, 22))
h("p21_4", "p21", 12120, AFI,
  "The force should make sure victims of hate crime are kept informed about the progress of "
  "their case, in line with the Code of Practice for Victims of Crime.", "Superseded",
  D(2024, 4, 18), C_SUP_2325)
h("p21_5", "p21", 12121, AFI,
  "The force should improve the timeliness of its response to calls for service involving "
  "repeat victims.", "Being progressed", D(2022, 7, 22))
h("p21_6", "p21", 12122, AFI,
  "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not "
  "delayed.", "Complete", D(2024, 4, 18))
h("custody", "custody", 12240, REC, CUSTODY_CHILDREN, "Being progressed", D(2022, 8, 16))
h("p23_coc", "p23", 13650, COC, CAUSES[2], "Being progressed", D(2024, 4, 18))
h("p23_rec", "p23", 13651, REC,
  "Within three months, the force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.", "Being progressed", D(2024, 4, 18))
h("p23_cr", "p23", 13652, AFI, CONTROL_ROOM, "Being progressed", D(2024, 4, 18))
h("p23_vawg", "p23", 13653, AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", "Awaiting review", D(2024, 4, 18))
h("p23_da", "p23", 13654, AFI,
  "The force should make sure victims of domestic abuse are kept informed about the progress "
  "of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed",
  D(2024, 4, 18))
h("p23_cl", "p23", 13655, AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "Being progressed", D(2024, 4, 18))
h("p23_va", "p23", 13656, AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to vulnerable adults.", "Complete", D(2025, 6, 24), C_AUTH)
h("p23_stalk", "p23", 13657, AFI,
  "The force should make sure it consistently uses ancillary orders and other powers to "
  "protect victims of stalking and harassment.", "Awaiting review", D(2024, 4, 18))
h("p23_asb", "p23", 13658, AFI,
  "The force should review its approach to anti-social behaviour to make sure victims receive "
  "a consistently good service.", "Being progressed", D(2024, 4, 18))
h("p23_hate", "p23", 13659, AFI,
  "The force should make sure it records reports of hate crime accurately and without delay.",
  "Being progressed", D(2024, 4, 18))

# order of the export: by publication date, then ID
H.sort(key=lambda r: (REPORTS[r["rep"]][1], r["id"]))
HROW = {r["key"]: f"hmicfrs.csv!{i + 2}" for i, r in enumerate(H)}
HBY = {r["key"]: r for r in H}

# ----------------------------------------------------------------------------------------
# Force side: the Findings Log, in the order rows were logged
# ----------------------------------------------------------------------------------------
MIGRATED = D(2019, 4, 1)
LEAD_BY_REPORT = {
    "sas13": "C/Supt Bell", "sas15": "C/Supt Bell", "leg17": "C/Supt Bell",
    "powers": "ACC Local Policing", "everyone": "Ch Supt Public Protection",
    "eff16": "Ch Supt Public Protection", "austerity": "Director of Finance",
    "efc17": "Head of Corporate Development", "eff17": "Head of Corporate Development",
    "core": "Supt Contact Centre", "integrity": "Head of Professional Standards",
    "legit17": "Head of Professional Standards", "picture": "Head of Information Management",
    "firearms": "Supt Firearms Licensing", "stolen": "Det Ch Supt Force CID",
    "ncpi": "Ch Supt Public Protection", "cdi": "Force Crime Registrar",
    "p21": "ACC Crime", "custody": "Ch Insp Custody", "p23": "ACC Crime",
}
BOARD_BY_LEAD = {
    "Ch Supt Public Protection": "Public Protection Board", "Ch Insp Custody":
    "Public Protection Board", "Det Ch Supt Force CID": "Crime Standards Board",
    "Force Crime Registrar": "Crime Standards Board", "ACC Crime": "Crime Standards Board",
    "Head of Intelligence": "Crime Standards Board",
    "Head of Professional Standards": "People & Culture Board",
    "Director of People": "People & Culture Board",
    "Supt Contact Centre": "Contact Management Board",
}
BOARD_SHORT = {"Force Improvement Board": "FIB", "Crime Standards Board": "CSB",
               "Public Protection Board": "PPB", "People & Culture Board": "P&C Board",
               "Contact Management Board": "CMB", "Joint Audit Committee": "JAC"}
BOARDS = ["Force Improvement Board", "Crime Standards Board", "Public Protection Board",
          "People & Culture Board", "Contact Management Board", "Force Improvement Board"]

OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; action plan agreed at {b} {d}.",
    "Update requested from lead {d} – none received.",
    "Policy rewrite in draft. Consultation with Federation/Unison closes end of month.",
    "Reviewed at {b} {d}: remains open, evidence not yet sufficient to close.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Addressed holistically as part of the force change programme (Horizon).",
]
DONE_UPD = [
    "Evidence pack reviewed by Inspection Liaison {d}. Approved for closure at {b}.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Now business as usual – monitored through the monthly performance pack.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Ready to move to GREEN status – closure paper to {b} {d}.",
]

F = []   # force rows: dict(cols..., truth=(hkey or None, category, why))


def fmt_d(d):
    return d.strftime("%d/%m/%y")


def f(rep, text, status, hkey, cat, why, *, logged=MIGRATED, source=None, ftype=None,
      fid="same", published="same", lead=None, board=None, update=None, closed=None):
    r = REPORTS[rep]
    hk = HBY.get(hkey)
    if source is None:
        source = "National report" if hk is not None and hk["type"] == NAT_TYPE or rep in (
            "sas13", "austerity", "everyone", "core", "integrity", "sas15", "picture",
            "firearms", "stolen", "efc17", "leg17", "powers") else "Published report"
    if ftype is None:
        t = hk["type"] if hk else AFI
        ftype = {NAT_TYPE: "National rec", REC: "Rec", AFI: "AFI", COC: "CoC"}[t]
    if fid == "same":
        fid = hk["id"] if hk else None
    if published == "same":
        published = r[1]
    if lead is None:
        lead = LEAD_BY_REPORT[rep]
    if board is None:
        board = BOARD_BY_LEAD.get(lead, "Force Improvement Board")
        if rng.random() < 0.2:
            board = BOARD_SHORT[board]
    sl = status.lower()
    done = not sl.startswith(("open", "not started", "retained", "awaiting"))
    upd_day = logged + dt.timedelta(days=rng.randint(90, 1800))
    if upd_day > D(2025, 11, 14):
        upd_day = D(2025, 11, 14) - dt.timedelta(days=rng.randint(0, 120))
    if update is None:
        pool = DONE_UPD if done else OPEN_UPD
        update = rng.choice(pool).format(b=board, d=fmt_d(upd_day))
    if closed is None and done and rng.random() < 0.8:
        closed = upd_day
    F.append(dict(logged=logged, insp=r[2], published=published, source=source, type=ftype,
                  id=fid, text=text, lead=lead, board=board, update=update, status=status,
                  closed=closed, truth=(hkey, cat, why)))


def abbrev(t, pairs):
    for a, b in pairs:
        t = re.sub(a, b, t, flags=re.I)
    return t


def straight(t):
    return t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


IS, CS, CL, CO, MF, NO = ("in_sync", "closeable_submit", "closeable_local", "conflict",
                          "missing_from_force", "not_on_hmicfrs_list")

# --- migrated rows (01/04/2019), old tracker's order ---------------------------------
f("sas13", abbrev(nat("sas13", 0), [(r"College of Policing", "CoP"),
                                    (r"Authorised Professional Practice", "APP"),
                                    (r"stop and search", "S&S")]),
  "Closed by HMICFRS", "sas13_1", IS, "closed both sides (HMICFRS Complete); text abbreviated")
f("sas13", nat("sas13", 1), "CLOSED", "sas13_2", IS, "closed both sides")
f("sas13", nat("sas13", 2), "Open - on track", "sas13_3", CL,
  "HMICFRS Superseded; force still tracks it open (community scrutiny panel work)",
  update="Community Scrutiny Panel now reviewing BWV quarterly; youth panel to be set up "
         "with OPCC. Keep open until youth panel running.")
f("everyone", EVERYONE_PLAN.replace(" and 20\n", " and\n").replace("• ", "- "),
  "Complete - BAU", "everyone", IS,
  "closed both sides; force text has the stray footnote '20' removed and dashes for bullets", published="Mar-14")
f("austerity", abbrev(nat("austerity", 0), [(r"Chief Constables and PCCs", "CC & PCC")]),
  "Closed - FIB approved", "aus_1", IS, "closed both sides")
f("austerity", abbrev(nat("austerity", 2), [(r"Chief Constables and PCCs", "CCs/PCCs")]),
  "Open", "aus_3", CL, "HMICFRS Complete; force still open",
  update="Workforce mix reviewed annually in FMS. Leave open pending FIB decision.")
f("austerity", nat("austerity", 3), "Closed - FIB approved", "aus_4", IS, "closed both sides")
f("core", nat("core", 0), "Closed by HMICFRS", "core_1", IS, "closed both sides")
f("core", nat("core", 1), "Closed - FIB approved", "core_2", CS,
  "HMICFRS Being progressed; force closed it at FIB", lead="ACC Local Policing")
f("integrity", straight(nat("integrity", 0)), "Submitted to HMICFRS", "integrity", IS,
  "HMICFRS Complete and force done (submitted) - both closed")
f("sas15", nat("sas15", 0), "Closed - FIB approved", "sas15", IS,
  "HMICFRS Superseded, force closed - both closed")
f("picture", nat("picture", 0).replace("governance", "goverance"), "Open - on track",
  "picture", IS, "open both sides; force text has a misspelling")
f("firearms", nat("firearms", 0), "Closed by HMICFRS", "fa_1", IS, "closed both sides")
f("firearms", nat("firearms", 1), "Submitted to HMICFRS 02/10/25", "fa_2", CS,
  "HMICFRS Being progressed; force submitted for closure", closed=D(2025, 10, 2))
f("firearms", straight(nat("firearms", 2)), "Open", "fa_3", CL,
  "HMICFRS Complete; force still open", published="Sep-15",
  update="Expired records backlog 41 at last count (Sep 25). Supt FL reviewing weekly.")
f("firearms", nat("firearms", 3), "open – on track", "fa_4", IS, "open both sides")
f("firearms", nat("firearms", 4), "Closed by HMICFRS", "fa_5", IS, "closed both sides")
f("eff16", CAUSES[0].replace("’", "'"), "Closed by HMICFRS", "eff16_coc", IS,
  "closed both sides (CoC)")
f("eff16", "Immediately take steps to ensure effective supervision of the initial risk "
  "assessment process, specifically the completion of DASH risk assessment in appropriate "
  "cases.", "Closed - FIB approved", "eff16_r1", IS,
  "closed both sides; force reworded and dropped the 'HMIC recommends' stem")
f("eff16", "Take steps to understand & address the reason behind why such a high proportion "
  "of DA victims do not support the police investigation.", "Open - off track", "eff16_r2",
  IS, "open both sides; abbreviated text")
f("eff16", "Cease the practice of conducting domestic abuse risk assessments over the "
  "telephone and dealing with domestic abuse in the resolution centre", "Open", "eff16_r3", CL,
  "HMICFRS Superseded (re-inspected in PEEL); force still open",
  update="Resolution centre DA desk closed Mar 18. Awaiting dip-sample results before close.")
for i, b in enumerate(SF_BULLETS):
    f("stolen", f"SF1 ({'abcd'[i]}) - Within 12 months review MSHT leadership & governance "
      f"to ensure that: {b}", "Closed - FIB approved", "sf_1", CS,
      f"split row, bullet {i + 1} of 4 of the 'Within twelve months' leadership rec; all four "
      "bullet rows closed by the force, HMICFRS Being progressed")
f("stolen", abbrev(nat("stolen", 1).replace(" 86 ", " "),
                   [(r"Within six months", "Within 6 months"),
                    (r"information-sharing agreements", "ISAs")]),
  "Open - on track", "sf_2", IS,
  "open both sides; HMICFRS text has stray footnote '86', force abbreviates (6 months = six)")
f("stolen", nat("stolen", 2), "Open - on track", "sf_3", CL, "HMICFRS Complete; force open")
f("stolen", nat("stolen", 3), "Complete - BAU", "sf_4", CS,
  "HMICFRS Being progressed; force records it complete/BAU")
f("stolen", abbrev(nat("stolen", 4), [(r"modern slavery and human trafficking", "MSHT"),
                                      (r"national crime recording standard \(NCRS\)", "NCRS")]),
  "OPEN", "sf_5", IS, "open both sides; abbreviated", lead="Force Crime Registrar")
f("stolen", nat("stolen", 5).replace("appropriate", "appropiate"), "Closed by HMICFRS", "sf_6",
  IS, "closed both sides")
f("efc17", nat("efc17", 0), "Open - off track", "efc17", CL,
  "HMICFRS Superseded; force still open",
  update="Digital plan refreshed as part of Digital Services Strategy 2025-28; still open.")
f("eff17", straight(HBY["eff17_1"]["text"]), "Closed - FIB approved", "eff17_1", IS,
  "closed both sides")
f("eff17", HBY["eff17_2"]["text"], "Complete - BAU", "eff17_2", CS,
  "HMICFRS Being progressed; force complete")
f("eff17", HBY["eff17_3"]["text"].replace("Gloucestershire Constabulary", "The force"),
  "Open - on track", "eff17_3", IS, "open both sides; force name replaced by 'The force'", lead="Director of People")
f("leg17", nat("leg17", 0), "Open", "leg17_coc", IS, "open both sides (national CoC)")
f("leg17", SAS_MONITORING_2017.replace("•", "\n- ").replace("\n\n", "\n"),
  "Submitted to HMICFRS", "leg17_1", CS,
  "HMICFRS Being progressed; force submitted; bullets re-laid")
f("leg17", nat("leg17", 2), "Submitted to HMICFRS", "leg17_2", CS,
  "HMICFRS Being progressed; force submitted")
f("leg17", nat("leg17", 3), "Open - on track", "leg17_3", CL,
  "HMICFRS Complete; force open (annual publication still tracked)")
f("leg17", abbrev(nat("leg17", 4), [(r"stop and search", "S&S")]), "Closed by HMICFRS",
  "leg17_4", IS, "closed both sides")
f("legit17", HBY["legit17_1"]["text"], "Submitted to HMICFRS", "legit17_1", CS,
  "HMICFRS Being progressed; force submitted")
f("legit17", HBY["legit17_2"]["text"], "Open - on track", "legit17_2", CL,
  "HMICFRS Complete; force still open")
f("ncpi", CAUSES[1].replace("’", "'"), "Closed by HMICFRS", "ncpi_coc", IS,
  "closed both sides (CoC)")
for i, b in enumerate(MC_BULLETS):
    f("ncpi", f"Missing children ({i + 1}/3): ensure that {b}", "Closed by HMICFRS", "ncpi_r1",
      IS, f"split row, bullet {i + 1} of 3 of the missing-children rec; closed both sides",
      fid=9105 if i == 0 else None, lead="Supt Contact Centre" if i == 0 else None)
f("ncpi", "Improve how we work with partner organisations to safeguard people at risk from "
  "CSE.", "Closed - FIB approved", "ncpi_afi", CS,
  "HMICFRS Being progressed; force closed; own-words text")
f("eff16", "The force should improve its understanding of the nature and scale of child "
  "sexual exploitation in its area.", "Open - on track", None, NO,
  "old PEEL 2015 effectiveness AFI (force ID 5567) no longer on the HMICFRS list; formulaic "
  "wording close to PEEL 2021/22 stalking AFI 12117 but a different topic",
  fid=5567, published="Feb-16", ftype="AFI")
F[-1]["insp"] = "PEEL Eff 15"
# --- CDI 2019 (logged 14/10/2019) --------------------------------------------------------
for i, b in enumerate(CDI_BULLETS):
    f("cdi", f"CDI R1 bullet {i + 1} - {b}", "Open - on track", "cdi_r1", IS,
      f"split row, bullet {i + 1} of 5 of the CDI 'Within six months' rec; open both sides",
      logged=D(2019, 10, 14), lead="Force Crime Registrar", board="Crime Standards Board")
f("cdi", HBY["cdi_afi1"]["text"], "Closed - FIB approved", "cdi_afi1", IS, "closed both sides",
  logged=D(2019, 10, 14), lead="Force Crime Registrar", board="Crime Standards Board")
f("cdi", HBY["cdi_afi2"]["text"], "Open", "cdi_afi2", CO,
  "reference conflict: force HMICFRS ID 10472 vs register 10427 (digits transposed); same "
  "report and text, both open", logged=D(2019, 10, 14), fid=10472,
  lead="Force Crime Registrar", board="Crime Standards Board")
# --- powers 2021 (logged 08/03/2021) ------------------------------------------------------
L21 = D(2021, 3, 8)
f("powers", nat("powers", 0), "Open - on track", "pw_1", IS, "open both sides", logged=L21)
f("powers", nat("powers", 1), "Closed - FIB approved", "pw_2", CS,
  "HMICFRS Being progressed; force closed", logged=L21)
f("powers", BWV_2021.split("\nprovide external")[0], "Open - on track", "pw_3", CO,
  "missing bullet: force text stops after the second part; the third ('provide external "
  "scrutiny panel members with access to samples of BWV footage') is not tracked",
  logged=L21)
f("powers", nat("powers", 3), "N/A - national body", "pw_4", CS,
  "force marks it not for the force (Home Office/NPCC) = done; HMICFRS Awaiting review",
  logged=L21, update="Not the force's responsibility to deliver; dependent upon another "
  "organisation. Query with FLL.", lead="Head of Corporate Development")
f("powers", nat("powers", 4), "Closed by HMICFRS", "pw_5", IS, "closed both sides",
  logged=L21)
# --- PEEL 2021/22 (logged 01/08/2022) ---------------------------------------------------
L22 = D(2022, 8, 1)
f("p21", HBY["p21_1"]["text"], "Closed by HMICFRS", "p21_1", IS, "closed both sides",
  logged=L22, lead="Ch Supt Public Protection")
f("p21", HBY["p21_2"]["text"], "Open - off track", "p21_2", IS, "open both sides", logged=L22, lead="Det Ch Supt Force CID")
f("p21", HBY["p21_3"]["text"], "Submitted to HMICFRS", "p21_3", CS,
  "HMICFRS Being progressed; force submitted", logged=L22, lead="Head of Criminal Justice")
f("p21", HBY["p21_4"]["text"], "Open", "p21_4", CL,
  "HMICFRS Superseded by PEEL 2023/25; force still open", logged=L22, lead="ACC Local Policing")
f("p21", HBY["p21_5"]["text"], "Complete - BAU", "p21_5", CS,
  "HMICFRS Being progressed; force complete", logged=L22, lead="Supt Contact Centre")
f("p21", HBY["p21_6"]["text"], "Open - on track", "p21_6", CL,
  "HMICFRS Complete; force open", logged=L22, lead="Det Ch Supt Force CID")
# --- custody 2022 (logged 25/08/2022) ----------------------------------------------------
f("custody", straight(CUSTODY_CHILDREN).replace("• ", "\n• ").replace(";•", ";\n•")
  .replace("and•", "and\n•"), "Open - on track", "custody", IS,
  "open both sides; bullets put on new lines", logged=D(2022, 8, 25), lead="Ch Insp Custody",
  board="Public Protection Board")
# --- JAC action (logged 15/03/2023) -------------------------------------------------------
F.append(dict(logged=D(2023, 3, 15), insp="JAC 14/03/23", published=None, source="Force local",
              type="Local action", id=None,
              text="JAC action 23/04: Inspection Liaison to reconcile this log with the HMICFRS "
                   "monitoring portal before each JAC and report exceptions.",
              lead="Head of Corporate Development", board="Joint Audit Committee",
              update="Reconciliation done Jun 23, Nov 23, Mar 24, Nov 24. Next due Dec 25.",
              status="Open", closed=None,
              truth=(None, NO, "force's own JAC action, not an HMICFRS item")))
# --- PEEL 2023/25: hot debrief 17/11/2023 --------------------------------------------------
LD = D(2023, 11, 17)
DEB = dict(logged=LD, source="Hot debrief")
f("p23", "HMI verbal feedback: investigation standards likely to be a cause of concern - not "
  "enough capacity/capability in CID and response to investigate well; victims let down.",
  "Open - off track", "p23_coc", IS,
  "debrief note re-pointed at the published CoC (ID added, type CoC); open both sides",
  **DEB, ftype="CoC", lead="Det Ch Supt Force CID", board="Crime Standards Board",
  update="Published as cause of concern in final report 18/04/24 - ID added. Investigation "
         "Standards Improvement Plan in place; HMICFRS revisit expected 2026.")
f("p23", "Debrief: control room resourcing - HMI not assured FCR can meet demand with current "
  "staffing model; call handler wellbeing raised.", "Submitted to HMICFRS", "p23_cr", CS,
  "debrief note re-pointed at the published AFI (ID added); force submitted, HMICFRS open",
  **DEB, ftype="AFI", lead="Supt Contact Centre", board="Contact Management Board",
  update="Published as AFI (final report p.31), ID added 22/04/24. New resourcing model live "
         "Jan 25; closure evidence sent to FLL 14/08/25.", closed=D(2025, 8, 14))
f("p23", "Debrief: county lines intelligence - logs waiting weeks for development; HMI not "
  "assured intel on county lines is assessed and acted on.", "Complete - BAU", "p23_cl", CS,
  "debrief note, no ID ever added; by meaning it is the county lines intelligence AFI 13655; "
  "force complete, HMICFRS open", **DEB, ftype="AFI", fid=None, published="TBC",
  lead="Head of Intelligence", board="Crime Standards Board",
  update="Became an AFI in the published report. Intel backlog cleared Aug 24; now BAU in "
         "Intel Hub daily tasking.")
f("p23", "Debrief: custody - detainee risk assessments not always reviewed at shift handover.",
  "Closed - not in final report", None, NO,
  "debrief point that never became a published finding", **DEB, ftype="Debrief point",
  fid=None, published=None, lead="Ch Insp Custody", board="Public Protection Board",
  update="Not in published report. Handover checklist amended anyway (Jan 24).", closed=D(2024, 4, 22))
f("p23", "Debrief: PCSOs regularly abstracted to cover response - HMI questioned impact on "
  "neighbourhood problem solving.", "Retained as local action", None, NO,
  "debrief point not published; kept by the force as its own action", **DEB,
  ftype="Debrief point", fid=None, published=None, lead="ACC Local Policing",
  board="Force Improvement Board",
  update="Not an AFI in final report. Retained locally - abstraction data to FIB quarterly.")
# --- PEEL 2023/25: draft report for factual accuracy check, 26/02/2024 --------------------
LF = D(2024, 2, 26)
FAC = dict(logged=LF, source="Draft report (FAC)", fid=None, published="Draft rec'd 26/02/24")
f("p23", "Within six months, the force should improve the supervision of investigations, so "
  "that investigation plans are set, reviewed and recorded and victims receive a consistently "
  "good service.", "Open - on track", "p23_rec", CO,
  "draft wording never updated: 'Within six months' vs published 'Within three months' "
  "(timescale conflict)", **FAC, ftype="Rec", lead="Det Ch Supt Force CID",
  board="Crime Standards Board")
f("p23", "Within six months, the force should make sure its performance framework gives senior "
  "leaders a clear picture of its response to violence against women and girls.",
  "Open - off track", "p23_vawg", CO,
  "draft had it as a recommendation with a six-month deadline; published as an area for "
  "improvement with no deadline (type and timescale conflict)", **FAC, ftype="Rec (CoC)",
  lead="Ch Supt Public Protection", board="Public Protection Board")
f("p23", "Draft AFI: The force should improve the timeliness of its response to calls for "
  "service involving people with mental ill health.", "Removed at FAC", None, NO,
  "draft finding removed after the force's factual accuracy challenge; never published",
  **FAC, ftype="AFI", lead="Supt Contact Centre", board="Contact Management Board",
  update="Force FAC challenge accepted by HMICFRS - not in published report. Kept for info.", closed=D(2024, 4, 8))
# --- PEEL 2023/25: published report, logged 22/04/2024 -----------------------------------
LP = D(2024, 4, 22)
f("p23", HBY["p23_da"]["text"], "Open - on track", "p23_da", IS, "open both sides", logged=LP, lead="Ch Supt Public Protection")
f("p23", HBY["p23_va"]["text"], "Open", "p23_va", CL,
  "HMICFRS Complete (closed after revisit); force still open", logged=LP, lead="Ch Supt Public Protection")
f("p23", HBY["p23_hate"]["text"], "Open - on track", "p23_hate", IS, "open both sides",
  logged=LP, lead="ACC Local Policing")
f("p21", HBY["p23_asb"]["text"], "Open - on track", "p23_asb", CO,
  "report conflict: force filed the PEEL 2023/25 ASB AFI (ID 13658) under PEEL 2021-22 with "
  "published 22/07/2022", logged=LP, lead="ACC Local Policing",
  published=D(2022, 7, 22),
  update="Carried forward from PEEL 2021-22 (similar ASB finding). ASB problem-solving plan "
         "with district councils.")
# --- local actions ------------------------------------------------------------------------
F.append(dict(logged=D(2024, 6, 5), insp="PEEL Eff 16", published=None, source="Force local",
              type="Local action", id=None,
              text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and "
                   "report findings to the Crime Standards Board",
              lead="Ch Supt Public Protection", board="Crime Standards Board",
              update="Q1 and Q2 24/25 done. Supports 7014 (victim engagement).",
              status="Open - on track", closed=None,
              truth=(None, NO, "force's own local action (mentions 7014 only in its update)")))
F.append(dict(logged=D(2024, 9, 2), insp="Firearms licensing 2015", published=None,
              source="Force local", type="Local action", id=None,
              text="Internal audit action: Internal audit of the firearms licensing governance "
                   "arrangements (audit plan 2024/25)",
              lead="Supt Firearms Licensing", board="Joint Audit Committee",
              update="Fieldwork complete; final report with 2 medium actions.",
              status="Complete - BAU", closed=D(2025, 3, 31),
              truth=(None, NO, "internal audit action, not an HMICFRS item")))

# items HMICFRS holds that the log never had
MISSING = {"aus_2": "national austerity rec (collaboration <10%) never logged",
           "sf_7": "MSHT preventative powers rec never logged",
           "legit17_3": "PEEL legitimacy 2017 team cultures AFI never logged",
           "p23_stalk": "published PEEL 2023/25 AFI that was neither in the debrief nor the "
                        "draft and was never added"}

# ----------------------------------------------------------------------------------------
# write files
# ----------------------------------------------------------------------------------------
FIXED = D(2025, 11, 21, 9, 0, 0)


def write_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Recommendation ID", "Force", "Report", "Publication date", "Type",
                "Recommendation", "Status", "Status last changed", "Comment"])
    for r in H:
        w.writerow([r["id"], FORCE, REPORTS[r["rep"]][0], REPORTS[r["rep"]][1].strftime(
            "%d/%m/%Y"), r["type"], r["text"], r["status"], r["sdate"].strftime("%d/%m/%Y"),
                    r["comment"]])
    (OUT / "hmicfrs.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


HEAD = ["Log No", "Date logged", "Inspection", "Published", "Source", "Type", "HMICFRS ID",
        "Finding / recommendation (as logged)", "Lead", "Board", "Latest update", "Status",
        "Date closed"]
HDR_ROW = 5


def write_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Findings Log"
    ws["A1"] = "GLOUCESTERSHIRE CONSTABULARY - INSPECTION FINDINGS LOG (HMICFRS)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Findings logged at hot debrief, draft report (factual accuracy check) and "
                "publication. Owner: Inspection & Audit Liaison Officer, Strategy & "
                "Performance.")
    ws["A3"] = "Position as at 21/11/2025 - for Joint Audit Committee 10/12/2025"
    ws["A3"].font = Font(italic=True)
    for c, name in enumerate(HEAD, 1):
        cell = ws.cell(HDR_ROW, c, name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [9, 12, 24, 13, 17, 11, 11, 70, 22, 22, 50, 22, 12]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    truth_rows = []
    row = HDR_ROW + 1
    for n, r in enumerate(F, 1):
        vals = [f"IFL-{n:03d}", r["logged"], r["insp"], r["published"], r["source"], r["type"],
                r["id"], r["text"], r["lead"], r["board"], r["update"], r["status"],
                r["closed"]]
        # a few IDs typed as text with a trailing space (pasted from the portal)
        if r["id"] is not None and n in (14, 33, 61):
            vals[6] = f"{r['id']} "
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if r["source"] in ("Hot debrief", "Draft report (FAC)"):
                cell.font = Font(italic=True)
        truth_rows.append((f"Findings Log!{row}", r["truth"]))
        row += 1
    last = row - 1
    ws.auto_filter.ref = f"A{HDR_ROW}:M{last}"
    ws.freeze_panes = f"A{HDR_ROW + 1}"
    notes = [
        "Notes:",
        "1. Log numbers are never reused. Do not delete rows - closed rows stay for the audit "
        "trail.",
        "2. Debrief and draft (FAC) rows are in italics. When the report is published add the "
        "HMICFRS ID to the row if the finding survived; otherwise close it or keep it as a "
        "local action.",
        "3. Rows migrated from the 2017 spreadsheet on 01/04/2019 carry that date as 'Date "
        "logged'.",
    ]
    for i, t in enumerate(notes):
        ws.cell(last + 2 + i, 1, t).font = Font(italic=True, size=9)
    lk = wb.create_sheet("Lookups")
    lists = {
        "Source": ["Hot debrief", "Draft report (FAC)", "Published report", "National report",
                   "Force local"],
        "Type": ["CoC", "Rec", "Rec (CoC)", "AFI", "National rec", "Debrief point",
                 "Local action"],
        "Status": ["Not started", "Open", "Open - on track", "Open - off track",
                   "Submitted to HMICFRS", "Closed - FIB approved", "Closed by HMICFRS",
                   "Complete - BAU", "N/A - national body", "Retained as local action",
                   "Closed - not in final report", "Removed at FAC"],
        "Board": sorted(set(BOARDS) | {"Joint Audit Committee"}),
    }
    for c, (k, vs) in enumerate(lists.items(), 1):
        lk.cell(1, c, k).font = Font(bold=True)
        for i, v in enumerate(vs, 2):
            lk.cell(i, c, v)
    wb.properties.creator = "Inspection & Audit Liaison"
    wb.properties.created = FIXED
    path = OUT / "tracker.xlsx"
    wb.save(path)
    normalise_zip(path)
    return truth_rows


def normalise_zip(path):
    """Make the xlsx byte-for-byte reproducible: fixed zip times and core.xml dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    OUT.mkdir(exist_ok=True)
    write_csv()
    truth_rows = write_xlsx()
    lines = []
    used = set()
    for frow, (hkey, cat, why) in truth_rows:
        lines.append((HROW[hkey] if hkey else "", frow, cat, why))
        if hkey:
            used.add(hkey)
    for hkey, why in MISSING.items():
        assert hkey not in used
        lines.append((HROW[hkey], "", "missing_from_force", why))
        used.add(hkey)
    assert used == set(HBY), set(HBY) - used
    lines.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10_000,
                              int(t[1].split("!")[1]) if t[1] else 0))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
