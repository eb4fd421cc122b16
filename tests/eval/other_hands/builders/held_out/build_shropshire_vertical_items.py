"""Build the independent evaluation case `shropshire_vertical_items`.

Imitates Shropshire FRS's web page of HMICFRS findings pasted into Excel by an officer
(one block of rows per item), plus a second, normally laid out sheet for the older
2018/19 inspection. HMICFRS side: a register export (header on row 1).

Run: /work/main/.venv/bin/python /tmp/indep3/shropshire/build.py
"""
from __future__ import annotations

import csv
import random
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import BODIES, LOCAL_ACTIONS  # noqa: E402  (read as data)

import pandas as pd  # noqa: E402

RNG = random.Random(20240515)  # fixed seed (the case is hand-laid; used only for jitter below)
OUT = Path("/tmp/indep3/shropshire/shropshire_vertical_items")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")


def real(i: int) -> str:
    return REAL.text[i]


def body(prefix: str) -> str:
    """The one BODIES entry starting with prefix (real wording after the stem)."""
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


def svc(b: str) -> str:
    return "The service should " + b + "."


def lower_stem(t: str) -> str:
    """HMICFRS's own casing of the Shropshire page's 'The Service Should ...' texts."""
    t = t.replace("The Service Should", "The service should").replace("  ", " ").strip()
    return t if t.endswith(".") else t + "."


def local(prefix: str, topic: str) -> str:
    hits = [a for a in LOCAL_ACTIONS if a.startswith(prefix)]
    assert len(hits) == 1
    return hits[0].replace("{t}", topic)


# --------------------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------------------
T = {
    # fire-native real texts (real_recommendations.csv)
    "risk_info": real(17),
    "coc_oversight": lower_stem(real(29)),
    "risk_register": lower_stem(real(30)),
    "perf_processes": lower_stem(real(31)),
    "data_analysis": lower_stem(real(32)),
    "prevention": real(45) + ".",
    # real bodies (casegen texts/force.py) under the fire stem "The service should"
    "demand": svc(body("undertake further work to gain a fuller understanding")),
    "costs": svc(body("develop its understanding of the links")),
    "workforce_plan": svc(body("develop a future workforce plan")),
    "skills": svc(body("expand the skills project work")),
    "consult": svc(body("improve its arrangements both to consult")),
    "control_room": svc(body("ensure that it has sufficient resources available in the control")),
    "cultures": svc(body("put plans in place to monitor")),
    "confidential": svc(body("make sure it provides a confidential way")),
    "ed_data": svc(body("review how it gathers and uses equality")),
    "support": svc(body("review the support available")),
    "access_info": svc(body("make sure it provides accessible information")),
    "background": svc(body("immediately review its current background checks")),
    "misconduct": svc(body("satisfy itself that it has processes in place to ensure that inv")),
    "road_harm": svc("develop a problem-solving approach to road harm, working with local "
                     "communities and partners"),  # TOPIC_BODIES[13] with topic "road harm"
    # Values and culture in fire and rescue services (30 March 2023), verbatim
    "vc_cultures": real(33),
    "vc_training": real(34),
    "vc_updates": real(35),
    "vc_succession": real(36),
    "vc_background": real(37),
    "vc_confidential": real(38),
    "vc_external": real(39),
    "vc_support": real(40),
    "vc_updates_variant": real(41),
    "vc_access_info": real(42),
    "vc_ed_data": real(43),
    "vc_ethics_abridged": real(44),
}

SERVICE = "Shropshire Fire and Rescue Service"
R1 = ("Shropshire Fire and Rescue Service: Effectiveness, efficiency and people 2018/19",
      datetime(2019, 6, 20))
R2 = ("Shropshire Fire and Rescue Service 2021/22 – Effectiveness, efficiency and people",
      datetime(2022, 7, 27))
R3 = ("Shropshire Fire and Rescue Service 2023–25 – Effectiveness, efficiency and people",
      datetime(2024, 5, 15))
VC = ("Values and culture in fire and rescue services", datetime(2023, 3, 30))

AFI, COC, NAT = "Area for improvement", "Cause of concern", "National recommendation"

