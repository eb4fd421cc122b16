"""Build the `ilo_liaison_log` evaluation case (round 49, forcefree6).

HMICFRS side: a plain register export (CSV, one row per register item, register statuses
`awaiting-review` / `being-progressed` / `complete`, ordinal dates, closure comments).
Force side: an Inspection Liaison Officer's log (xlsx), one row per item in the order received,
lifecycle stage "Awaiting allocation -> In progress -> Pending sign off -> Closed".

Run:  /work/main/.venv/bin/python build_ilo_liaison_log.py
Rebuilds ilo_liaison_log/ byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  real public HMICFRS texts
    BODIES, BWV_2021, CAUSES, EVERYONE_PLAN, FIREARMS, NATIONAL, SAS_MONITORING_2017,
    SF_LEADERSHIP, TOPIC_BODIES,
)

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

SEED = 4906
CASE = "ilo_liaison_log"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Lincolnshire Police"
SHEET = "ILO Log"
HM_FILE = "hmicfrs.csv"
EXPORT_DATE = dt.date(2024, 10, 14)
LOG_REVIEWED = dt.date(2024, 9, 30)

rng = random.Random(SEED)

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")
FTYPE = {NAT: "Nat rec", REC: "Rec", AFI: "AFI", COC: "CoC"}

# ---------------------------------------------------------------- reports
# key -> (register title, publication date, ILO's own name for it)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Policing in Austerity 2014"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Core Business 2014"),
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 11, 18), "CDI 2014"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop & Search powers 2 (2015)"),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 2016"),
    "effect16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 2017 - national"),
    "leg17n": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legitimacy 2017 - national (S&S)"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               dt.date(2018, 8, 21), "Custody 2018 (HMICFRS/HMIP)"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
               "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12),
               "PEEL 2021/22"),
    "jac": (None, dt.date(2023, 7, 18), "JAC 18/07/2023"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 6, 20),
               "PEEL 2023/24"),
}


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def topic(i: int, t: str) -> str:
    return "The force should " + TOPIC_BODIES[i].format(t=t) + "."


# ---------------------------------------------------------------- items
# Each item: report, HMICFRS type, HMICFRS text, HMICFRS status ('complete' / 'being-progressed'
# / 'awaiting-review' / None = not on the register), force stage (None = not in the log),
# optional: ftext (the ILO's wording), ftype, fid (ID written in the log), conflict (why),
# split (list of (suffix, text, stage)), comment (closure comment kind), why.
I: list[dict] = []


def item(report, htype, text, hst, stage, **kw):
    d = dict(report=report, htype=htype, text=text, hst=hst, stage=stage)
    d.update(kw)
    I.append(d)


C, BP, AR = "complete", "being-progressed", "awaiting-review"
CL, IP, PS, AA, OH, CS = ("Closed", "In progress", "Pending sign off", "Awaiting allocation",
                          "On hold", "Closed - superseded")

# --- national, all-forces reports
item("sas13", NAT, nat("sas13", 0), C, CL)
item("sas13", NAT, nat("sas13", 1), C, CL)
item("sas13", NAT, nat("sas13", 2), C, IP)
item("everyone", NAT, EVERYONE_PLAN, C, CL, comment="superseded")
item("austerity", NAT, nat("austerity", 0), C, CL,
     ftext="Review savings plans to make sure the force is doing all it can to continue to reduce "
           "crime & protect the front line while balancing the budget (use HMIC VfM profiles).")
item("austerity", NAT, nat("austerity", 1), BP, None, comment="reviewing")
item("austerity", NAT, nat("austerity", 2), C, CL)
item("austerity", NAT, nat("austerity", 3), C, IP)
item("core", NAT, nat("core", 0), BP, CS, comment="reviewing")
item("core", NAT, nat("core", 1), C, IP, comment="superseded")
item("integrity", NAT, nat("integrity", 0), C, CL)
item("sas15", NAT, nat("sas15", 0), C, CL)
item("picture", NAT, nat("picture", 0), BP, IP)
item("firearms", NAT, nat("firearms", 0), C, CL)
item("firearms", NAT, FIREARMS, C, CL,
     ftext="Within 3 months assess the demand on the Firearms Licensing Dept & ensure it has the "
           "capacity to meet demand and provide an efficient & effective service at all times.")
item("firearms", NAT, nat("firearms", 2), BP, CL)
item("firearms", NAT, nat("firearms", 3), C, IP)
item("firearms", NAT, nat("firearms", 4), BP, None)
SF_BULLETS = [b.strip().rstrip(";").removesuffix(" and").rstrip(";").rstrip(".")
              for b in SF_LEADERSHIP.split("•")[1:]]
item("stolen", NAT, SF_LEADERSHIP, BP, None, split=[
    ("a", "MSHT leadership & governance review (within twelve months) - part 1: "
          + SF_BULLETS[0] + ".", CL),
    ("b", "MSHT leadership & governance review (within twelve months) - part 2: "
          + SF_BULLETS[1] + ".", CL),
    ("c", "MSHT leadership & governance review (within twelve months) - part 3: "
          + SF_BULLETS[2] + ".", CL),
    ("d", "MSHT leadership & governance review (within twelve months) - part 4: "
          + SF_BULLETS[3] + ".", PS),
])
item("stolen", NAT, nat("stolen", 1), BP, IP,
     ftext="Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible.",
     conflict="timescale: register says 'Within six months', the log says 'Within twelve months'")
item("stolen", NAT, nat("stolen", 2), C, CL)
item("stolen", NAT, nat("stolen", 3), BP, PS)
item("stolen", NAT, nat("stolen", 4), BP, IP)
item("stolen", NAT, nat("stolen", 5), C, IP)
item("stolen", NAT, nat("stolen", 6), BP, IP)
item("efc17", NAT, nat("efc17", 0), C, CL)
item("leg17n", COC, nat("leg17", 0), C, CL,
     ftext="CoC - S&S: force cannot demonstrate that use of S&S powers is consistently reasonable "
           "and fair; over-representation of BAME people (black people in particular) in S&S "
           "data not explained.")
item("leg17n", NAT, SAS_MONITORING_2017, BP, IP)
item("leg17n", NAT, nat("leg17", 2), BP, CL)
item("leg17n", NAT, nat("leg17", 3), C, IP)
item("leg17n", NAT, nat("leg17", 4), C, CL)
item("powers", NAT, nat("powers", 0), BP, IP)
item("powers", NAT, nat("powers", 1), BP, PS)
item("powers", NAT, BWV_2021, BP, IP,
     ftext="By Sept 2021 forces should: (1) ensure officers record on BWV (when available) the "
           "entirety of all S&S encounters, incl. traffic stops & use of force incidents; "
           "(2) have a structured process for regularly reviewing & monitoring internally a "
           "sufficient sample of BWV footage to identify & disseminate learning and hold officers "
           "to account; (3) give external scrutiny panel members access to samples of BWV footage "
           "of S&S encounters & use of force incidents, taking account of the safeguards in the "
           "CoP APP.")
item("powers", NAT, nat("powers", 4), C, IP)
# directed at the Home Office and the NPCC: never on a force's register
item("powers", NAT, nat("powers", 3), None, "Not for force", applies="N - Home Office / NPCC",
     why="directed at the Home Office and the NPCC; the log keeps it for information, the force "
         "register does not hold it")

# --- force-level reports
item("eff16", AFI, "The force should " + BODIES[11] + ".", C, CL)
item("eff16", AFI, "The force should " + BODIES[12] + ".", C, IP,
     ftext="Develop understanding of the links between outcomes, outputs and costs.")
item("eff16", AFI, "The force should " + BODIES[13] + ".", BP, CL)
item("effect16", COC, CAUSES[0], C, CL)
item("effect16", REC, "Immediately, the force should " + BODIES[41] + ".", C, CL)
item("effect16", REC, "Within three months, the force should " + BODIES[16] + ".", BP, CL)
item("effect16", REC, "Within six months the force should " + BODIES[17] + ".", BP, IP)
item("effect16", AFI, "The force should " + BODIES[5] + ".", C, IP)
item("effect16", AFI, "The force should " + BODIES[6] + ".", BP, None)
item("effect16", AFI, "The force should " + BODIES[7] + ".", C, CL)
item("effect16", None, None, None, CL, ftype="Local action",
     ftext="Force action - Task & Finish group to review the domestic abuse policy (officer "
           "discretion on DASH) and report to the Force Executive Team.",
     why="the force's own action arising from the DA cause of concern; not an HMICFRS item")
item("leg17", COC, CAUSES[4].format(force=FORCE), C, CL)
item("leg17", REC, "Within six months the force should " + BODIES[15] + ".", C, CL)
item("leg17", AFI, "The force should " + BODIES[27] + ".", BP, PS)
item("leg17", AFI, "The force should " + BODIES[28] + ".", C, IP)
item("leg17", AFI, "The force should " + BODIES[58] + ".", BP, IP)
item("ncpi18", REC, "Within three months, the force should " + BODIES[19] + ".", BP, IP)
item("ncpi18", AFI, "The force should " + BODIES[1] + ".", C, CL)
item("cust18", REC, "The force should, " + BODIES[35] + ".", BP, IP,
     ftext="In conjunction with children's social care services, review how the force manages "
           "the detention of children. As a minimum:\n"
           "- children only detained when absolutely necessary and for the absolute minimum "
           "amount of time;\n"
           "- custody staff assess at an early stage a child's need for alternative accommodation "
           "(secure or otherwise) and work with CSC to achieve the most appropriate option;\n"
           "- custody staff record all actions taken and decisions made on the relevant "
           "documentation;\n"
           "- improve timeliness of appropriate adult support for children who are arrested.")
item("cust18", None, None, None, CL, ftype="Local action",
     ftext="Inspection feedback (hot debrief, not in report): review storage and recording of "
           "detained persons' property at Lincoln custody suite.",
     why="hot-debrief action the force logged itself; not an HMICFRS item")
item("peel18", REC, "HMIC recommends that within six months the force should: " + BODIES[0] + ";",
     C, CL)
item("peel18", REC, "HMIC recommends that within six months the force should: " + BODIES[2] + ";",
     BP, IP, fid="transpose",
     conflict="reference: the log records HMICFRS ID {fid}, the register item is {hid} (digits "
              "transposed; no register item has {fid})")
item("peel18", AFI, "The force should " + BODIES[51] + ".", BP, IP)
item("peel18", AFI, "The force should " + BODIES[4] + ".", C, CL)
item("cdi19", REC, "HMICFRS recommends that the force should immediately:" + BODIES[8] + ".", BP, CL,
     ftext="HMICFRS recommends that the force should immediately put in place arrangements to "
           "ensure that:\n" + "\n".join(
               "- " + b.strip().removesuffix(" and").rstrip(";")
               for b in BODIES[8].split("•")[1:]) + ".")
item("cdi19", AFI, "The force should " + BODIES[14] + ".", C, IP)
item("peel21", AFI, "The force should " + BODIES[21] + ".", BP, CL)
item("peel21", AFI, "The force should " + BODIES[22] + ".", C, CL,
     ftext="Make sure the corporate risk register is actively used to mitigate / manage known "
           "risks.")
item("peel21", AFI, "The force should " + BODIES[23] + ".", BP, IP)
item("peel21", AFI, "The force should " + BODIES[24] + ".", BP, IP)
item("peel21", AFI, "The force should " + BODIES[25] + ".", C, IP)
item("peel21", AFI, "The force should " + BODIES[26] + ".", BP, PS)
item("peel21", AFI, "The force should " + BODIES[29] + ".", BP, IP, ftype="Rec",
     conflict="type: the register has an area for improvement, the log records a recommendation")
item("peel21", AFI, "The force should " + BODIES[30] + ".", BP, IP)
item("peel21", AFI, "The force should " + BODIES[40] + ".", BP, CL)
item("peel21", AFI, "The force should " + BODIES[55] + ".", C, CL)
item("peel21", AFI, "The force should " + BODIES[56] + ".", BP, OH)
item("peel21", AFI, topic(0, "violence against women and girls"), BP, IP)
item("peel21", AFI, topic(12, "rape and serious sexual offences"), C, IP)
item("peel21", AFI, topic(11, "people with mental ill health"), BP, CL)
item("peel21", None, None, None, IP, ftype="Local action",
     ftext="PEEL 2021/22 debrief: refresh the VAWG problem profile and add it to the control "
           "strategy.",
     why="the force's own action from the PEEL debrief (sits beside the VAWG AFI, which is "
         "logged separately); not an HMICFRS item")
item("jac", None, None, None, IP, ftype="Local action",
     ftext="JAC action 2023/07: Strategic Development to present the HMICFRS log to JAC twice a "
           "year with a list of items proposed for closure.",
     why="Joint Audit Committee action on the log itself; not an HMICFRS item")
item("peel23", AFI, topic(9, "county lines drug dealing"), AR, AA)
item("peel23", AFI, topic(8, "stalking and harassment"), AR, IP)
item("peel23", AFI, topic(12, "fraud"), AR, None)
item("peel23", AFI, topic(3, "repeat victims"), AR, None)
item("peel23", AFI, topic(5, "hate crime"), BP, IP)
item("peel23", AFI, topic(7, "serious and organised crime"), BP, AA)
item("peel23", AFI, topic(14, "online child sexual abuse"), BP, IP)
item("peel23", AFI, topic(13, "neighbourhood crime"), BP, PS)
# a CDI 2014 recommendation the log still holds; the register export does not list it
item("cdi14", REC, None, None, CL, ftype="Rec",
     ftext="HMIC recommends that the force should immediately: make sure it records reports of "
           "rape and serious sexual offences accurately and without delay.",
     why="CDI 2014 recommendation closed by the force in 2015; the register export does not "
         "list it (already closed and archived by HMICFRS, or never registered) - query it")

# ---------------------------------------------------------------- HMICFRS register
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def clamp(d: dt.date, hi: dt.date) -> dt.date:
    return min(d, hi)


COMMENTS = {
    "new": "New recommendation",
    "monitor": "The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.",
    "reviewing": "The status of this recommendation is currently being reviewed by HMIC and will "
                 "be updated when this review is complete.",
    "complete": "This recommendation is complete",
    "authorised": "Authorised for closure on the basis of the additional observations offered by "
                  "members of the inspection team in recent inspection activity.",
    "superseded": "This area of activity has subsequently been inspected in HMIC's PEEL "
                  "Effectiveness inspections. Where a cause of concern still exists this will "
                  "appear in the register against these subsequent inspections.",
}

order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
next_id = 1180
ids: dict[int, int] = {}
for rk in order:
    next_id += rng.randint(180, 900)
    for n, it in enumerate(I):
        if it["report"] == rk and it["hst"]:
            ids[n] = next_id
            next_id += rng.randint(1, 3)

hm_rows = []  # (n, dict)
for n, it in enumerate(I):
    if not it["hst"]:
        continue
    title, pub, _ = REPORTS[it["report"]]
    if it["hst"] == AR:
        sdate, com = pub + dt.timedelta(days=rng.randint(3, 12)), COMMENTS["new"]
    elif it["hst"] == BP:
        sdate = clamp(pub + dt.timedelta(days=rng.randint(40, 900)), EXPORT_DATE)
        com = COMMENTS[it.get("comment", "monitor")]
    else:
        lo = pub + dt.timedelta(days=300)
        sdate = clamp(lo + dt.timedelta(days=rng.randint(0, 1500)), dt.date(2024, 7, 31))
        com = COMMENTS[it.get("comment") or rng.choice(["complete", "complete", "authorised"])]
    it["hdate"] = sdate
    hm_rows.append((n, {
        "ID": ids[n], "Force": FORCE, "Report": title, "Published": ordinal(pub),
        "Type": it["htype"], "Recommendation": it["text"], "Status": it["hst"],
        "Status date": ordinal(sdate), "Comment": com,
    }))
hm_rows.sort(key=lambda r: (REPORTS[I[r[0]]["report"]][1], r[1]["ID"]))
hm_rowid = {n: f"{HM_FILE}!{i + 2}" for i, (n, _) in enumerate(hm_rows)}

# ---------------------------------------------------------------- force log
# nominated owner by what the item is about, and the chief officer whose portfolio owns it
OWNER_RULES = [
    (r"firearm|licensing records", "Firearms Licensing Manager"),
    (r"custody|detention of children|detained persons", "Ch Insp Custody"),
    (r"senior leaders prioritise|partnership arrangements", "D/Supt Public Protection"),
    (r"performance and quality assurance", "Head of Strategic Development"),
    (r"slavery|MSHT|NRM|section 45|information-sharing", "DI Modern Slavery SPOC"),
    (r"stop and search|S&S|body-worn|BWV|use of force|communication skills|BAME|disparit|"
     r"this analysis", "Insp Stop & Search lead"),
    (r"crime-record|records reports|record.* accurately|victims are believed|recorded and "
     r"subsequently", "Force Crime Registrar"),
    (r"domestic abuse|DASH|\bDA\b|missing|vulnerab|stalking|rape|sex offenders|online child|"
     r"violence against women|VAWG", "D/Supt Public Protection"),
    (r"vetting|misconduct|whistleblowing|raise concerns|raised concerns|background checks|"
     r"cautions", "Head of Professional Standards"),
    (r"savings|costs|collaboration|value for money|front line", "Head of Finance"),
    (r"control room|call-handlers|mental ill health", "Ch Insp Force Control Room"),
    (r"investigat|supervision|digital evidence|released under|organised crime", "D/Ch Supt Crime"),
    (r"workforce|diversity|skills|team cultures|equality", "Head of People Services"),
    (r"demand", "Ch Insp Force Control Room"),
    (r"information management", "Head of Information Management"),
    (r"neighbourhood|prevention|county lines|hate crime", "Supt Local Policing"),
    (r"", "Head of Strategic Development"),
]
OWNER_LEAD = {
    "Firearms Licensing Manager": "ACC Operations", "Ch Insp Custody": "ACC Crime",
    "D/Supt Public Protection": "ACC Crime", "DI Modern Slavery SPOC": "ACC Crime",
    "Insp Stop & Search lead": "ACC Operations", "Force Crime Registrar": "DCC",
    "Head of Professional Standards": "DCC", "Head of Finance": "Chief Officer (Resources)",
    "Head of People Services": "Chief Officer (Resources)",
    "Ch Insp Force Control Room": "ACC Operations", "Head of Information Management": "DCC",
    "D/Ch Supt Crime": "ACC Crime", "Supt Local Policing": "ACC Operations",
    "Head of Strategic Development": "DCC",
}


def owner_for(text: str) -> str:
    for pat, who in OWNER_RULES:
        if re.search(pat, text, flags=re.I):
            return who
    raise AssertionError


OPEN_UPD = [
    "Owner return received. Revised policy in draft; due at Force Executive Board next quarter.",
    "Task & Finish group set up and project plan agreed. Next owner return due end of quarter.",
    "No owner return this quarter - chased by ILO.",
    "Work ongoing. Dip-sample of 50 cases planned to evidence improvement.",
    "Reallocated to new owner following restructure; completion date revised.",
    "Partly addressed through the force change programme; training package still to be "
    "delivered.",
    "Work undertaken in area but still requires development to complete.",
    "Awaiting go-live of the new records system before this can be evidenced.",
]
CLOSED_UPD = [
    "Evidence pack compiled and signed off by chief officer lead. Submitted to HMICFRS for "
    "closure.",
    "New policy published and audit completed; signed off at Force Executive Board.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Closed at Organisational Learning Board; evidence held on the ILO SharePoint site.",
]
PEND_UPD = [
    "Owner proposes closure; evidence pack with chief officer lead for sign off.",
    "Ready to move to Closed. Awaiting sign off at next Force Executive Board.",
    "Pending sign off by the chief officer lead.",
]

ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"body-worn video", "BWV"),
        (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
        (r"officers and staff", "officers & staff"), (r"within six months", "within 6 months"),
        (r"Within three months", "Within 3 months")]


def ilo_text(it: dict) -> str:
    if it.get("ftext"):
        return it["ftext"]
    t = it["text"]
    v = rng.choice(["verbatim", "verbatim", "verbatim", "abbrev", "quotes"])
    if v == "abbrev":
        for a, b in ABBR:
            t = re.sub(a, lambda m, b=b: b if m.group(0)[0].islower() or not b[0].islower()
                       else b[0].upper() + b[1:], t, flags=re.I)
    elif v == "quotes":
        t = t.replace("’", "'").replace("“", '"').replace("”", '"')
    t = t.replace(" 86 ", " ")          # the register's stray footnote digit, not in the log
    t = t.rstrip()
    if t.endswith(";"):
        t = t[:-1].rstrip() + "."
    return t


def dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%y")


RECEIVED = {k: v[1] + dt.timedelta(days=rng.randint(0, 6)) for k, v in REPORTS.items()}
frows = []  # one dict per log row (incl. split rows)
for n, it in enumerate(I):
    if it["stage"] is None and not it.get("split"):
        continue
    _, pub, src = REPORTS[it["report"]]
    recv = RECEIVED[it["report"]]
    parts = it.get("split") or [("", None, it["stage"])]
    for suf, ptext, stage in parts:
        owner = owner_for(ptext or it.get("ftext") or it["text"])
        lead = OWNER_LEAD[owner]
        r = dict(n=n, recv=recv, src=src, lead=lead, owner=owner, stage=stage, suf=suf)
        if it["report"] == "peel21" and rng.random() < 0.35:
            r["src"] = "PEEL 21-22"            # a second ILO's naming habit
        r["ftype"] = it.get("ftype") or FTYPE[it["htype"]]
        r["text"] = ptext or ilo_text(it)
        r["applies"] = it.get("applies", "Y")
        # HMICFRS ID as the ILO recorded it
        hid = ids.get(n)
        fid = None
        if hid:
            if recv >= dt.date(2018, 1, 1):
                fid = hid if rng.random() < 0.9 else None
            else:
                fid = hid if rng.random() < 0.25 else None
            if it.get("fid") == "transpose":
                s = str(hid)
                fid = int(s[:-2] + s[-1] + s[-2])
                assert fid not in ids.values() and fid != hid
                it["conflict"] = it["conflict"].format(fid=fid, hid=hid)
        if it.get("split"):
            fid = hid
        r["fid"] = fid
        alloc = None if stage in (AA, "Not for force") else \
            recv + dt.timedelta(days=rng.randint(7, 40))
        if alloc is None:
            r["owner"] = None                  # nobody nominated yet / nothing to own
        r["alloc"] = alloc
        # estimated completion (free text, revised dates appended)
        if stage == "Not for force":
            est = "n/a"
        elif rng.random() < 0.12:
            est = "No deadline set by HMICFRS"
        else:
            e1 = pub + dt.timedelta(days=rng.choice([91, 182, 273, 365, 548]))
            est = e1.strftime("%d/%m/%Y")
            if stage in (IP, OH, AA) and e1 < LOG_REVIEWED and it["hst"] != C:
                e2 = clamp(LOG_REVIEWED + dt.timedelta(days=rng.randint(60, 300)),
                           dt.date(2025, 12, 31))
                est += f"; rev. {e2:%d/%m/%Y}"
        r["est"] = est
        hdate = it.get("hdate")
        # update, sign-off and submission, coherent with the stage
        sign_by = sign_on = sub_on = None
        if stage in (CL, CS):
            if it["hst"] == C:                 # both closed: force submitted before HMICFRS closed
                sign_on = hdate - dt.timedelta(days=rng.randint(40, 200))
            elif it["hst"] is None:
                sign_on = clamp(recv + dt.timedelta(days=rng.randint(150, 500)), LOG_REVIEWED)
            else:                              # force closed, HMICFRS still open: recent
                sign_on = LOG_REVIEWED - dt.timedelta(days=rng.randint(10, 200))
            sign_on = max(sign_on, recv + dt.timedelta(days=60))
            sign_by = {"ACC Operations": "ACC Ops", "ACC Crime": "ACC Crime", "DCC": "DCC",
                       "Chief Officer (Resources)": "COR"}[lead]
            sub_on = None if it["hst"] is None and it.get("ftype") == "Local action" else \
                clamp(sign_on + dt.timedelta(days=rng.randint(2, 21)), LOG_REVIEWED)
            upd_d = sign_on
            if stage == CS:
                upd = ("Superseded - this area has since been inspected in the PEEL "
                       "effectiveness inspections. Closed by chief officer lead and submitted "
                       "to HMICFRS asking for closure as superseded.")
            elif it.get("ftype") == "Local action":
                upd = "Action complete; signed off at Force Executive Board. Local action - " \
                      "not submitted to HMICFRS."
            else:
                upd = rng.choice(CLOSED_UPD)
        elif stage == PS:
            upd_d = LOG_REVIEWED - dt.timedelta(days=rng.randint(5, 120))
            upd = rng.choice(PEND_UPD)
        elif stage == AA:
            upd_d, upd = recv + dt.timedelta(days=rng.randint(2, 20)), \
                "Logged. Awaiting allocation at next Force Executive Board."
        elif stage == OH:
            upd_d = LOG_REVIEWED - dt.timedelta(days=rng.randint(30, 150))
            upd = "On hold pending national guidance from the NPCC lead. Review at next board."
        elif stage == "Not for force":
            upd_d = recv + dt.timedelta(days=10)
            upd = ("Directed at the Home Office and the NPCC - not for the force. Logged for "
                   "information only.")
        else:  # in progress
            if it["hst"] == C:                 # stale: last return before HMICFRS closed it
                upd_d = hdate - dt.timedelta(days=rng.randint(30, 400))
            else:
                upd_d = LOG_REVIEWED - dt.timedelta(days=rng.randint(10, 300))
            upd_d = max(upd_d, (alloc or recv) + dt.timedelta(days=20))
            upd = rng.choice(OPEN_UPD)
        upd_d = clamp(upd_d, LOG_REVIEWED)
        r["upd"] = f"{dmy(upd_d)} - {upd}"
        r["sign_by"], r["sign_on"], r["sub_on"] = sign_by, sign_on, sub_on
        frows.append(r)

frows.sort(key=lambda r: (r["recv"], r["n"], r["suf"]))
# ILO log numbers: YY/NNN by year received, split parts suffixed a, b, c
counter: dict[int, int] = {}
last_num: dict[int, str] = {}
for r in frows:
    y = r["recv"].year
    if r["n"] not in last_num:
        counter[y] = counter.get(y, 0) + 1
        last_num[r["n"]] = f"{y % 100:02d}/{counter[y]:03d}"
    r["logno"] = last_num[r["n"]] + r["suf"]

TITLE_ROWS = 4  # title, subtitle, blank, header
for i, r in enumerate(frows):
    r["rowid"] = f"{SHEET}!{TITLE_ROWS + 1 + i}"

# ---------------------------------------------------------------- categories / truth
def category(it: dict, stage: str) -> str:
    if it.get("conflict"):
        return "conflict"
    hopen = it["hst"] in (BP, AR)
    fdone = stage in (CL, CS, PS)
    if hopen and fdone:
        return "closeable_submit"
    if not hopen and not fdone:
        return "closeable_local"
    return "in_sync"


WHY = {
    "in_sync": lambda it, st: ("both open: register " + it["hst"] + ", log '" + st + "'")
    if it["hst"] != C else "both closed: register complete, log '" + st + "'",
    "closeable_submit": lambda it, st: f"register {it['hst']}, log '{st}' (force treats it as "
                                       "done) - submit for closure",
    "closeable_local": lambda it, st: f"register complete, log still '{st}' - close locally",
}

truth = []
for n, it in enumerate(I):
    rows = [r for r in frows if r["n"] == n]
    if it["hst"] is None:
        for r in rows:
            truth.append(("", r["rowid"], "not_on_hmicfrs_list", it["why"]))
        continue
    if not rows:
        truth.append((hm_rowid[n], "", "missing_from_force",
                      f"register {it['hst']} item with no row in the ILO log"))
        continue
    if it.get("split"):
        for r in rows:
            truth.append((hm_rowid[n], r["rowid"], "closeable_submit",
                          f"split part {r['logno']} of one recommendation (one row per bullet); "
                          "all four parts Closed / Pending sign off, register being-progressed"))
        continue
    (r,) = rows
    cat = category(it, r["stage"])
    why = it["conflict"] if cat == "conflict" else WHY[cat](it, r["stage"])
    if it.get("ftext") and cat != "conflict":
        why += "; log wording is the ILO's own (abridged/abbreviated)"
    truth.append((hm_rowid[n], r["rowid"], cat, why))


def rowkey(s: str) -> int:
    return int(s.split("!")[1]) if s else 10**6


truth.sort(key=lambda t: (rowkey(t[0]), rowkey(t[1])))

# ---------------------------------------------------------------- write
os.makedirs(OUT, exist_ok=True)
buf = io.StringIO()
cols = ["ID", "Force", "Report", "Published", "Type", "Recommendation", "Status", "Status date",
        "Comment"]
w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\r\n")
w.writeheader()
for _, d in hm_rows:
    w.writerow(d)
with open(os.path.join(OUT, HM_FILE), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())

wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
HEAD = ["Log No.", "Date received", "Source", "HMICFRS ID", "Type", "Applies to force?",
        "Recommendation / AFI (as logged)", "Chief officer lead", "Nominated owner",
        "Date allocated", "Est. completion date / updated", "Stage", "Latest owner update",
        "Signed off by", "Sign-off date", "Submitted to HMICFRS"]
ws.append(["Lincolnshire Police - Inspection Liaison Log: HMICFRS recommendations, causes of "
           "concern and areas for improvement"])
ws.append([f"Maintained by Strategic Development (Inspection Liaison Officer). Log last reviewed "
           f"{LOG_REVIEWED:%d/%m/%Y}. OFFICIAL"])
ws.append([])
ws.append(HEAD)
ws["A1"].font = Font(bold=True, size=14)
ws["A2"].font = Font(italic=True)
hdr_fill = PatternFill("solid", fgColor="1F3864")
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = hdr_fill
    c.alignment = Alignment(wrap_text=True, vertical="top")
for r in frows:
    ws.append([r["logno"], r["recv"], r["src"], r["fid"], r["ftype"], r["applies"], r["text"],
               r["lead"], r["owner"], r["alloc"], r["est"], r["stage"], r["upd"],
               r["sign_by"], r["sign_on"], r["sub_on"]])
last = ws.max_row
for row in ws.iter_rows(min_row=5, max_row=last):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(c.value, dt.date):
            c.number_format = "dd/mm/yyyy"
ws.append([])
notes = [
    "Stage key:",
    "Awaiting allocation - logged by ILO, no nominated owner yet.",
    "In progress - allocated to a nominated owner; owner returns due quarterly.",
    "Pending sign off - owner proposes closure; evidence pack with the chief officer lead.",
    "Closed - signed off by the chief officer lead and submitted to HMICFRS (local actions are "
    "closed internally and not submitted). Closed - superseded: closed by the force as "
    "overtaken by a later inspection.",
    "On hold - paused pending national guidance. Not for force - directed at a national body, "
    "logged for information only.",
]
for t in notes:
    ws.append([t])
ws.cell(last + 2, 1).font = Font(bold=True)
for col, wdt in zip("ABCDEFGHIJKLMNOP", [9, 12, 26, 11, 11, 12, 70, 20, 26, 12, 22, 17, 55,
                                        11, 12, 13]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
ws.auto_filter.ref = f"A4:P{last}"
fixed = dt.datetime(2024, 9, 30, 16, 5, 0)
wb.properties.creator = "Strategic Development"
wb.properties.created = fixed
wb.properties.modified = fixed
raw = io.BytesIO()
wb.save(raw)
# re-zip with fixed member timestamps so the workbook rebuilds byte for byte
src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
with zipfile.ZipFile(os.path.join(OUT, "tracker.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-09-30T16:05:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 30, 16, 5, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    tw = csv.writer(f, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(truth)

from collections import Counter  # noqa: E402
cnt = Counter(t[2] for t in truth)
print("hmicfrs items:", len(hm_rows), "log rows:", len(frows), "truth lines:", len(truth))
print(dict(sorted(cnt.items())))
