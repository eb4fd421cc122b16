"""Build the evaluation case `changes_since_last_list`.

HMICFRS side: the Force Liaison Lead's periodic list for Lincolnshire Police, sent as a
"what has changed since the last list" change report (xlsx): items grouped into movement
sections (new, closed, status changed, amended, no change), with the HMICFRS status at each
of the last three lists side by side.  Force side: a plain force tracker (xlsx).

Run: /work/main/.venv/bin/python build_changes_since_last_list.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
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
    BODIES, CDI_VICTIMS_BODY, NATIONAL, SF_LEADERSHIP, TOPIC_BODIES,
)

SEED = 5611
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = "changes_since_last_list"
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGHBOUR = "Nottinghamshire Police"
L1, L2, L3 = "04/09/2023", "04/12/2023", "11/03/2024"   # the three lists

AFI = "Area for improvement"
REC = "Recommendation"
COC = "Cause of concern"
NAT = "National recommendation"
FTYPE = {AFI: "AFI", REC: "Rec", COC: "CoC", NAT: "National rec"}

# report key -> (HMICFRS title, published, tracker's own name)
REPORTS = {
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Core Business 2014"),
    "austerity": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Policing in Austerity 2014"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop and Search 2013"),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017"),
    "efc17n": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 2017 - national"),
    "leg17n": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police",
               dt.date(2018, 6, 19), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 17),
              "CDI 2019"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 5, 19), "PEEL 2021/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", dt.date(2022, 8, 16), "Custody inspection 2022"),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Lincolnshire "
               "Police", dt.date(2024, 1, 25), "PEEL 2023-25"),
}
ORDER = list(REPORTS)


def body(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].format(area=AREA, neighbour=NEIGHBOUR)


def topic(i: int, t: str) -> str:
    return "The force should " + TOPIC_BODIES[i].format(t=t) + "."


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# ---------------------------------------------------------------- the items
# Each HMICFRS item: section, report key, ref, type, text, (status L1, L2, L3), change date,
# HMICFRS comment, force spec.  Force spec: None (not tracked), or dict with
#   st: "open"/"done", cat, why, and optional ftext / ftype / fref / freport / split (list of
#   row texts).
NOT_ON = "Not on list"
ITEMS: list[dict] = []


def item(sec, rep, ref, typ, text, hist, when, comment, force, cat, why):
    ITEMS.append(dict(sec=sec, rep=rep, ref=ref, typ=typ, text=text, hist=hist, when=when,
                      comment=comment, force=force, cat=cat, why=why))


AR, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")
NEWC = "New area for improvement"
SUPER_TXT = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
             "2023–25 inspection. Where a concern still exists this will appear in the "
             "register against the subsequent inspection.")
AUTH_TXT = ("Authorised for closure on the basis of the additional observations offered by "
            "members of the inspection team in recent inspection activity.")
DONE_TXT = "This recommendation is complete"
MON_TXT = ("The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated.")

# --- 1. NEW since the last list (PEEL 2023-25, published 25 January 2024)
peel23 = [
    (AFI, topic(0, "violence against women and girls"), "open", "in_sync"),
    (AFI, topic(12, "people with mental ill health"), "open", "in_sync"),
    (AFI, topic(4, "stalking and harassment"), None, "missing_from_force"),
    (AFI, topic(9, "county lines drug dealing"), "open", "in_sync"),
    (AFI, topic(11, "vulnerable adults"), None, "missing_from_force"),
    (AFI, topic(14, "digital forensics"), "open", "in_sync"),
    (REC, "Within six months, the force should " + body("make sure it has access to accurate")
     + ".", None, "missing_from_force"),
]
for n, (typ, text, st, cat) in enumerate(peel23):
    why = ("new on this list (PEEL 2023-25), Awaiting review; force has added it as open"
           if st else "new on this list, not yet added to the force tracker")
    item("new", "peel23", 14481 + n, typ, text, (NOT_ON, NOT_ON, AR), "25th January 2024",
         "New recommendation" if typ == REC else NEWC,
         None if st is None else dict(st=st), cat, why)

# --- 2. CLOSED since the last list
closed = [
    # rep, ref, type, text, L1, L2, L3, comment, force status, category
    ("everyone", 2321, NAT, nat("everyone", 0), BP, BP, SU, SUPER_TXT, "open", "closeable_local"),
    ("core", 4822, NAT, nat("core", 0), BP, BP, SU, SUPER_TXT, "open", "closeable_local"),
    ("integrity", 902, NAT, nat("integrity", 0), BP, BP, CO, DONE_TXT, "done", "in_sync"),
    ("picture", 4411, NAT, nat("picture", 0), BP, BP, CO, DONE_TXT, "open", "closeable_local"),
    ("firearms", 4931, NAT, nat("firearms", 0), BP, BP, CO, AUTH_TXT, "open", "closeable_local"),
    ("firearms", 4933, NAT, nat("firearms", 2), BP, BP, CO, DONE_TXT, "done", "in_sync"),
    ("eff16", 5812, REC, "Within six months, the force should " + body("ensure regular and active")
     + ".", BP, BP, CO, AUTH_TXT, "open", "closeable_local"),
    ("eff16", 5814, AFI, "The force should " + body("improve its ability to retrieve") + ".",
     BP, BP, NF, "No further action required: superseded by the force's digital forensics "
     "programme, reviewed in PEEL 2023–25.", "open", "closeable_local"),
    ("stolen", 8163, NAT, nat("stolen", 2), BP, BP, CO, DONE_TXT, "open", "closeable_local"),
    ("stolen", 8165, NAT, nat("stolen", 4), BP, BP, CO, DONE_TXT, "done", "in_sync"),
    ("efc17", 8422, AFI, "The force should " + body("develop its understanding of the links")
     + ".", BP, BP, SU, SUPER_TXT, "open", "closeable_local"),
    ("efc17", 8424, AFI, "The force should " + body("develop a future workforce plan") + ".",
     AR, BP, SU, SUPER_TXT, "done", "in_sync"),
    ("leg17n", 8543, NAT, nat("leg17", 3), BP, BP, CO, DONE_TXT, "open", "closeable_local"),
    ("ncpi18", 9104, REC, "Within three months, the force should " +
     body("review its approach to reports of missing children") + ".", BP, BP, CO, AUTH_TXT,
     "split", "closeable_local"),
    ("cdi19", 10242, REC, "Within three months, the force should " +
     body("provide call-handlers with specific") + ".", BP, BP, CO, DONE_TXT, "open",
     "closeable_local"),
    ("cdi19", 10244, AFI, "The force should " + body("improve its use of its crime-recording")
     + ".", AR, BP, CO, DONE_TXT, "done", "in_sync"),
    ("powers", 11871, NAT, nat("powers", 1), BP, BP, CO, DONE_TXT, "open", "closeable_local"),
    ("peel21", 12633, AFI, "The force should " + body("make sure the corporate risk register")
     + ".", BP, BP, CO, DONE_TXT, "open", "closeable_local"),
    ("peel21", 12636, AFI, "The force should " + body("review how it gathers and uses equality")
     + ".", BP, BP, SU, SUPER_TXT, "open", "closeable_local"),
    # added and closed between the two lists: nothing in the two earlier status columns
    ("peel23", 14479, AFI, "The force should " + body("make sure it provides a confidential way")
     + ".", NOT_ON, NOT_ON, CO, "Added and closed in the period: evidence of completion "
     "accepted at the PEEL 2023–25 fieldwork.", "done", "in_sync"),
]
for rep, ref, typ, text, s1, s2, s3, com, st, cat in closed:
    when = rng.choice(["8th January 2024", "19th January 2024", "2nd February 2024",
                       "14th February 2024", "29th February 2024"])
    if st == "split":
        force = dict(st="open", split=[
            "Missing children - call takers understand and use the missing and absent "
            "category appropriately",
            "Missing children - call takers and frontline staff have the necessary knowledge "
            "to identify risk factors associated with child sexual exploitation and how to "
            "respond to such cases",
            "Missing children - supervisors provide the correct oversight of missing person "
            "enquiries and direct appropriate and timely investigative and safeguarding action",
        ])
        why = (f"HMICFRS closed since last list ({s2} -> {s3}); force tracks it as three "
               "bullet rows, all still AMBER")
    else:
        force = dict(st=st)
        if s1 == NOT_ON:
            why = "added and closed between the lists (Complete); force GREEN"
        elif cat == "in_sync":
            why = f"HMICFRS closed since last list ({s2} -> {s3}); force also done"
        else:
            why = (f"HMICFRS closed since last list ({s2} -> {s3}, current column); force "
                   "still open")
    item("closed", rep, ref, typ, text, (s1, s2, s3), when, com, force, cat, why)

# --- 3. STATUS CHANGED, still open (incl. two reopened)
changed = [
    ("stolen", 8166, NAT, nat("stolen", 5), (AR, AR, BP), "open", "in_sync", None),
    ("cdi19", 10245, AFI, "The force should " + body("improve its understanding of suspects")
     + ".", (AR, AR, BP), "done", "closeable_submit", None),
    ("peel21", 12638, AFI, "The force should " + body("put plans in place to monitor") + ".",
     (AR, AR, BP), "open", "in_sync", None),
    ("peel21", 12640, AFI, topic(5, "rape and serious sexual offences"), (AR, AR, BP), "done",
     "closeable_submit", None),
    ("peel21", 12641, AFI, "The force should " +
     body("make sure all processes in place to support performance") + ".", (AR, AR, BP), None,
     "missing_from_force", None),
    ("peel21", 12642, AFI, topic(7, "serious and organised crime"), (AR, AR, BP), "open",
     "in_sync", None),
    # reopened: previous list said Complete
    ("eff16", 5816, AFI, "The force should " + body("consider ways of increasing the use of arrest")
     + ".", (BP, CO, BP), "open", "in_sync", "reopened"),
    ("ncpi18", 9106, REC, "Within six months, the force should " +
     body("take steps to ensure that there is effective supervision of the initial") + ".",
     (CO, CO, BP), "open", "in_sync", "reopened"),
]
for rep, ref, typ, text, hist, st, cat, flag in changed:
    when = rng.choice(["11th January 2024", "26th January 2024", "9th February 2024"])
    com = (MON_TXT if not flag else
           "Reopened: PEEL 2023–25 fieldwork found the improvement has not been sustained.")
    if flag:
        why = (f"reopened ({hist[1]} on last list -> {hist[2]} now); force has reopened it "
               "too (AMBER)")
    elif st is None:
        why = "open on HMICFRS list (status changed, still open); not in force tracker"
    elif cat == "in_sync":
        why = "HMICFRS Awaiting review -> Being progressed (open); force open"
    else:
        why = "HMICFRS still open (Being progressed); force records it done"
    item("changed", rep, ref, typ, text, hist, when, com,
         None if st is None else dict(st=st), cat, why)

# --- 4. AMENDED since the last list (details corrected by HMICFRS)
amended_type_text = "The force should " + body("improve the supervision of investigations") + "."
item("amended", "peel21", 12644, REC, "Within six months, the force should " +
     body("improve the supervision of investigations") + ".", (BP, BP, BP), "16th January 2024",
     "Record amended: type corrected from Area for improvement to Recommendation (linked to "
     "the cause of concern on investigation standards); text now includes the timescale.",
     dict(st="open", ftype=AFI, ftext=amended_type_text), "conflict",
     "HMICFRS amended type AFI -> Recommendation with 'Within six months'; force still holds "
     "the old AFI wording without the timescale")
item("amended", "cust22", 13014, AFI, "The force should " +
     body("in conjunction with children") + ".",
     (AR, BP, BP), "23rd January 2024",
     "Record amended: report corrected – this area for improvement was previously recorded "
     "against PEEL 2021/22 in error.",
     dict(st="open", freport="peel21"), "conflict",
     "HMICFRS moved the item to the custody inspection 2022 (report corrected); force still "
     "files it under PEEL 2021/22")
item("amended", "stolen", 8161, NAT, nat("stolen", 1).replace(" 86 ", " "), (BP, BP, BP),
     "5th February 2024",
     "Record amended: stray footnote number removed from the recommendation text.",
     dict(st="open", ftext=nat("stolen", 1).replace(" 86 ", " ") + "."), "in_sync",
     "amended only to remove a footnote digit; force wording matches the corrected text; "
     "open on both")

# --- 5. NO CHANGE, still open
nochange = [
    # rep, ref, type, text, hist, force status, category, note, extra force spec
    ("sas15", 3351, NAT, nat("sas15", 0), "done", "closeable_submit", None),
    ("firearms", 4932, NAT, nat("firearms", 1), "open", "conflict", "timescale"),
    ("firearms", 4934, NAT, nat("firearms", 3), "done", "closeable_submit", None),
    ("firearms", 4935, NAT, nat("firearms", 4), "open", "in_sync", None),
    ("eff16", 5811, AFI, "The force should " + body("conduct a review, involving its partners")
     + ".", "open", "in_sync", None),
    ("eff16", 5818, REC, "Immediately, the force should " +
     body("cease the practice of conducting domestic abuse") + ".", "done", "closeable_submit",
     None),
    ("stolen", 8160, NAT, SF_LEADERSHIP, "open", "conflict", "bullet"),
    ("stolen", 8162, NAT, nat("stolen", 3), "done", "closeable_submit", None),
    ("stolen", 8164, NAT, nat("stolen", 6), "open", "in_sync", None),
    ("efc17", 8421, AFI, "The force should " + body("undertake further work to gain") + ".",
     "open", "in_sync", None),
    ("efc17n", 8471, NAT, nat("efc17", 0), "done", "closeable_submit", None),
    ("leg17n", 8540, COC, nat("leg17", 0), "open", "in_sync", None),
    ("leg17n", 8541, NAT, nat("leg17", 1), "open", "conflict", "ref"),
    ("leg17n", 8542, NAT, nat("leg17", 2), "done", "closeable_submit", None),
    ("leg17n", 8544, NAT, nat("leg17", 4), "open", "in_sync", None),
    ("ncpi18", 9102, AFI, topic(2, "child sexual exploitation"), "open", "in_sync", None),
    ("ncpi18", 9103, AFI, topic(13, "missing children"), None, "missing_from_force", None),
    ("cdi19", 10240, REC, "HMICFRS recommends that within three months the force should " +
     CDI_VICTIMS_BODY + ".", "open", "in_sync", "cdisplit"),
    ("cdi19", 10241, AFI, topic(5, "modern slavery and human trafficking"), "done",
     "closeable_submit", None),
    ("powers", 11870, NAT, nat("powers", 0), "open", "in_sync", None),
    ("powers", 11872, NAT, nat("powers", 2), "done", "closeable_submit", None),
    ("powers", 11874, NAT, nat("powers", 4), "open", "in_sync", None),
    ("peel21", 12630, COC, "The force does not have the capacity or capability to investigate "
     "crime effectively and this is affecting the service being provided to the public. There "
     "are failings in the way that crimes are being investigated.", "open", "in_sync", None),
    ("peel21", 12631, REC, "Within six months, the force should " +
     body("make sure there are appropriate strategic oversight") + ".", "done",
     "closeable_submit", None),
    ("peel21", 12632, AFI, topic(15, "domestic abuse"), "open", "in_sync", None),
    ("peel21", 12634, AFI, "The force should " + body("specify in succession plans") + ".",
     "open", "in_sync", None),
    ("peel21", 12635, AFI, topic(10, "neighbourhood crime"), None, "missing_from_force", None),
    ("peel21", 12637, AFI, topic(6, "hate crime"), "done", "closeable_submit", None),
    ("peel21", 12643, AFI, "The force should " + body("make sure it provides accessible") + ".",
     "open", "in_sync", None),
    ("peel21", 12645, AFI, "The force should " + body("develop a clear prevention strategy")
     + ".", "open", "in_sync", None),
]
for rep, ref, typ, text, st, cat, note in nochange:
    hist = rng.choice([(BP, BP, BP), (BP, BP, BP), (AR, AR, AR)])
    when = ""
    com = MON_TXT if hist[2] == BP else ""
    force = None if st is None else dict(st=st)
    if cat == "in_sync":
        why = "open on HMICFRS list (no change); force open"
    elif cat == "closeable_submit":
        why = "open on HMICFRS list (no change); force records it done"
    else:
        why = "open on HMICFRS list (no change); not in force tracker"
    if note == "timescale":
        force["ftext"] = text.replace("Within three months", "Within six months")
        why = ("force wording says 'Within six months', HMICFRS 'Within three months': "
               "timescale differs")
    elif note == "bullet":
        lines = text.split("\n")
        force["ftext"] = "\n".join(lines[:3] + lines[4:])
        why = ("force copy of the recommendation drops the third bullet (partnership "
               "arrangements)")
    elif note == "ref":
        force["fref"] = 8514
        why = "same text, force records register ref 8514 for HMICFRS 8541 (digits transposed)"
    elif note == "cdisplit":
        bullets = [b.strip().lstrip("• ").rstrip(";").replace("; and", "")
                   for b in CDI_VICTIMS_BODY.split("\n")[1:]]
        force["split"] = [f"CDI rec 1({'abcde'[k]}) – " + b[0].upper() + b[1:]
                          for k, b in enumerate(bullets)]
        why = "open on HMICFRS list; force tracks it as five bullet rows, all AMBER"
    item("nochange", rep, ref, typ, text, hist, when, com, force, cat, why)

# Force-only rows: items HMICFRS closed before the previous lists (not on this change report)
# and the force's own local actions.
OLD_CLOSED = [
    ("sas13", 1191, NAT, nat("sas13", 1), "GREEN",
     "ref 1191 closed by HMICFRS before these lists; force still lists it (done)"),
    ("austerity", 3121, NAT, nat("austerity", 0), "AMBER",
     "austerity 2014 item not on the HMICFRS list; force still has it open"),
    ("core", 4823, NAT, nat("core", 1), "GREEN",
     "Core Business second item not on the HMICFRS list (closed earlier)"),
    ("eff16", 5813, AFI, "The force should " + body("improve its arrangements both to consult")
     + ".", "AMBER", "PEEL 2016 item not on the HMICFRS list; force open"),
]
LOCAL = [
    ("stolen", "Local action: Task & Finish group to review the modern slavery and human "
     "trafficking policy and report to the Force Executive Team", "AMBER"),
    ("cdi19", "Local action: Dip-sample 50 rape crime reports each quarter and report findings "
     "to the Crime Standards Board", "GREEN"),
    ("peel21", "Force improvement plan: Add domestic abuse measures to the monthly Force "
     "Performance pack", "AMBER"),
    ("cust22", "Local action: Agree an information-sharing protocol on missing children with "
     "the local authorities", "AMBER"),
    ("peel23", "JAC action: Internal audit of the violence against women and girls governance "
     "arrangements (audit plan 2023/24)", "AMBER"),
]

# ------------------------------------------------------------ HMICFRS workbook
SECTIONS = [
    ("new", "1. NEW – added to the list since {L2}", "NEW"),
    ("closed", "2. CLOSED since {L2} – shown for information, will not appear on the next list",
     "CLOSED"),
    ("changed", "3. STATUS CHANGED since {L2} – still open", "STATUS CHANGE"),
    ("amended", "4. AMENDED since {L2} – record details corrected, still open", "AMENDED"),
    ("nochange", "5. NO CHANGE since {L2} – still open", "NO CHANGE"),
]
HDR = ["Ref", "Report", "Published", "Type", "Recommendation / area for improvement",
       f"Status on list of {L1}", f"Status on list of {L2}", f"Status on this list ({L3})",
       "Movement", "Date of change", "HMICFRS comment"]
BOLD = Font(bold=True)
SEC_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def movement(it):
    s1, s2, s3 = it["hist"]
    if it["sec"] == "new":
        return "NEW"
    if it["sec"] == "closed":
        return "NEW & CLOSED" if s2 == NOT_ON else f"CLOSED ({s3})"
    if it["sec"] == "changed":
        return "REOPENED" if s2 == CO else f"{s2} → {s3}"
    if it["sec"] == "amended":
        return "AMENDED"
    return "NO CHANGE"


def build_hmicfrs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = f"HMICFRS monitoring – {FORCE}"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = f"Change report: list of {L3} compared with the list of {L2}"
    sm["A4"], sm["B4"] = "Movement since last list", "Items"
    sm["A4"].font = sm["B4"].font = BOLD
    r = 5
    for key, title, _ in SECTIONS:
        sm.cell(r, 1, {"new": "New", "closed": "Closed", "changed": "Status changed (open)",
                       "amended": "Amended (open)", "nochange": "No change (open)"}[key])
        sm.cell(r, 2, sum(1 for it in ITEMS if it["sec"] == key))
        r += 1
    sm.cell(r, 1, "Open on this list")
    sm.cell(r, 2, sum(1 for it in ITEMS if it["hist"][2] in (AR, BP)))
    sm.cell(r + 2, 1, "Items closed before " + L2 + " are not shown. Please send any queries "
            "to your Force Liaison Lead before the next list.")
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Change report")
    ws["A1"] = f"HMICFRS – {FORCE}: recommendations, causes of concern and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"What has changed since the last list. This list: {L3}. Previous lists: {L2}, "
                f"{L1}.")
    ws["A3"] = "Prepared by the Force Liaison Lead. OFFICIAL"
    hdr_row = 5
    for c, h in enumerate(HDR, 1):
        cell = ws.cell(hdr_row, c, h)
        cell.font = BOLD
        cell.alignment = WRAP
    r = hdr_row + 1
    for key, title, _ in SECTIONS:
        its = [it for it in ITEMS if it["sec"] == key]
        its.sort(key=lambda it: (ORDER.index(it["rep"]), it["ref"]))
        cell = ws.cell(r, 1, title.format(L2=L2) + f" ({len(its)})")
        cell.font = BOLD
        for c in range(1, len(HDR) + 1):
            ws.cell(r, c).fill = SEC_FILL
        r += 1
        for it in its:
            title_, pub, _ = REPORTS[it["rep"]]
            vals = [it["ref"], title_, pub, it["typ"], it["text"], *it["hist"], movement(it),
                    it["when"] or None, it["comment"] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
            ws.cell(r, 3).number_format = "dd/mm/yyyy"
            it["hrow"] = f"Change report!{r}"
            r += 1
        r += 1  # blank row between sections
    ws.cell(r, 1, "Key: Awaiting review / Being progressed = open on the HMICFRS register; "
            "Complete / Superseded / No further action required = closed.")
    for col, w in zip("ABCDEFGHIJK", [8, 40, 12, 22, 80, 16, 16, 18, 22, 18, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    return wb


# ------------------------------------------------------------ force tracker
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Force Crime Registrar", "Head of Professional Standards", "Ch Supt Public Protection",
         "Director of People", "Ch Insp Custody", "Supt Firearms Licensing",
         "Head of Corporate Development"]
OPEN_NOTES = ["Work undertaken in area but still requires development to complete.",
              "A Task & Finish group has been set up; project plan agreed, policy rewrite under way.",
              "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
              "Allocated to lead. Update requested for the next Organisational Learning Board.",
              "Little work yet undertaken in this area. Unlikely to reach deadlines.",
              "Awaiting allocation."]
DONE_NOTES = ["Completed. Evidence submitted to HMICFRS for closure.",
              "Policy signed off and in place. Ready to move to GREEN status.",
              "Complete – evidence pack held by Strategic Planning & Inspection.",
              "Completed; awaiting HMICFRS confirmation."]
FHDR = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
        "RAG", "Progress update", "Submitted for closure"]


def force_text(text: str) -> str:
    """A force analyst's copy: bullets flattened, curly quotes straightened, sometimes a
    stem dropped or an abbreviation used. Never changes what is asked or by when."""
    t = text.replace("’", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*\n+\s*", " ", t).replace("•", "- ")
    t = re.sub(r"- +", "- ", t)
    k = rng.random()
    if k < 0.25:
        t = t.replace("modern slavery and human trafficking", "MSHT").replace(
            "stop and search", "S&S").replace("domestic abuse", "DA")
    elif k < 0.4:
        t = t.replace("HMICFRS recommends that ", "").replace("HMIC recommends that ", "")
    elif k < 0.5:
        t = t.replace("supervision", "supervison").replace("arrangements", "arrangments")
    return t


def build_force():
    rows = []  # (sortkey, values, truth-callback)
    for it in ITEMS:
        f = it["force"]
        if f is None:
            continue
        rep = f.get("freport", it["rep"])
        base = dict(ref=f.get("fref", it["ref"]), rep=rep,
                    typ=FTYPE[f.get("ftype", it["typ"])], st=f["st"])
        texts = f.get("split") or [f.get("ftext") or force_text(it["text"])]
        for k, t in enumerate(texts):
            rows.append(((ORDER.index(rep), it["ref"], k), dict(base, text=t), it))
    for rep, ref, typ, text, rag, why in OLD_CLOSED:
        rows.append(((ORDER.index(rep), ref, 0),
                     dict(ref=ref, rep=rep, typ=FTYPE[typ], text=force_text(text), rag=rag),
                     dict(cat="not_on_hmicfrs_list", why=why, hrow="")))
    for rep, text, rag in LOCAL:
        rows.append(((ORDER.index(rep), 99999, 0),
                     dict(ref=None, rep=rep, typ="Local", text=text, rag=rag),
                     dict(cat="not_on_hmicfrs_list", hrow="",
                          why="force's own local action, no HMICFRS item")))
    rows.sort(key=lambda x: x[0])

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations and AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic Planning & Inspection. Last updated 01/03/2024"
    for c, h in enumerate(FHDR, 1):
        ws.cell(4, c, h).font = BOLD
    truth = []
    r = 5
    for n, (_, v, it) in enumerate(rows, 1):
        if "rag" in v:
            rag = v["rag"]
        elif v["st"] == "done":
            rag = rng.choice(["GREEN", "GREEN", "Complete"])
        else:
            rag = rng.choice(["AMBER", "AMBER", "RED"])
        done = rag in ("GREEN", "Complete")
        note = rng.choice(DONE_NOTES if done else OPEN_NOTES)
        sub = None
        if done and rng.random() < 0.6:
            sub = dt.date(2023, 10, 2) + dt.timedelta(days=rng.randrange(150))
        vals = [n, v["ref"], REPORTS[v["rep"]][2], REPORTS[v["rep"]][1], v["typ"], v["text"],
                rng.choice(LEADS), rag, note, sub]
        for c, val in enumerate(vals, 1):
            cell = ws.cell(r, c, val)
            cell.alignment = WRAP
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 10).number_format = "dd/mm/yyyy"
        truth.append((it["hrow"], f"Tracker!{r}", it["cat"], it["why"]))
        r += 1
    for col, w in zip("ABCDEFGHIJ", [6, 12, 26, 12, 12, 80, 24, 10, 50, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    return wb, truth


def save_fixed(wb, path: Path):
    """Save with fixed document timestamps and zip dates so rebuilds are byte-identical."""
    fixed = dt.datetime(2024, 3, 11, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "HMICFRS" if "hmicfrs" in path.name else "Lincolnshire Police"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-03-11T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hwb = build_hmicfrs()
    fwb, ftruth = build_force()
    save_fixed(hwb, OUT / "hmicfrs.xlsx")
    save_fixed(fwb, OUT / "tracker.xlsx")
    lines = list(ftruth)
    tracked = {t[0] for t in ftruth if t[0]}
    for it in ITEMS:
        if it["hrow"] not in tracked:
            lines.append((it["hrow"], "", it["cat"], it["why"]))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    lines.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts: dict[str, int] = {}
    for t in lines:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(len(ITEMS), "HMICFRS items;", len(ftruth), "force rows;", len(lines), "truth lines")
    print(counts)


if __name__ == "__main__":
    main()