C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMICFRS's 2021/22 "
         "inspection. Where an area for improvement still exists this will appear in the "
         "register against the subsequent inspection.")
C_SUP_VC = ("Superseded by the national Values and culture in fire and rescue services "
            "recommendations (30 March 2023); progress is monitored against those.")

# key: (report, type, text key, status, status date, comment)
# Open on HMICFRS: "Being progressed", "Awaiting review". Closed: "Complete", "Superseded".
H = {
    # 2018/19 inspection (force tracks these on the second, normally laid out sheet)
    "H1": (R1, AFI, "risk_info", "Superseded", datetime(2022, 8, 1), C_SUP),
    "H2": (R1, AFI, "prevention", "Complete", datetime(2021, 3, 9), C_DONE),
    "H3": (R1, AFI, "demand", "Complete", datetime(2021, 3, 9), C_DONE),
    "H4": (R1, AFI, "costs", "Being progressed", datetime(2020, 2, 14), C_MON),
    "H5": (R1, AFI, "workforce_plan", "Being progressed", datetime(2020, 2, 14), C_MON),
    "H6": (R1, AFI, "skills", "Being progressed", datetime(2020, 2, 14), C_MON),
    "H7": (R1, AFI, "consult", "Complete", datetime(2021, 11, 30), C_DONE),
    "H8": (R1, AFI, "control_room", "Being progressed", datetime(2020, 2, 14), C_MON),
    # 2021/22 inspection
    "H17": (R2, AFI, "risk_info", "Being progressed", datetime(2023, 1, 12), C_MON),
    "H18": (R2, AFI, "prevention", "Being progressed", datetime(2023, 1, 12), C_MON),
    "H19": (R2, AFI, "cultures", "Complete", datetime(2024, 2, 2), C_DONE),
    "H20": (R2, AFI, "confidential", "Being progressed", datetime(2023, 1, 12), C_MON),
    "H21": (R2, AFI, "ed_data", "Complete", datetime(2023, 11, 20), C_DONE),
    "H22": (R2, AFI, "support", "Being progressed", datetime(2023, 1, 12), C_MON),
    "H23": (R2, AFI, "access_info", "Superseded", datetime(2023, 6, 5), C_SUP_VC),
    "H24": (R2, AFI, "road_harm", "Being progressed", datetime(2023, 1, 12), C_MON),
    # Values and culture (national)
    "H25": (VC, NAT, "vc_cultures", "Being progressed", datetime(2023, 10, 16), C_MON),
    "H26": (VC, NAT, "vc_training", "Being progressed", datetime(2023, 10, 16), C_MON),
    "H27": (VC, NAT, "vc_updates", "Being progressed", datetime(2023, 6, 19), C_MON),
    "H28": (VC, NAT, "vc_succession", "Being progressed", datetime(2023, 6, 19), C_MON),
    "H29": (VC, NAT, "vc_background", "Being progressed", datetime(2024, 1, 22), C_MON),
    "H30": (VC, NAT, "vc_confidential", "Being progressed", datetime(2023, 10, 16), C_MON),
    "H31": (VC, NAT, "vc_support", "Complete", datetime(2024, 4, 8), C_DONE),
    "H32": (VC, NAT, "vc_access_info", "Being progressed", datetime(2023, 6, 19), C_MON),
    "H33": (VC, NAT, "vc_ed_data", "Being progressed", datetime(2023, 6, 19), C_MON),
    # 2023-25 inspection
    "H9": (R3, COC, "coc_oversight", "Being progressed", datetime(2024, 5, 15), C_MON),
    "H10": (R3, AFI, "risk_register", "Being progressed", datetime(2024, 5, 15), C_MON),
    "H11": (R3, AFI, "perf_processes", "Awaiting review", datetime(2024, 5, 15), C_NEW),
    "H12": (R3, AFI, "data_analysis", "Being progressed", datetime(2024, 5, 15), C_MON),
    "H13": (R3, AFI, "background", "Being progressed", datetime(2024, 5, 15), C_MON),
    "H14": (R3, AFI, "demand", "Being progressed", datetime(2024, 5, 15), C_MON),
    "H15": (R3, AFI, "consult", "Awaiting review", datetime(2024, 5, 15), C_NEW),
    "H16": (R3, AFI, "misconduct", "Being progressed", datetime(2024, 5, 15), C_MON),
}

# --------------------------------------------------------------------------------------
# HMICFRS register export: one sheet, header on row 1, ordered by report date then id
# --------------------------------------------------------------------------------------
order = sorted(H, key=lambda k: (H[k][0][1], int(k[1:])))
hm_row: dict[str, str] = {}
wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
hdr = ["Recommendation ID", "Service", "Report title", "Publication date", "Type",
       "Recommendation", "Status", "Status date", "Latest comment"]
ws.append(hdr)
next_id = 10412
for k in order:
    (title, pub), typ, tk, st, sdate, com = H[k]
    next_id += RNG.randint(3, 41)
    ws.append([next_id, SERVICE, title, pub, typ, T[tk], st, sdate, com])
    hm_row[k] = f"Recommendations!{ws.max_row}"
    ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
    ws.cell(ws.max_row, 8).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHI", (18, 34, 60, 16, 24, 90, 18, 14, 60)):
    ws.column_dimensions[col].width = w
for c in ws[1]:
    c.font = Font(bold=True)
ws.freeze_panes = "A2"
wb.save(OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------
truth: list[tuple[str, str, str, str]] = []


def line(hk: str | None, frow: str | None, cat: str, why: str) -> None:
    truth.append((hm_row[hk] if hk else "", frow or "", cat, why))


fb = Workbook()
s1 = fb.active
s1.title = "Sheet1"
S1 = "Sheet1"
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(a=None, b=None, bold=False, size=None) -> int:
    s1.append([a, b])
    r = s1.max_row
    for c in s1[r]:
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True, size=size) if size else BOLD
    return r


def block(heading: str, text: str | list[str], action: str | None, status: str,
          status_style: str = "inline") -> str:
    """One pasted item: heading, text row(s), Action Taken, Status, blank. Returns the
    provenance of the (first) row holding the item's text."""
    put(heading, bold=True)
    texts = text if isinstance(text, list) else [text]
    first = put(texts[0])
    for t in texts[1:]:  # paragraph pasted onto its own row: continuation, not an item
        put(t)
    if action is not None:
        if action.startswith("Action Taken"):
            put(action)  # whole line in column A (a paste where the label and text stayed joined)
        else:
            put("Action Taken:", action)
    if status_style == "inline":
        put(f"Status: {status}")
    else:  # label in A, word in B
        put("Status:", status)
    put()
    return f"{S1}!{first}"


put("HMICFRS Inspection", bold=True, size=14)
put("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "inspected the Service during 2023/24. The report identified one Cause for Concern "
    "and a number of recommendations. The progress the Service has made against each of "
    "these, and against the recommendations of the national Values and Culture report and "
    "the 2021/22 inspection, is set out below.")
put()

# ---- 2023-25 inspection --------------------------------------------------------------
put("HMICFRS Inspection 2023-25 \u2013 Report published May 2024", bold=True, size=12)
put()
f = block("Cause for Concern", real(29),
          "A Strategic Assurance Board chaired by the Chief Fire Officer has been established "
          "and met for the first time on 11 June 2024. Terms of reference agreed by the Fire "
          "Authority 26/06/2024.", "In Progress")
line("H9", f, "in_sync", "HMICFRS cause of concern Being progressed; page heading 'Cause for "
     "Concern', Status: In Progress. Both open.")
f = block("Area for Improvement 1", real(30),
          "Corporate risk register reviewed monthly at Service Leadership Team and quarterly "
          "at Audit & Performance Management Committee since July 2024. (Head of Corporate "
          "Services)", "Complete")
line("H10", f, "closeable_submit", "HMICFRS Being progressed; page says Status: Complete "
     "(risk register reviewed monthly since July 2024).")
f = block("Area for Improvement 2", real(31),
          "New performance management framework drafted; consultation with managers closes "
          "30/09/2024.", "In Progress", status_style="split")
line("H11", f, "in_sync", "HMICFRS Awaiting review (new); page 'Status:' / 'In Progress'. "
     "Both open.")
f = block("Area for Improvement\xa03", real(32), "xxx", "In Progress")  # web-copy NBSP
line("H12", f, "in_sync", "HMICFRS Being progressed; page Status: In Progress (Action Taken "
     "left as the placeholder 'xxx'). Both open.")
f = block("Area for Improvement 4",
          "The Service Should immediately review its current background checks arrangements, "
          "and make sure that suitable and sufficient background checks are in place to "
          "safeguard its staff and the communities it serves",
          "Background checks policy rewritten; all roles assessed against Fire Standards "
          "Board guidance. Signed off by SLT 02/09/2024.", "Completed")
line("H13", f, "closeable_submit", "2023-25 AFI (service-level wording, no date) Being "
     "progressed; page Status: Completed. Not the Values and culture rec (that one starts 'By "
     "1 January 2024, chief fire officers should' and is in the V&C section).")
f = block("Area for Improvement 5",
          "The Service Should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand.",
          "Demand modelling to be built into the Community Risk Management Plan 2025-2030.",
          "In Progress")
line("H14", f, "in_sync", "2023-25 AFI Being progressed; page In Progress (text truncated "
     "after the first sentence). The same AFI text from 2018/19 is a different item, tracked "
     "on the 2018-19 sheet.")
# H15 (2023-25 repeat of the 'consult' AFI) is not on the page: missing_from_force
line("H15", None, "missing_from_force", "2023-25 AFI on consulting the public about business "
     "planning (Awaiting review) has no block on the page; the only force row with that "
     "wording is the 2018/19 row on the older sheet, a different item.")
f = block("Area for Improvement 6",
          "The Service Should satisfy itself that it has processes in place to ensure that "
          "investigations into misconduct by officers and staff resulting in \u201cno further "
          "action\u201d are fair and free of any form of discrimination",
          "Independent review of all NFA outcomes 2021-2024 completed by neighbouring FRS. "
          "Report to Standards Committee 17/10/2024.", "pending sign off")
line("H16", f, "closeable_submit", "HMICFRS Being progressed; page Status: pending sign off "
     "(force considers it done, awaiting sign-off).")
f = block("Area for Improvement 7", real(38),
          "Safecall confidential reporting line launched 01/09/2023; whistleblowing policy "
          "refreshed.", "In Progress")
line("H30", f, "conflict", "Values and culture national recommendation (By 1 October 2023, "
     "Chief Fire Officers ... confidential way) pasted under the 2023-25 inspection as "
     "'Area for Improvement 7': different report and type. Both open.")

# ---- 2021/22 inspection (AFIs headed 'Recommendation n') --------------------------------
put("HMICFRS Inspection 2021/22 \u2013 Recommendations", bold=True, size=12)
put()
f = block("Recommendation 1",
          "The Service Should make sure its firefighters\xa0and fire control staff have good "
          "access to relevant and up-to-date risk information.",
          "Site-specific risk information programme completed; all high-risk premises "
          "revisited and on the MDTs by March 2024.", "Complete")
line("H17", f, "closeable_submit", "2021/22 AFI Being progressed; page Status: Complete. "
     "The 2018/19 AFI with the same words is a different, superseded item.")
f = block("Recommendation 2a",
          "The Service Should develop a clear prevention strategy targeting people most at risk",
          "Prevention Strategy 2023-2026 approved by the Fire Authority.", "Complete")
line("H18", f, "in_sync", "2021/22 AFI split by the force into 2a (Complete) and 2b (In "
     "Progress); item is done only if all parts are, so force open; HMICFRS Being "
     "progressed.")
f = block("Recommendation 2b",
          "The Service Should make sure activity undertaken prioritises people most at risk",
          "Targeting of home fire safety visits using Exeter data and partner referrals; "
          "evaluation due Q4.", "In Progress")
line("H18", f, "in_sync", "Second part of the split 2021/22 prevention AFI (In Progress): "
     "item open on force side, Being progressed on HMICFRS.")
f = block("Recommendation 3",
          "The Service Should put plans in place to monitor, including through the gathering "
          "and analysis of staff feedback, team cultures and provide prompt remedial action "
          "for any issues it identifies.",
          "Culture dashboard in development. Staff survey planned for November.", "In Progress")
line("H19", f, "closeable_local", "HMICFRS closed it (Complete, 02/02/2024); page still "
     "says In Progress.")
f = block("Recommendation 4",
          "The Service should make sure it provides a confidential way for staff to raise "
          "concerns and that staff are aware of whistleblowing processes.",
          "See Values & Culture Recommendation actions.", "In Progress")
line("H20", f, "in_sync", "2021/22 AFI Being progressed; page In Progress. (The V&C "
     "rec with similar words is the block misfiled under 2023-25.)")
f = block("Recommendation 5",
          "The Service Should review how it gathers and uses equality and diversity data to "
          "improve its understanding of its workforce demographics.",
          "EDI data collection exercise completed; 87% declaration rate.", "Complete",
          status_style="split")
line("H21", f, "in_sync", "HMICFRS Complete; page 'Status:' / 'Complete'. Both closed.")
f = block("Recommendation 6",
          "The Service Should review the support available for those who have raised concerns",
          "Welfare support offer being reviewed with the Trade Unions.",
          "Open - Actions on going on track")
line("H22", f, "in_sync", "2021/22 AFI Being progressed; page 'Open - Actions on going on "
     "track' (text truncated). Both open.")
f = block("Recommendation 7",
          "The Service Should make sure it provides accessible information for all staff and "
          "members of the public on how they can raise concerns and access confidential "
          "support (including through external agencies).",
          "Action Taken: Intranet page being rebuilt", "In Progress")
line("H23", f, "closeable_local", "HMICFRS Superseded (by the Values and culture recs); "
     "page still In Progress.")
f = block("Recommendation 8",
          "The Service Should develop a problem-solving approach to road harm, working with "
          "local communities and partners.", "xxx", "Complete")
line("H24", f, "closeable_submit", "HMICFRS Being progressed; page Status: Complete "
     "(Action Taken still the placeholder 'xxx').")

# ---- Values and culture (national) ---------------------------------------------------------
put("Values and Culture in Fire and Rescue Services \u2013 HMICFRS Spotlight Report "
    "(March 2023)", bold=True, size=12)
put()
f = block("Recommendation 1",
          "By 1 October 2023, Chief Fire Officers should put plans in place to monitor, "
          "including through the gathering and analysis of staff feedback, watch and team "
          "cultures and provide prompt remedial action for any issues they identify.",
          "Watch culture reviews completed at all 23 stations; quarterly pulse survey in place.",
          "Complete ")  # trailing space as pasted
line("H25", f, "closeable_submit", "V&C rec Being progressed; page Status: Complete.")
f = block("Recommendation 2",
          ["By 1 October 2023, as a precursor to the development of the College of Fire and "
           "Rescue, Chief Fire Officers and the National Fire Chiefs Council should work with "
           "the Home Office to consider how they can improve the training and support they "
           "offer to staff in management and leadership development.",
           "This should include authority members in respect of their assurance leadership "
           "roles and should ensure that opportunities are offered fairly across all staff "
           "groups."],
          "Awaiting national direction from NFCC / Home Office. Local leadership programme "
          "running.", "In Progress")
line("H26", f, "in_sync", "V&C rec Being progressed; page In Progress. Its second sentence "
     "was pasted onto the next row (a continuation, not an item); force_row is the first "
     "text row.")
f = block("Recommendation 3",
          real(41).replace("By 1 June 2023", "By 1 October 2023"),
          "Professional Standards function to be created within HR; business case to SLT.",
          "In Progress")
line("H27", f, "conflict", "Deadline differs: HMICFRS 'By 1 June 2023', page 'By 1 October "
     "2023' (page wording also drifted: 'creating professional standards function to "
     "handle concerns in Service'). Both open.")
f = block("Recommendation 4",
          "By 1 January 2024, Chief Fire Officers should immediately review their current "
          "background checks arrangements, and make sure that suitable and sufficient "
          "background checks are in place to safeguard their staff and communities they "
          "serve",
          "See AFI 4 of the 2023-25 inspection.", "In progress")
line("H29", f, "conflict", "HMICFRS item has two bullets (background checks; DBS check "
     "requests for all staff and volunteers); the page carries only the first bullet and "
     "nothing tracks the DBS bullet. Both open.")
f = block("Recommendation 5",
          "By 1 June 2023, Chief Fire Officers should review the support available for those "
          "who have raised concerns and take any action needed to make sure these provisions "
          "are suitable.",
          "Update 14/03/2024: review of support with Occupational Health under way.",
          "In progress")
line("H31", f, "closeable_local", "HMICFRS closed it (Complete, 08/04/2024); page still "
     "'In progress'.")
f = block("Recommendation 6a",
          "By 1 June 2023, Chief Fire Officers should make sure they provide accessible "
          "information for all staff and members of the public on how they can raise concerns "
          "and access confidential support (including through external agencies).",
          "Raising concerns page live on website and intranet 30/05/2023.", "Complete")
line("H32", f, "closeable_submit", "V&C rec split into 6a and 6b, both Complete; HMICFRS "
     "Being progressed.")
f = block("Recommendation 6b",
          "Chief Officers should also make sure accessible information is provided on how "
          "concerns and allegations will be investigated in a way that ensures confidentiality "
          "and is independent of the alleged perpetrator.",
          "Investigation procedure published with the Raising Concerns policy.", "Complete",
          status_style="split")
line("H32", f, "closeable_submit", "Second part of the split V&C accessible-information rec; "
     "both parts Complete; HMICFRS Being progressed.")
f = block("Recommendation 7",
          "By 1 June 2023, Chief Fire Officers should review how they gather and use equality "
          "and diversity data to improve their understanding of their staff demographics, "
          "including applying and meeting the requirements of the National Fire Chiefs Council "
          "equality, diversity and inclusion data toolkit.",
          "NFCC EDI data toolkit applied; report to SLT 04/12/2023.", "complete")
line("H33", f, "closeable_submit", "V&C rec Being progressed; page 'complete'. (The "
     "2021/22 E&D AFI is a separate block, Recommendation 5 of 2021/22.)")
# H28 (succession plans) not on the page
line("H28", None, "missing_from_force", "V&C succession-plans/diversity rec (Being "
     "progressed) has no block on the page.")
f = block("Recommendation 8",
          real(39),
          "Action for National Employer, the Local Government Association and the National "
          "Fire Chiefs Council", "N/A", status_style="split")
line(None, f, "not_on_hmicfrs_list", "V&C rec addressed to National Employer/LGA/NFCC, "
     "not to the service; not on the HMICFRS list (page marks it N/A).")
f = block("Recommendation 9", real(44),
          "Core Code of Ethics training delivered to all staff; compliance reported to "
          "Standards Committee.", "Complete")
line(None, f, "not_on_hmicfrs_list", "Abridged Core Code of Ethics rec: no such item on the "
     "HMICFRS list for the service.")

# ---- other actions -------------------------------------------------------------------
put("Other Actions", bold=True, size=12)
put()
f = block("Internal Audit",
          "Internal audit action: " + local("Internal audit of the", "vulnerable adults"),
          "Fieldwork scheduled Q3 2024/25.", "In Progress")
line(None, f, "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item.")
put("Page last updated 14/10/2024")

s1.column_dimensions["A"].width = 100
s1.column_dimensions["B"].width = 70

# ---- second sheet: the older inspection laid out one row per item ----------------------
s2 = fb.create_sheet("2018-19 Action Plan")
S2 = "2018-19 Action Plan"
s2.append(["HMICFRS Inspection 2018/19 \u2013 Action Plan"])
s2["A1"].font = Font(bold=True, size=14)
s2.append(["Report published 20 June 2019.  RAG: GREEN = complete, AMBER = in progress, "
           "RED = off track, GREY = superseded by the 2021/22 inspection"])
s2.append([])
s2.append(["No.", "Type", "Recommendation", "Lead", "Update", "RAG", "Date closed"])
for c in s2[4]:
    c.font = BOLD


def row2(no, typ, text, lead, upd, rag, closed=None) -> str:
    s2.append([no, typ, text, lead, upd, rag, closed])
    r = s2.max_row
    for c in s2[r]:
        c.alignment = WRAP
    if closed is not None:
        s2.cell(r, 7).number_format = "dd/mm/yyyy"
    return f"{S2}!{r}"


f = row2(1, "AFI", "Firefighters & fire control staff to have good access to relevant, up "
         "to date risk information", "Head of Protection",
         "Carried forward to 2021/22 action plan", "GREY", datetime(2022, 8, 1))
line("H1", f, "in_sync", "2018/19 AFI Superseded on HMICFRS; GREY (superseded) on the "
     "sheet. Both closed.")
f = row2(2, "AFI", "Develop a clear prevention strategy targeting those most at risk",
         "Head of Prevention", "Prevention strategy in draft. 12/01/2021", "AMBER")
line("H2", f, "closeable_local", "HMICFRS Complete (09/03/2021); sheet still AMBER.")
f = row2(3, "Area for Improvement", "Gain a fuller understanding of current and likely future "
         "demand for its services so resources are matched to demand",
         "Head of Service Delivery", "Demand analysis completed and reported to SLT.",
         "GREEN", datetime(2021, 2, 1))
line("H3", f, "in_sync", "2018/19 AFI Complete on HMICFRS; GREEN on the sheet. (The same "
     "AFI repeated in 2023-25 is a different, open item on Sheet1.)")
f = row2(4, "AFI", "Develop its understanding of the links between its outcomes, outputs "
         "and costs", "Treasurer", "Value for money framework agreed. Complete.", "GREEN",
         datetime(2020, 9, 30))
line("H4", f, "closeable_submit", "HMICFRS Being progressed; sheet GREEN (complete).")
f = row2("5a", "AFI", "Develop a future workforce plan aligned with its overall demand and "
         "budget", "Head of HR", "Workforce plan 2020-24 approved.", "GREEN",
         datetime(2020, 11, 4))
line("H5", f, "closeable_submit", "Workforce-plan AFI split into 5a and 5b, both GREEN; "
     "HMICFRS Being progressed.")
f = row2("5b", "AFI", "Plan to include future resource allocations, the mix of skills required "
         "by the workforce and behaviours expected of them", "Head of HR",
         "Included in the workforce plan.", "GREEN", datetime(2020, 11, 4))
line("H5", f, "closeable_submit", "Second part of the split workforce-plan AFI; both GREEN; "
     "HMICFRS Being progressed.")
f = row2(6, "Cause for Concern", "Expand the skills project work to include an assessment of "
         "all skills, not only operational, including potential future skills requirements",
         "Head of Training", "Skills matrix being extended to support staff.", "AMBER")
line("H6", f, "conflict", "Type differs: HMICFRS 'Area for improvement', sheet Type column "
     "'Cause for Concern'. Both open.")
f = row2(7, "AFI", "Improve arrangements to consult with the public about business planning "
         "and feed back on changes made", "Head of Corporate Services",
         "Consultation on the IRMP planned.", "AMBER")
line("H7", f, "closeable_local", "2018/19 AFI Complete on HMICFRS (30/11/2021); sheet "
     "AMBER. (Its 2023-25 repeat is missing from the force's page.)")
# H8 control room: lost
line("H8", None, "missing_from_force", "2018/19 AFI on fire control room resources (Being "
     "progressed) has no row on either sheet.")
f = row2(8, "Local action", "Local action: " + local("Rewrite the", "vulnerable adults"),
         "Head of Prevention", "Policy published.", "GREEN", datetime(2020, 6, 1))
line(None, f, "not_on_hmicfrs_list", "Service's own action, not an HMICFRS item.")
s2.append([])
s2.append(["Note: items 1 and 2 were carried forward into the 2021/22 inspection response "
           "(see Sheet1)."])
for col, w in zip("ABCDEFG", (6, 20, 80, 24, 50, 8, 12)):
    s2.column_dimensions[col].width = w
fb.save(OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# sanity: every HMICFRS row appears in truth at least once
seen = {t[0] for t in truth if t[0]}
assert seen == set(hm_row.values()), set(hm_row.values()) - seen
from collections import Counter  # noqa: E402
print(len(hm_row), "HMICFRS items;", sum(1 for t in truth if t[1]), "force item rows;",
      len(truth), "truth lines")
print(Counter(t[2] for t in truth))
