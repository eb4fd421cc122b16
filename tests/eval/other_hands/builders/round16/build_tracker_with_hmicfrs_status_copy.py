"""Build the evaluation case `tracker_with_hmicfrs_status_copy`.

Avon and Somerset Constabulary keeps an xlsx tracker that, beside its own progress (Force RAG,
Force status, owner, dated updates, target date), carries a COPY of the HMICFRS status as the
Organisational Learning team last saw it on the monitoring portal (refreshed 18/09/2023, i.e.
stale). The HMICFRS side is the register export of 04/03/2024 with the current status.

Run:  /work/main/.venv/bin/python build_tracker_with_hmicfrs_status_copy.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed document dates).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import random
import re
import zipfile
from datetime import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Real HMICFRS texts: load the casegen text list by path (no import of the tool's package).
_spec = importlib.util.spec_from_file_location(
    "casegen_national", "/work/main/reconcile/casegen/texts/national.py")
N = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(N)

SEED = 16016
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "tracker_with_hmicfrs_status_copy"
FORCE = "Avon and Somerset Constabulary"
EXPORT_DATE = dt(2024, 3, 4)
REFRESH_DATE = dt(2023, 9, 18)      # when the force last copied HMICFRS statuses
TRACKER_DATE = dt(2024, 2, 23)

# HMICFRS status words
AR, BP, C, S, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                     "No further action required")
CLOSED = {C, S, NFA}
COMMENT = {
    C: "This recommendation is complete",
    S: ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
        "Where a cause of concern still exists this will appear in the register against these "
        "subsequent inspections."),
    NFA: "No further action required. Closed following HMICFRS review.",
    BP: ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated."),
    AR: "New recommendation",
}

NATT = "National recommendation"
RECT = "Recommendation"
AFIT = "Area for improvement"
COCT = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker's own name, id base)
# --------------------------------------------------------------------------------------------
def nat(key):
    return N.NATIONAL[key]


REPORTS = {
    "sas13": (nat("sas13")[0], dt(2013, 7, 9), "Stop & Search powers (HMIC 2013)", 310),
    "everyone": (nat("everyone")[0], dt(2014, 3, 27), "Everyone's Business (DA) 2014", 1180),
    "austerity": (nat("austerity")[0], dt(2014, 7, 22), "Policing in Austerity 2014", 1620),
    "core": (nat("core")[0], dt(2014, 9, 4), "Core Business 2014", 2040),
    "integrity": (nat("integrity")[0], dt(2015, 1, 30), "Integrity Matters 2015", 2870),
    "sas15": (nat("sas15")[0], dt(2015, 3, 24), "Stop & search powers 2", 3120),
    "picture": (nat("picture")[0], dt(2015, 7, 1), "Building the Picture 2015", 3590),
    "firearms": (nat("firearms")[0], dt(2015, 9, 15), "Firearms licensing 2015", 4010),
    "eff16": ("PEEL: Police effectiveness 2016", dt(2017, 3, 2), "PEEL Effectiveness 2016", 6640),
    "stolen": (nat("stolen")[0], dt(2017, 10, 24), "Stolen Freedom (MSHT) 2017", 8120),
    "efc17": (nat("efc17")[0], dt(2017, 11, 9), "PEEL Efficiency 17 (all forces)", 8390),
    "leg17n": (nat("leg17")[0], dt(2017, 12, 12), "PEEL Legit 17 S&S (national)", 8530),
    "leg17f": ("PEEL: Police legitimacy 2017", dt(2017, 12, 12), "PEEL Legitimacy 2017", 8580),
    "ncpi18": ("National child protection inspection 2018", dt(2018, 6, 14), "NCPI 2018", 9460),
    "cdi19": ("Crime data integrity inspection 2019", dt(2019, 9, 19), "CDI 2019", 10870),
    "powers": (nat("powers")[0], dt(2021, 2, 26), "Police powers spotlight (Feb 21)", 13310),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt(2022, 5, 12),
               "PEEL 2021/22", 15840),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt(2022, 8, 23), "Custody inspection 2022", 16390),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt(2023, 11, 16),
               "PEEL 2023-25", 19720),
}

NT = {k: [t for _, t in v[2]] for k, v in N.NATIONAL.items()}   # national texts by report


# --------------------------------------------------------------------------------------------
# The items. Each HMICFRS item: report, type, text, current status, date status last changed,
# and `force`: a list of force rows (empty = missing from the force tracker). A force row:
#   pid   - put the HMICFRS id in "Portal ID" (True), leave blank (False) or a literal value
#   typ   - tracker's type word; text - tracker wording; copy - "HMICFRS Status (per portal)"
#   rag, fst - Force RAG and Force status; owner; upd - latest update; tgt - target date
#   sub   - date submitted for closure; cat, why - the truth.
# --------------------------------------------------------------------------------------------
def R(**kw):
    kw.setdefault("pid", False)
    kw.setdefault("sub", None)
    return kw


ITEMS: list[dict] = []


def item(report, typ, text, status, changed, force, note=None):
    ITEMS.append(dict(report=report, typ=typ, text=text, status=status, changed=changed,
                      force=force, note=note))


d = dt
# ---- Stop and search 2013 (national) --------------------------------------------------------
item("sas13", NATT, NT["sas13"][0], C, d(2016, 2, 11), [R(
    typ="Nat rec", text=NT["sas13"][0], copy=C, rag="Blue", fst="Closed", owner="ACC Local Policing",
    upd="03/02/2016 – APP on S&S adopted in force policy; closed by HMIC Feb 16.", tgt=d(2015, 12, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Closed: closed on both sides.")])
item("sas13", NATT, NT["sas13"][1], S, d(2018, 4, 27), [R(
    typ="Nat rec",
    text=("CCs should establish or improve monitoring of the way officers stop & search people, so "
          "they can be satisfied officers are acting in accordance with the law (incl. equality "
          "legislation & the Code of Practice) and that the power is used effectively to prevent "
          "crime, catch criminals & maintain public trust."),
    copy=S, rag="Amber", fst="Open", owner="ACC Local Policing",
    upd=("14/06/2023 – Monitoring continues through the S&S Scrutiny Panel and quarterly "
         "disproportionality report. Keep open until new S&S dashboard is live."),
    tgt="Ongoing",
    cat="closeable_local",
    why=("HMICFRS Superseded (2018); force Amber/Open: force should close its own row. The 2013 "
         "national text recurs as a PEEL Legitimacy 2017 force AFI (separate row)."))])
item("sas13", NATT, NT["sas13"][2], C, d(2016, 2, 11), [R(
    typ="Nat rec",
    text=("Chief Constables should, in consultation with elected local policing bodies, ensure that "
          "they comply with the code of practice by explaining to the public the way stop and search "
          "powers are used in their areas and by making arrangements for stop and search records to "
          "be scrutinised by community representatives."),
    copy=C, rag="Blue", fst="Complete", owner="ACC Local Policing",
    upd="03/02/2016 – Independent scrutiny panel in place; S&S data published monthly. Closed.",
    tgt=d(2015, 12, 31),
    cat="in_sync",
    why=("HMICFRS Complete; force Blue/Complete. Near-identical text recurs in Stop and search "
         "powers 2 (2015): this row is the 2013 one by its Report column."))])
# ---- Everyone's business 2014 ---------------------------------------------------------------
item("everyone", NATT, N.EVERYONE_PLAN, C, d(2015, 6, 30), [R(
    typ="Nat rec",
    text=("By Sept 2014 every force should establish and publish an action plan specifying in detail "
          "what steps it will take to improve its approach to DA (developed with PCC, DA support "
          "organisations & victims' reps; after considering all recommendations in the report; with "
          "reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC "
          "self-assessments)."),
    copy=C, rag="Blue", fst="Closed", owner="Ch Supt Public Protection",
    upd="30/06/2015 – DA action plan published Sept 2014; closed by HMIC.", tgt=d(2014, 9, 30),
    cat="in_sync", why="HMICFRS Complete; force Blue/Closed. Force text is an abridged summary.")])
# ---- Policing in austerity 2014 -------------------------------------------------------------
item("austerity", NATT, NT["austerity"][0], C, d(2015, 11, 2), [R(
    typ="Nat rec",
    text=("All CCs and PCCs should review their plans to deliver savings to ensure they are doing all "
          "they can to continue to reduce crime & protect the front line while balancing budgets."),
    copy=C, rag="Blue", fst="Complete", owner="Director of Finance",
    upd="MTFP reviewed Oct 2014 and reported to PCC.", tgt=d(2014, 10, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Complete.")])
item("austerity", NATT, NT["austerity"][1], NFA, d(2016, 1, 19), [],
     note="missing: closed item the force never tracked")
item("austerity", NATT, NT["austerity"][2], NFA, d(2023, 10, 12), [R(
    typ="Nat rec",
    text=("CCs & PCCs in forces planning to reduce the proportion of their workforce and/or police "
          "officers on the front line should assess whether they have taken the decisive action seen "
          "in many forces in order to maintain their crime fighting capacity."),
    copy=BP, rag="Amber", fst="Open", owner="Head of Corporate Development",
    upd=("11/07/2023 – Front line definition being refreshed as part of FMS 2023; to be closed "
         "once FMS signed off."),
    tgt=d(2023, 12, 31),
    cat="closeable_local",
    why=("STALE COPY: tracker copy says Being progressed (18/09/2023) but the HMICFRS list now says "
         "No further action required (12/10/2023); force Amber/Open -> force closes its own row."))])
item("austerity", NATT, NT["austerity"][3], C, d(2015, 11, 2), [R(
    typ="Nat rec",
    text=("In preparation for the next spending round all CCs & PCCs should review their plans for "
          "collaboration, incl. whether there is scope for better VFM and improved capability & "
          "capacity through joint working with other forces, the public and/or private sector."),
    copy=C, rag="Blue", fst="Complete", owner="DCC",
    upd="Collaboration review completed (Tri-force / SW region).", tgt=d(2015, 3, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Complete.")])
# ---- Core business 2014 ---------------------------------------------------------------------
item("core", NATT, NT["core"][0], BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=("Not later than 31 March 2015 forces using a THRIVE/threat, harm & risk policy should "
          "provide call-handlers with specific, sound and comprehensible criteria against which they "
          "can assess threat, harm and risk."),
    copy=BP, rag="Green", fst="Proposed for closure", owner="Supt Contact Centre",
    upd=("09/01/2024 – THRIVE+ guidance and call-handler aide memoire in place; QA dip-sample Dec 23 "
         "96% compliant. Proposed for closure at OL Board 17/01/2024."),
    tgt=d(2024, 1, 31),
    cat="closeable_submit",
    why="HMICFRS Being progressed; force Green/Proposed for closure -> submit for closure.")])
item("core", NATT, NT["core"][1], BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
          "carried out is systematically recorded & subsequently evaluated to determine the "
          "effectiveness of tactics being employed."),
    copy=BP, rag="Amber", fst="Open", owner="Head of Corporate Development",
    upd=("05/12/2023 – Problem-solving evaluation template rolled out to Neighbourhood teams; "
         "recording on Niche still inconsistent."),
    tgt=d(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/Open: open on both.")])
# ---- Integrity matters 2015 -----------------------------------------------------------------
item("integrity", NATT, NT["integrity"][0], C, d(2023, 11, 20), [R(
    typ="Nat rec",
    text=NT["integrity"][0],
    copy=BP, rag="Amber", fst="Open", owner="Head of Professional Standards",
    upd=("04/09/2023 – PSD dip-sample of NFA misconduct outcomes scheduled Q3; disproportionality "
         "analysis with the Race Equality lead."),
    tgt=d(2023, 12, 31),
    cat="closeable_local",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Complete (20/11/2023); force "
         "Amber/Open -> close locally. Recurs as a PEEL Legitimacy 2017 force AFI (separate row, "
         "still open on both)."))])
# ---- Stop and search 2 (2015) ---------------------------------------------------------------
item("sas15", NATT, NT["sas15"][0], BP, d(2019, 3, 8), [R(
    typ="Nat rec",
    text=("Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
          "of Practice by explaining to the public the way S&S powers are used in their areas and by "
          "making arrangements for S&S records to be scrutinised by community representatives. This "
          "should be done in a way that involves those people who are stopped and searched, for "
          "example young people."),
    copy=BP, rag="Green", fst="Evidence submitted", owner="ACC Local Policing",
    upd=("30/01/2024 – Youth IAG now reviews BWV of S&S encounters quarterly. Evidence uploaded to "
         "portal 30/01/2024."),
    tgt=d(2024, 1, 31), sub=d(2024, 1, 30),
    cat="closeable_submit",
    why=("HMICFRS Being progressed; force Green/Evidence submitted. RECURRING text: almost the same "
         "as the 2013 recommendation (closed on both); paired by report (Stop and search powers 2)."))])
# ---- Building the picture 2015 --------------------------------------------------------------
item("picture", NATT, NT["picture"][0], BP, d(2018, 2, 2), [R(
    typ="Nat rec", pid=True,
    text=("By 30 Nov 2015, CCs should put in place arrangements to scrutinise audits of compliance "
          "with the APP on information management through the force IM goverance structure."),
    copy=BP, rag="Amber", fst="In progress", owner="Head of Information Management",
    upd="21/11/2023 – MoPI audit programme restarted; first audit report to IAB in March 2024.",
    tgt=d(2024, 3, 31),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress.")])
# ---- Targeting the risk (firearms licensing) 2015 -------------------------------------------
item("firearms", NATT, NT["firearms"][0], C, d(2017, 5, 4), [R(
    typ="Nat rec",
    text=("Within 3 months, all CCs should assess how well the governance of firearms licensing in "
          "their force meets the standards set out in APP and put in place immediately the correct "
          "arrangements where they are not complied with."),
    copy=C, rag="Blue", fst="Complete", owner="Supt Firearms Licensing",
    upd="Governance review completed Dec 2015; FL Board established.", tgt=d(2015, 12, 15),
    cat="in_sync", why="HMICFRS Complete; force Blue/Complete.")])
item("firearms", NATT, NT["firearms"][1], BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=N.FIREARMS,
    copy=BP, rag="Blue", fst="Open", owner="Supt Firearms Licensing",
    upd=("11/12/2023 – Closure evidence (FL demand review; 2 additional FEOs in post; backlog "
         "cleared) uploaded to portal. Awaiting HMICFRS review.\n"
         "15/06/2023 – Demand review presented to FL Board."),
    tgt=d(2023, 12, 31), sub=d(2023, 12, 11),
    cat="closeable_submit",
    why=("RAG/STATUS DISAGREE: Force RAG Blue but Force status Open; the latest dated update "
         "(11/12/2023) says closure evidence was uploaded -> force done. HMICFRS Being progressed "
         "-> submit/chase closure."))])
item("firearms", NATT, NT["firearms"][2], C, d(2023, 10, 3), [R(
    typ="Nat rec", pid=True,
    text=("Immediately, all CCs should satisfy themselves that all appropriate action is being "
          "taken by their force with regard to 'total expired' licensing records."),
    copy=BP, rag="Blue", fst="Complete", owner="Supt Firearms Licensing",
    upd=("22/08/2023 – All total expired records reviewed and actioned; weekly exception report to "
         "Supt FL. Evidence submitted via portal."),
    tgt=d(2023, 8, 31), sub=d(2023, 8, 22),
    cat="in_sync",
    why=("STALE COPY: copy says Being progressed but HMICFRS list now Complete (03/10/2023); force "
         "Blue/Complete -> closed on both, nothing to submit."))])
item("firearms", NATT, NT["firearms"][3], BP, d(2019, 3, 8), [R(
    typ="Nat rec",
    text=("Within 3 months CCs should ensure arrangements for temporary permits accord with HO "
          "guidance; permits are recorded without delay on NFLMS; and effective systems exist so "
          "certificate holders are not permitted at any time to remain in unlawful possession of a "
          "firearm."),
    copy=BP, rag="Amber", fst="In progress", owner="Supt Firearms Licensing",
    upd="08/11/2023 – NFLMS recording audit found 3 permits entered late; process being rewritten.",
    tgt=d(2024, 4, 30),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress.")])
item("firearms", NATT, NT["firearms"][4], C, d(2023, 12, 5), [R(
    typ="Nat rec", pid=True,
    text=("Within three months, all CCs should ensure that systems to identify, prior to police "
          "attendance, whether an incident involves or is at the address of a firearm certificate "
          "holder are in place and always applied by staff dispatching officers; and that officers "
          "understand the risk assessment and their power to seize firearms and certificates."),
    copy=BP, rag="Amber", fst="In progress", owner="Supt Contact Centre",
    upd=("28/09/2023 – STORM flag for certificate holders live; awaiting Q3 dip-sample before "
         "proposing closure."),
    tgt=d(2024, 3, 31),
    cat="closeable_local",
    why=("STALE COPY: copy says Being progressed but HMICFRS list now Complete (05/12/2023); force "
         "Amber/In progress -> force closes its own row."))])
# ---- PEEL effectiveness 2016 (force) --------------------------------------------------------
MISSING_CAUSE = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
item("eff16", COCT, MISSING_CAUSE, BP, d(2018, 9, 14), [R(
    typ="CoC", pid=True,
    text=("CoC – response to missing and absent children: risk assessment inappropriate in some "
          "cases; children classed as 'absent' who should be 'missing'; risk levels sometimes "
          "graded too low."),
    copy=BP, rag="Blue", fst="Evidence submitted", owner="Ch Supt Public Protection",
    upd=("19/12/2023 – All three actions below complete; closure evidence for CoC and "
         "recommendation submitted on portal 19/12/2023."),
    tgt=d(2023, 12, 31), sub=d(2023, 12, 19),
    cat="closeable_submit",
    why="HMICFRS Being progressed; force Blue/Evidence submitted -> submit/chase closure.")])
_eff_bul = [
    ("Missing children (1 of 3): call takers understand and use the missing and absent category "
     "appropriately.", "Missing/absent category removed from STORM in line with APP; call-taker "
     "briefing delivered."),
    ("Missing children (2 of 3): call takers and frontline staff have the necessary knowledge to "
     "identify risk factors associated with CSE and how to respond to such cases.",
     "CSE risk factors in mandatory NCALT + Contact Centre CPD day; 92% completion."),
    ("Missing children (3 of 3): supervisors provide the correct oversight of missing person "
     "enquiries and direct appropriate and timely investigative and safeguarding action.",
     "Missing person supervisory review template mandatory on Niche from Oct 23."),
]
item("eff16", RECT, MISSING_REC, BP, d(2018, 9, 14), [R(
    typ="Rec", pid=True, text=t, copy=BP, rag="Blue", fst="Evidence submitted",
    owner="Ch Supt Public Protection", upd=f"19/12/2023 – {u} Evidence submitted on portal.",
    tgt=d(2023, 12, 31), sub=d(2023, 12, 19),
    cat="closeable_submit",
    why=(f"SPLIT ROW ({i} of 3 bullets of one recommendation): HMICFRS Being progressed; force "
         "Blue/Evidence submitted -> submit."))
    for i, (t, u) in enumerate(_eff_bul, 1)])
item("eff16", AFIT,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", S, d(2019, 6, 21), [R(
    typ="AFI",
    text="Improve understanding of the nature & scale of CSE in Avon and Somerset.",
    copy=S, rag="Amber", fst="Open", owner="Head of Intelligence",
    upd="02/10/2023 – CSE problem profile refresh commissioned from Force Intelligence Bureau.",
    tgt=d(2024, 3, 31),
    cat="closeable_local",
    why=("HMICFRS Superseded (copy agrees); force still Amber/Open -> force closes its own row "
         "(or re-links the work to a current item)."))])
# ---- Stolen freedom 2017 --------------------------------------------------------------------
item("stolen", NATT, N.SF_LEADERSHIP, BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=N.SF_LEADERSHIP.replace("modern slavery and human trafficking", "MSHT"),
    copy=BP, rag="Amber", fst="In progress", owner="Det Ch Supt Force CID",
    upd=("16/01/2024 – MSHT governance board meets bi-monthly; QA framework for victim service "
         "still in design."),
    tgt=d(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress (all four bullets kept).")])
item("stolen", NATT, NT["stolen"][1], BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=("Within twelve months, forces should have in place active information-sharing agreements "
          "with other agencies to facilitate speedy exchange of intelligence and in order to "
          "safeguard victims better and to identify suspects as early as possible."),
    copy=BP, rag="Amber", fst="In progress", owner="Head of Intelligence",
    upd="07/11/2023 – ISA with Bristol CC signed; four other LAs outstanding.",
    tgt=d(2024, 5, 31),
    cat="conflict",
    why=("CONFLICT (timescale): same Portal ID and text, but the tracker says 'Within twelve months' "
         "where HMICFRS says 'Within six months'. Statuses agree (open/open)."))])
item("stolen", NATT, NT["stolen"][2], C, d(2023, 12, 14), [R(
    typ="Nat rec",
    text=("Immediately, forces should ensure all victims carrying out criminal acts under compulsion "
          "attributable to slavery or exploitation are afforded early and continuing consideration "
          "of the s45 defence."),
    copy=BP, rag="Green", fst="Proposed for closure", owner="Head of Criminal Justice",
    upd="24/10/2023 – s45 prompt added to Niche MSHT investigation template; proposed for closure.",
    tgt=d(2023, 10, 31),
    cat="in_sync",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Complete (14/12/2023); force "
         "Green/Proposed for closure -> closed on both."))])
item("stolen", NATT, NT["stolen"][3], BP, d(2023, 10, 5), [R(
    typ="Nat rec", pid=True,
    text=N.MSHT_NRM,
    copy=AR, rag="Green", fst="Complete", owner="Det Ch Supt Force CID",
    upd="13/02/2024 – NRM/DtN compliance audit 100% for Q3. Complete – to be submitted.",
    tgt=d(2024, 2, 29),
    cat="closeable_submit",
    why=("Copy says Awaiting review (stale; list says Being progressed) – open either way; force "
         "Green/Complete -> submit for closure."))])
item("stolen", NATT, NT["stolen"][4], BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=("Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
          "for offences identified as MSHT and that sufficient audit capacity is available to the "
          "force crime registrar."),
    copy=BP, rag="Blue", fst="Evidence submitted", owner="Force Crime Registrar",
    upd="05/02/2024 – FCR audit MSHT recording 97% compliant. Evidence uploaded 05/02/2024.",
    tgt=d(2024, 1, 31), sub=d(2024, 2, 5),
    cat="closeable_submit", why="HMICFRS Being progressed; force Blue/Evidence submitted -> submit.")])
item("stolen", NATT, NT["stolen"][5], C, d(2021, 7, 9), [R(
    typ="Nat rec",
    text=("Immediately, forces should ensure allegations/indications of MSHT are thoroughly "
          "investigated and effectively supervised by teams & individuals with the skills and "
          "experience to undertake them."),
    copy=C, rag="Blue", fst="Closed", owner="Det Ch Supt Force CID",
    upd="Closed by HMICFRS July 2021 (Op Aidant evidence).", tgt=d(2021, 3, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Closed.")])
item("stolen", NATT, NT["stolen"][6], BP, d(2019, 3, 8), [],
     note="missing: open item never added to the tracker")
# ---- PEEL efficiency 2017 national ----------------------------------------------------------
item("efc17", NATT, NT["efc17"][0], S, d(2022, 5, 12), [R(
    typ="Nat rec",
    text="By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
         "services within their force.",
    copy=S, rag="Blue", fst="Closed", owner="Head of Corporate Development",
    upd="Digital Strategy 2018-21 published. Superseded by PEEL 21/22.", tgt=d(2018, 9, 30),
    cat="in_sync", why="HMICFRS Superseded; force Blue/Closed.")])
# ---- PEEL legitimacy 2017 national ----------------------------------------------------------
item("leg17n", COCT, NT["leg17"][0], BP, d(2019, 3, 8), [R(
    typ="CoC", pid=True,
    text=("National CoC: forces not able to demonstrate that use of S&S powers is consistently "
          "reasonable and fair; over-representation of BAME people, and black people in particular, "
          "which many forces cannot explain."),
    copy=BP, rag="Amber", fst="Open", owner="ACC Local Policing",
    upd="12/01/2024 – Disproportionality remains 4.1:1 for black people; see Race Equality plan.",
    tgt="Ongoing",
    cat="in_sync", why="HMICFRS Being progressed; force Amber/Open.")])
item("leg17n", NATT, N.SAS_MONITORING_2017, BP, d(2019, 3, 8), [R(
    typ="Nat rec", pid=True,
    text=("By July 2018 all forces should be regularly & frequently monitoring a comprehensive set of "
          "data on use of S&S to understand: reasons for any disproportionate representation of "
          "ethnic groups; extent to which find rates differ between ethnicities & across search "
          "types (incl. drug possession vs supply); prevalence of possession-only drug searches and "
          "alignment with local/force priorities."),
    copy=BP, rag="Green", fst="Evidence submitted", owner="ACC Local Policing",
    upd="31/01/2024 – S&S Qlik dashboard live with all three measures; evidence pack uploaded.",
    tgt=d(2024, 1, 31), sub=d(2024, 1, 31),
    cat="closeable_submit", why="HMICFRS Being progressed; force Green/Evidence submitted -> submit.")])
item("leg17n", NATT, NT["leg17"][2], C, d(2023, 10, 26), [R(
    typ="Nat rec", pid=True,
    text=("Where disparities are identified through monitoring, demonstrate to the public that the "
          "force has carried out research & analysis to understand the reasons and taken action to "
          "reduce the disparity where necessary."),
    copy=BP, rag="Green", fst="Evidence submitted", owner="ACC Local Policing",
    upd="29/08/2023 – UWE research report published; evidence submitted 29/08/2023.",
    tgt=d(2023, 8, 31), sub=d(2023, 8, 29),
    cat="in_sync",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Complete (26/10/2023); force "
         "Green/Evidence submitted -> closed on both, nothing to submit."))])
item("leg17n", NATT, NT["leg17"][3], C, d(2023, 6, 9), [R(
    typ="Nat rec", pid=True,
    text=NT["leg17"][3],
    copy=C, rag="Amber", fst="Complete", owner="ACC Local Policing",
    upd=("16/01/2024 – 2022/23 disproportionality report published Aug 2023. Annual requirement: "
         "keep OPEN until 2023/24 report is published (due July 2024).\n"
         "10/08/2023 – Report published on force website."),
    tgt=d(2024, 7, 31),
    cat="closeable_local",
    why=("RAG/STATUS DISAGREE: RAG Amber but status Complete; the latest dated update (16/01/2024) "
         "says keep OPEN -> force open. HMICFRS Complete -> force closes its own row."))])
item("leg17n", NATT, NT["leg17"][4], BP, d(2019, 3, 8), [R(
    typ="Nat rec",
    text=("By July 2018 and ongoing, all officers who use S&S powers to have received, and "
          "understand, training on unconscious bias and CoP APP on S&S."),
    copy=BP, rag="Amber", fst="In progress", owner="Head of Learning & Development",
    upd="20/12/2023 – 88% of S&S-using officers trained; new joiners via PEQF.",
    tgt=d(2024, 3, 31),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress.")])
# ---- PEEL legitimacy 2017 (force) -----------------------------------------------------------
LEG_MON = ("The force should establish or improve monitoring of the way officers stop and search "
           "people, so that it can be satisfied its officers are acting in accordance with the law "
           "(including equality legislation and the Code of Practice), and that the power is used "
           "effectively to prevent crime, catch criminals and maintain public trust.")
item("leg17f", AFIT, LEG_MON, BP, d(2019, 3, 8), [R(
    typ="AFI", report="PEEL Legitimacy 2016",
    text=LEG_MON,
    copy=BP, rag="Green", fst="Evidence submitted", owner="ACC Local Policing",
    upd="31/01/2024 – Covered by S&S dashboard (see PEEL Legit 17 S&S row). Evidence uploaded.",
    tgt=d(2024, 1, 31), sub=d(2024, 1, 31),
    cat="conflict",
    why=("CONFLICT (report/year): no Portal ID; the text is the PEEL Legitimacy 2017 force AFI "
         "('the force should ... so that it can be satisfied its officers') but the tracker files it "
         "under 'PEEL Legitimacy 2016'. RECURRING: the 2013 national recommendation has nearly the "
         "same words and is tracked on its own row. (Status alone would be closeable_submit.)"))])
LEG_NFA = ("The force should satisfy itself that it has processes in place to ensure that "
           "investigations into misconduct by officers and staff resulting in “no further action” "
           "are fair and free of any form of discrimination.")
item("leg17f", AFIT, LEG_NFA, BP, d(2019, 3, 8), [R(
    typ="AFI", pid=True,
    text=LEG_NFA.replace("“", '"').replace("”", '"'),
    copy=BP, rag="Amber", fst="In progress", owner="Head of Professional Standards",
    upd="04/09/2023 – Linked to Integrity Matters 2015 action; PSD dip-sample scheduled Q3.",
    tgt=d(2024, 3, 31),
    cat="in_sync",
    why=("HMICFRS Being progressed; force Amber/In progress. RECURRING: the Integrity Matters 2015 "
         "national text is nearly the same but closed by HMICFRS; this row is the 2017 force AFI "
         "(Portal ID and Report)."))])
item("leg17f", AFIT,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", C, d(2020, 2, 6), [R(
    typ="AFI", pid=True,
    text="Provide a confidential way for staff to raise concerns; staff aware of whistleblowing "
         "processes (Integrity line).",
    copy=C, rag="Blue", fst="Closed", owner="Head of Professional Standards",
    upd="Closed Feb 2020.", tgt=d(2019, 12, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Closed.")])
# ---- NCPI 2018 ------------------------------------------------------------------------------
item("ncpi18", RECT,
     "Within six months, the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", C, d(2024, 1, 15), [R(
    typ="Rec", pid=True,
    text="Within six months, improve how we work with partners to safeguard people at risk from CSE.",
    copy=BP, rag="Amber", fst="Open", owner="Ch Supt Public Protection",
    upd="13/09/2023 – Multi-agency CSE/CCE hub business case with the three LSCPs.",
    tgt=d(2024, 3, 31),
    cat="closeable_local",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Complete (15/01/2024); force "
         "Amber/Open -> force closes its own row."))])
item("ncpi18", RECT,
     "Within three months, the force should make sure officers and staff have the training they "
     "need to identify and respond to online child sexual abuse.", BP, d(2019, 3, 8), [R(
    typ="Rec", pid=True,
    text=("Within 3 months, make sure officers & staff have the training they need to identify and "
          "respond to online child sexual abuse."),
    copy=BP, rag="Green", fst="Proposed for closure", owner="Head of Learning & Development",
    upd="18/12/2023 – OCSA e-learning mandatory, 95% completion. Proposed for closure.",
    tgt=d(2023, 12, 31),
    cat="closeable_submit", why="HMICFRS Being progressed; force Green/Proposed for closure -> submit.")])
# ---- CDI 2019 -------------------------------------------------------------------------------
CDI_TEXT = ("Within six months the force should put in place arrangements to ensure that:\n"
            "• at the point of report, victims are believed;\n"
            "• conversations between the call handlers and callers are summarised accurately in the "
            "incident log, thus providing attending officers with full facts on which to base "
            "crime-recording decisions;\n"
            "• multiple crimes are always recorded when described within incident records or "
            "identified as part of other recorded crime investigations;\n"
            "• the practice of awaiting the results of medical examinations or video interviews "
            "before making crime-recording decisions is stopped; and\n"
            "• online reports of crime are triaged at the point of receipt to ensure any ongoing "
            "risks to the victim or the wider public are identified and appropriately managed.")
CDI_FORCE = ("Within six months the force should put in place arrangements to ensure that:\n"
             "- at the point of report, victims are believed;\n"
             "- conversations between call handlers and callers are summarised accurately in the "
             "incident log, thus providing attending officers with full facts on which to base "
             "crime-recording decisions;\n"
             "- multiple crimes are always recorded when described within incident records or "
             "identified as part of other recorded crime investigations; and\n"
             "- the practice of awaiting the results of medical examinations or video interviews "
             "before making crime-recording decisions is stopped.")
item("cdi19", RECT, CDI_TEXT, BP, d(2020, 1, 10), [R(
    typ="Rec", pid=True,
    text=CDI_FORCE,
    copy=BP, rag="Amber", fst="In progress", owner="Force Crime Registrar",
    upd="22/01/2024 – Victim-believed and multiple-crime audits at 91%/88%.",
    tgt=d(2024, 4, 30),
    cat="conflict",
    why=("CONFLICT (missing bullet): same Portal ID, but the tracker text has four bullets; the fifth "
         "('online reports of crime are triaged at the point of receipt...') is not tracked anywhere."))])
item("cdi19", AFIT,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", BP, d(2020, 1, 10), [R(
    typ="AFI", pid=True,
    text="Make sure we record reports of stalking & harassment accurately and without delay.",
    copy=BP, rag="Green", fst="In progress", owner="Force Crime Registrar",
    upd=("06/02/2024 – Re-audit Jan 2024: S&H recording compliance 94% (target 90%). All actions "
         "delivered; evidence pack with DCC for sign-off before submission.\n"
         "10/10/2023 – Re-audit booked for January."),
    tgt=d(2024, 3, 31),
    cat="closeable_submit",
    why=("RAG/STATUS DISAGREE: RAG Green but status In progress; the latest dated update says all "
         "actions delivered and evidence is with the DCC for sign-off -> force done (Green = "
         "actions complete per the sheet's key). HMICFRS Being progressed -> submit."))])
# ---- Disproportionate use of police powers 2021 ---------------------------------------------
item("powers", NATT, NT["powers"][0], BP, d(2022, 4, 7), [R(
    typ="Nat rec", pid=True,
    text=NT["powers"][0],
    copy=C, rag="Amber", fst="In progress", owner="Head of Learning & Development",
    upd="15/02/2024 – Conflict management CPD module in 2024/25 training plan; 41% trained.",
    tgt=d(2024, 7, 31),
    cat="in_sync",
    why=("COPY ERROR: tracker copy says Complete but the HMICFRS list says Being progressed (last "
         "changed 07/04/2022, before the refresh, so not a later change); force Amber/In progress -> "
         "open on both."))])
item("powers", NATT, NT["powers"][1], C, d(2022, 11, 24), [R(
    typ="Nat rec", pid=True,
    text=("By July 2021, forces should ensure communication skills are reinforced as part of CPD "
          "for officers & staff, and that supervisors are supported to routinely debrief officers on "
          "these skills using BWV footage."),
    copy=C, rag="Blue", fst="Complete", owner="Head of Learning & Development",
    upd="Closed by HMICFRS Nov 2022.", tgt=d(2021, 7, 31),
    cat="in_sync", why="HMICFRS Complete; force Blue/Complete.")])
_bwv = [
    ("BWV (a): ensure officers record on BWV (when available) the entirety of all S&S encounters, "
     "including traffic stops and use of force incidents.", "Amber", "In progress",
     "08/01/2024 – BWV activation compliance 87% for S&S; traffic stops 71%."),
    ("BWV (b): structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of BWV footage to identify and disseminate learning and hold officers to account.",
     "Red", "Open", "08/01/2024 – Supervisor review process not yet agreed with Fed; off track."),
    ("BWV (c): provide external scrutiny panel members with access to samples of BWV footage of S&S "
     "and use of force, taking account of the safeguards in CoP APP.", "Amber", "In progress",
     "08/01/2024 – Panel viewing sessions monthly; data-sharing agreement in draft."),
]
item("powers", NATT, N.BWV_2021, BP, d(2022, 4, 7), [R(
    typ="Nat rec", pid=True, text=t, copy=BP, rag=rg, fst=fs, owner="ACC Local Policing", upd=u,
    tgt=d(2024, 6, 30),
    cat="in_sync",
    why=f"SPLIT ROW ({i} of 3 parts of one recommendation): HMICFRS Being progressed; force {rg}/{fs}.")
    for i, (t, rg, fs, u) in enumerate(_bwv, 1)])
item("powers", NATT, NT["powers"][3], AR, d(2021, 2, 26), [],
     note="missing: addressed to the Home Office and NPCC; force never tracked it")
item("powers", NATT, NT["powers"][4], BP, d(2022, 4, 7), [R(
    typ="Nat rec", pid=True,
    text=("By July 2021, forces should ensure they have effective internal monitoring processes on "
          "the use of force to identify & understand disproportionate use, explain the reasons and "
          "implement any necessary improvement action."),
    copy=BP, rag="Red", fst="Proposed for closure", owner="ACC Local Policing",
    upd=("20/11/2023 – Proposed for closure at OL Board 15/11/2023; Board DECLINED (use of force "
         "form completion 61%, target 85%). Remains open – revised target 31/05/2024.\n"
         "01/11/2023 – Proposed for closure."),
    tgt=d(2024, 5, 31),
    cat="in_sync",
    why=("RAG/STATUS DISAGREE: RAG Red but status Proposed for closure; the latest dated update "
         "says the Board declined closure and it remains open -> force open. HMICFRS Being "
         "progressed -> open on both."))])
# ---- PEEL 2021/22 (force) -------------------------------------------------------------------
P21_COC = ("The force does not have the capacity or capability to investigate crime effectively "
           "and this is affecting the service being provided to the public. There are failings in "
           "the way that crimes are being investigated.")
item("peel21", COCT, P21_COC, BP, d(2022, 5, 12), [R(
    typ="CoC", pid=True,
    text="CoC: capacity and capability to investigate crime effectively; failings in the way crimes "
         "are investigated.",
    copy=BP, rag="Amber", fst="In progress", owner="Det Ch Supt Force CID",
    upd="02/02/2024 – Investigations Improvement Plan phase 2; 60 PIP2 detectives recruited.",
    tgt=d(2024, 9, 30),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress.")])
item("peel21", RECT,
     "Within six months, the force should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.", BP,
     d(2022, 5, 12), [R(
    typ="Rec", pid=True,
    text="Within 6 months – ensure regular and active supervison of the quality and progress of "
         "investigations; supervision properly recorded.",
    copy=BP, rag="Green", fst="Evidence submitted", owner="Det Ch Supt Force CID",
    upd="25/01/2024 – Niche supervisory review compliance 90%+ for 6 months. Evidence submitted.",
    tgt=d(2023, 11, 30), sub=d(2024, 1, 25),
    cat="closeable_submit", why="HMICFRS Being progressed; force Green/Evidence submitted -> submit.")])
item("peel21", RECT,
     "Within six months, the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", BP, d(2022, 5, 12), [R(
    typ="AFI", pid=True,
    text="Improve understanding of suspects RUI and the management of those released on bail.",
    copy=BP, rag="Amber", fst="In progress", owner="Head of Criminal Justice",
    upd="11/12/2023 – Bail/RUI dashboard built; Bail Act 2022 changes embedded.",
    tgt=d(2024, 3, 31),
    cat="conflict",
    why=("CONFLICT (type): same Portal ID and ask, but HMICFRS holds a Recommendation (with a "
         "six-month timescale) and the tracker records it as an AFI with no timescale. Statuses "
         "agree (open/open)."))])
item("peel21", AFIT,
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "rape and serious sexual offences.", BP, d(2022, 5, 12), [R(
    typ="AFI", pid=True,
    text="Make sure we have enough specialist capacity & capability to investigate RASSO.",
    copy=BP, rag="Amber", fst="In progress", owner="Det Ch Supt Force CID",
    upd="29/01/2024 – Op Bluestone team at establishment; caseloads still above 15 per officer.",
    tgt=d(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; force Amber/In progress.")])
item("peel21", AFIT,
     "The force should make sure victims of domestic abuse are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", C, d(2023, 7, 20), [R(
    typ="AFI", pid=True,
    text="Keep DA victims informed about the progress of their case in line with the VCOP.",
    copy=C, rag="Amber", fst="Open", owner="Ch Supt Public Protection",
    upd="14/12/2023 – VCOP compliance dip-sample Q3: 78%. Lighthouse victim contact review ongoing.",
    tgt=d(2024, 3, 31),
    cat="closeable_local",
    why=("HMICFRS Complete (copy agrees, 20/07/2023) but the force row is still Amber/Open -> force "
         "closes its own row (the local work can continue outside the HMICFRS tracker)."))])
item("peel21", AFIT, "The force " + N.CONTROL_ROOM[len("The force "):], BP, d(2022, 5, 12), [R(
    typ="AFI", pid=True,
    text=N.CONTROL_ROOM,
    copy=BP, rag=None, fst="Complete", owner="Supt Contact Centre",
    upd="07/02/2024 – Resourcing model implemented; 999 answer times within target since Oct 23.",
    tgt=d(2024, 1, 31),
    cat="closeable_submit",
    why=("Force RAG left blank but Force status Complete (and the update agrees) -> force done; "
         "HMICFRS Being progressed -> submit."))])
P21_WF = ("The force should develop a future workforce plan that is aligned with its overall "
          "demand and budget. The plan should include future resource allocations, the mix of skills "
          "required by the workforce and behaviours expected of them.")
item("peel21", AFIT, P21_WF, BP, d(2022, 5, 12), [R(
    typ="AFI", pid="WRONG",
    text=P21_WF,
    copy=BP, rag="Amber", fst="In progress", owner="Director of People",
    upd="19/01/2024 – Strategic Workforce Plan 2024-27 in draft for Chief Officer Group.",
    tgt=d(2024, 4, 30),
    cat="conflict",
    why=None)])  # why filled in once ids are known
item("peel21", AFIT,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", C, d(2024, 1, 11), [R(
    typ="AFI", pid=True,
    text="Review how we gather & use E&D data to improve understanding of workforce demographics.",
    copy=BP, rag="Blue", fst="Complete", owner="Director of People",
    upd="30/08/2023 – Self-declaration campaign complete (declaration rate 89%). Evidence submitted.",
    tgt=d(2023, 8, 31), sub=d(2023, 8, 30),
    cat="in_sync",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Complete (11/01/2024); force "
         "Blue/Complete -> closed on both."))])
item("peel21", AFIT,
     "The force should make sure it provides accessible information for all staff and members of "
     "the public on how they can raise concerns and access confidential support (including through "
     "external agencies).", BP, d(2023, 11, 2), [R(
    typ="AFI",
    text=("Accessible information for all staff and public on how to raise concerns & access "
          "confidential support (incl. external agencies)."),
    copy=AR, rag="Amber", fst="In progress", owner="Head of Professional Standards",
    upd="06/12/2023 – Public-facing PSD webpages rewritten; Easy Read version with comms.",
    tgt=d(2024, 3, 31),
    cat="in_sync",
    why="Copy says Awaiting review (stale; list says Being progressed) – open either way; force Amber.")])
P21_DIG = ("The force should improve its ability to retrieve digital evidence from mobile phones, "
           "computers and other electronic devices quickly enough to ensure investigations are not "
           "delayed.")
item("peel21", AFIT, P21_DIG, S, d(2023, 11, 16), [R(
    typ="AFI", pid=True,
    text="Improve ability to retrieve digital evidence from phones, computers etc quickly enough "
         "so investigations are not delayed.",
    copy=BP, rag="Amber", fst="In progress", owner="Head of Intelligence",
    upd="03/10/2023 – DFU backlog 412 devices (from 690); kiosk roll-out to 4 hubs.",
    tgt=d(2024, 3, 31),
    cat="closeable_local",
    why=("STALE COPY: copy says Being progressed; HMICFRS list now Superseded (16/11/2023, by the "
         "PEEL 2023/24 AFI with the same words); force Amber -> close this row locally. RECURRING: "
         "the 2023/24 item is on its own row."))])
# ---- Custody 2022 ---------------------------------------------------------------------------
CUST_CHILD = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount of "
    "time;• ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social care "
    "services to achieve the most appropriate option for the child;• ensure that custody staff "
    "make a record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are arrested.")
item("cust22", RECT, CUST_CHILD, AR, d(2022, 8, 23), [R(
    typ="Rec", pid=True,
    text=("With children's social care, review how we manage the detention of children: detain only "
          "when absolutely necessary and for the minimum time; early assessment of need for "
          "alternative accommodation; record all actions & decisions; timelier appropriate adult "
          "support. (Repeat of 2018 custody rec – still requiring attention.)"),
    copy=AR, rag="Amber", fst="In progress", owner="Ch Insp Custody",
    upd="17/01/2024 – Concordat on children in custody re-signed with 3 of 4 LAs.",
    tgt=d(2024, 6, 30),
    cat="in_sync",
    why=("HMICFRS Awaiting review; force Amber/In progress. RECURRING: the 2018 custody row has the "
         "same ask and is not on the HMICFRS list; this row is the 2022 one (Portal ID, Report)."))])
item("cust22", AFIT,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to people with mental ill health.", AR, d(2022, 8, 23), [],
     note="missing: custody AFI left to the custody team's own plan")
# ---- PEEL 2023/24 (force) -------------------------------------------------------------------
item("peel23", AFIT, P21_DIG, AR, d(2023, 11, 16), [R(
    typ="AFI",
    text=P21_DIG,
    copy=None, rag="Amber", fst="Open", owner="Head of Intelligence",
    upd="10/01/2024 – Repeat of PEEL 21/22 AFI. Digital Forensics Improvement Plan v2 drafted.",
    tgt=d(2024, 9, 30),
    cat="in_sync",
    why=("HMICFRS Awaiting review; force Amber/Open. RECURRING: same words as the PEEL 2021/22 AFI "
         "(Superseded); paired by report PEEL 2023/24."))])
item("peel23", AFIT,
     "The force should make sure investigations of rape and serious sexual offences are allocated "
     "to officers with the right skills and are effectively supervised.", AR, d(2023, 11, 16), [R(
    typ="AFI",
    text="Make sure RASSO investigations are allocated to officers with the right skills and are "
         "effectively supervised.",
    copy=None, rag="Red", fst="Not started", owner="Det Ch Supt Force CID",
    upd="10/01/2024 – Owner agreed; action plan due Feb OL Board.", tgt=d(2024, 11, 30),
    cat="in_sync", why="HMICFRS Awaiting review; force Red/Not started.")])
item("peel23", AFIT,
     "The force should improve how it gathers, assesses and acts on intelligence about county lines "
     "drug dealing.", AR, d(2023, 11, 16), [],
     note="missing: new PEEL 2023/24 AFI not yet added to the tracker")
item("peel23", AFIT,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to violence against women and girls.", AR, d(2023, 11, 16), [R(
    typ="AFI",
    text="Make sure officers & staff have the training they need to identify & respond to VAWG.",
    copy=None, rag="Amber", fst="Open", owner="Head of Learning & Development",
    upd="10/01/2024 – VAWG training needs analysis with L&D.", tgt=d(2024, 10, 31),
    cat="in_sync", why="HMICFRS Awaiting review; force Amber/Open.")])
item("peel23", AFIT,
     "The force should make sure its performance framework gives senior leaders a clear picture of "
     "its response to neighbourhood crime.", BP, d(2024, 1, 26), [R(
    typ="AFI",
    text="Performance framework to give senior leaders a clear picture of our response to "
         "neighbourhood crime.",
    copy=None, rag="Green", fst="Complete", owner="Head of Corporate Development",
    upd="12/02/2024 – Neighbourhood crime measures added to Force Performance pack from Jan 24. "
        "Complete; evidence being collated.",
    tgt=d(2024, 2, 29),
    cat="closeable_submit", why="HMICFRS Being progressed; force Green/Complete -> submit for closure.")])
item("peel23", AFIT,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", AR, d(2023, 11, 16), [R(
    typ="AFI",
    text="Improve timeliness of response to calls for service involving ASB.",
    copy=None, rag="Amber", fst="Open", owner="ACC Local Policing",
    upd="10/01/2024 – ASB attendance data being baselined.", tgt=d(2024, 9, 30),
    cat="in_sync", why="HMICFRS Awaiting review; force Amber/Open.")])
item("peel23", AFIT,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", AR,
     d(2023, 11, 16), [R(
    typ="AFI",
    text="Keep victims of stalking & harassment informed about progress of their case (VCOP).",
    copy=None, rag="Amber", fst="Open", owner="Ch Supt Public Protection",
    upd="10/01/2024 – Added to Lighthouse victim contact review.", tgt=d(2024, 9, 30),
    cat="in_sync", why="HMICFRS Awaiting review; force Amber/Open.")])

# --------------------------------------------------------------------------------------------
# Force rows that are not on the HMICFRS list: (insert after report key, row dict)
# --------------------------------------------------------------------------------------------
LOCAL = [
    ("firearms", R(report="Internal audit 2023/24", typ="Local",
                   text="Internal audit action: Internal audit of the firearms licensing governance "
                        "arrangements (audit plan 2023/24)",
                   copy=None, rag="Amber", fst="Open", owner="Director of Finance",
                   upd="12/02/2024 – SWAP audit fieldwork complete; draft report due March.",
                   tgt=d(2024, 3, 31), cat="not_on_hmicfrs_list",
                   why="Internal audit action, no Portal ID: the force's own item, not an HMICFRS one.")),
    ("stolen", R(report="Stolen Freedom (MSHT) 2017", typ="Local",
                 text="Local action: Appoint a single point of contact for modern slavery and human "
                      "trafficking in each local policing area",
                 copy=None, rag="Green", fst="Complete", owner="Det Ch Supt Force CID",
                 upd="MSHT SPOCs in all 5 LPAs since Sept 2023.", tgt=d(2023, 9, 30),
                 cat="not_on_hmicfrs_list",
                 why="Local action under the Stolen Freedom heading, no Portal ID: not an HMICFRS item.")),
    ("ncpi18", R(report="Custody inspection 2018", typ="Rec",
                 text=("Custody 2018: with children's services, review how children are detained – "
                       "detain only when absolutely necessary and for the minimum time; assess early "
                       "the need for alternative accommodation; record all actions and decisions; "
                       "timely appropriate adult support."),
                 copy=None, rag="Blue", fst="Complete", owner="Ch Insp Custody",
                 upd="Closed locally Mar 2020. Repeated in the 2022 custody report (see Custody 2022).",
                 tgt=d(2019, 2, 28), cat="not_on_hmicfrs_list",
                 why=("2018 custody recommendation: not on the HMICFRS list (its 2022 repeat is). "
                      "RECURRING trap: must not take the 2022 item; query with HMICFRS."))),
    ("peel21", R(report="PEEL 2021/22", typ="Local",
                 text="Force action - Dip-sample 50 rape and serious sexual offences crime reports "
                      "each quarter and report findings to the Crime Standards Board",
                 copy=None, rag="Amber", fst="In progress", owner="Force Crime Registrar",
                 upd="Q3 dip-sample done 15/01/2024 (findings to CSB Feb).", tgt="Quarterly",
                 cat="not_on_hmicfrs_list",
                 why="Force's own action supporting the RASSO AFI, no Portal ID: not an HMICFRS item.")),
    ("peel23", R(report="PEEL 2023-25 (hot debrief)", typ="AFI",
                 text=("Hot debrief 22/06/2023: improve the timeliness of its response to calls for "
                       "service involving people with mental ill health."),
                 copy=None, rag="Amber", fst="Open", owner="Supt Contact Centre",
                 upd="10/01/2024 – Not in the published report; check with FLL whether to keep.",
                 tgt=d(2024, 6, 30), cat="not_on_hmicfrs_list",
                 why=("Recorded from the hot debrief; did not appear in the published PEEL 2023/24 "
                      "report or on the HMICFRS list."))),
    ("END", R(report="Force improvement plan", typ="Local",
              text="JAC action: Add violence against women and girls measures to the monthly Force "
                   "Performance pack",
              copy=None, rag="Blue", fst="Complete", owner="Head of Corporate Development",
              upd="Done Dec 2023.", tgt=d(2023, 12, 31), cat="not_on_hmicfrs_list",
              why="Joint Audit Committee action, no Portal ID: the force's own item.")),
]

# --------------------------------------------------------------------------------------------
# Assign HMICFRS ids (plain integers, ascending with publication) and row numbers
# --------------------------------------------------------------------------------------------
order = list(REPORTS)
ITEMS.sort(key=lambda it: order.index(it["report"]))  # stable within a report
used = set()
counters = {k: REPORTS[k][3] for k in REPORTS}
for it in ITEMS:
    counters[it["report"]] += rng.randint(1, 9)
    it["id"] = counters[it["report"]]
    assert it["id"] not in used
    used.add(it["id"])
for i, it in enumerate(ITEMS):
    it["hrow"] = i + 2

# the reference-conflict row: digits of the real id transposed, and not a real id
for it in ITEMS:
    for fr in it["force"]:
        if fr["pid"] == "WRONG":
            s = str(it["id"])
            wrong = int(s[:-2] + s[-1] + s[-2])
            assert wrong not in used and wrong != it["id"], (s, wrong)
            fr["pid_value"] = wrong
            fr["why"] = (f"CONFLICT (reference): the tracker's Portal ID is {wrong} but the HMICFRS "
                         f"item is {it['id']} (last two digits transposed); report and text match. "
                         "Statuses agree (open/open).")

# --------------------------------------------------------------------------------------------
# Tracker rows in tracker order
# --------------------------------------------------------------------------------------------
TR_HEADER_ROW = 5
trows = []  # (row dict, hmicfrs item or None)
tr_order = {k: i for i, k in enumerate(order)}
# custody 2018 sits chronologically between NCPI 2018 and CDI 2019; leg17f conflict row goes
# with the 2016 reports (the force filed it under 2016).
for rk in order:
    its = [it for it in ITEMS if it["report"] == rk]
    if rk == "eff16":
        its_extra = [it for it in ITEMS if it["report"] == "leg17f" and it["force"] and
                     it["force"][0].get("report") == "PEEL Legitimacy 2016"]
    else:
        its_extra = []
    for it in its:
        if rk == "leg17f" and it["force"] and it["force"][0].get("report") == "PEEL Legitimacy 2016":
            continue
        for fr in it["force"]:
            trows.append((fr, it))
    for it in its_extra:
        for fr in it["force"]:
            trows.append((fr, it))
    for after, fr in LOCAL:
        if after == rk:
            trows.append((fr, None))
for after, fr in LOCAL:
    if after == "END":
        trows.append((fr, None))

# --------------------------------------------------------------------------------------------
# Write HMICFRS export
# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fixed_save(wb, path: Path):
    wb.properties.creator = "openpyxl"
    wb.properties.created = dt(2024, 3, 4, 9, 0, 0)
    wb.properties.modified = dt(2024, 3, 4, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T09:00:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


CASE.mkdir(parents=True, exist_ok=True)

wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
hdr = ["ID", "Force", "Inspection / report", "Publication date", "Type",
       "Recommendation / AFI text", "Status", "Status last changed", "Latest HMICFRS comment"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="top")
for it in ITEMS:
    title, pub, _, _ = REPORTS[it["report"]]
    ws.append([it["id"], FORCE, title, pub, it["typ"], it["text"], it["status"], it["changed"],
               COMMENT[it["status"]]])
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    row[3].number_format = "dd/mm/yyyy"
    row[7].number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHI", [9, 16, 40, 12, 20, 80, 18, 14, 40]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:I{ws.max_row}"
fixed_save(wb, CASE / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# Write force tracker
# --------------------------------------------------------------------------------------------
RAG_FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "Blue": "5B9BD5"}
wb = Workbook()
ws = wb.active
ws.title = "Tracker"
ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Organisational Learning team (Strategic Planning & Performance). Tracker last updated: "
            + TRACKER_DATE.strftime("%d/%m/%Y"))
ws["A3"] = ("HMICFRS status column last refreshed from the HMICFRS monitoring portal: "
            + REFRESH_DATE.strftime("%d/%m/%Y") + " – check the portal for the current position")
ws["A3"].font = Font(italic=True, color="C00000")
thdr = ["No.", "Portal ID", "Report", "Type", "Recommendation / AFI", "HMICFRS Status (per portal)",
        "Force RAG", "Force status", "Action owner", "Latest update", "Target date",
        "Date submitted for closure"]
for j, h in enumerate(thdr, 1):
    c = ws.cell(TR_HEADER_ROW, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="203864")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.border = BORDER
r = TR_HEADER_ROW
text_pids = {"powers", "peel21"}  # some Portal IDs typed in as text by one editor
for n, (fr, it) in enumerate(trows, 1):
    r += 1
    fr["frow"] = r
    if it is not None and fr["pid"] is True:
        pid = it["id"]
        if it["report"] in text_pids and rng.random() < 0.5:
            pid = str(pid)
    elif fr["pid"] == "WRONG":
        pid = fr["pid_value"]
    else:
        pid = None
    report = fr.get("report") or REPORTS[it["report"]][2]
    vals = [n, pid, report, fr["typ"], fr["text"], fr["copy"], fr["rag"], fr["fst"], fr["owner"],
            fr["upd"], fr["tgt"], fr["sub"]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BORDER
        if isinstance(v, dt):
            c.number_format = "dd/mm/yyyy"
    if fr["rag"] in RAG_FILL:
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=RAG_FILL[fr["rag"]])
last_item_row = r
# key / legend below the table
r += 2
ws.cell(r, 1, "Key – Force RAG").font = Font(bold=True)
KEY = [("Red", "Off track: past target date, not started, or closure declined"),
       ("Amber", "In progress and on track to meet the target date"),
       ("Green", "Actions complete – evidence being collated / proposed for closure"),
       ("Blue", "Complete – closure evidence submitted to HMICFRS, or closed")]
for word, meaning in KEY:
    r += 1
    ws.cell(r, 1, word).fill = PatternFill("solid", fgColor=RAG_FILL[word])
    ws.cell(r, 2, meaning)
r += 2
ws.cell(r, 1, ("Note: 'HMICFRS Status (per portal)' is copied by hand from the monitoring portal "
               "and is NOT live – see the refresh date in row 3.")).font = Font(italic=True)
for col, w in zip("ABCDEFGHIJKL", [6, 10, 24, 8, 70, 18, 10, 18, 24, 60, 12, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = f"A{TR_HEADER_ROW + 1}"
ws.auto_filter.ref = f"A{TR_HEADER_ROW}:L{last_item_row}"
fixed_save(wb, CASE / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
MISSING_WHY = {
    "missing: closed item the force never tracked":
        "On the HMICFRS list (No further action required) but never in the tracker.",
    "missing: open item never added to the tracker":
        "Open on the HMICFRS list (Being progressed); no tracker row for the Modern Slavery Act "
        "preventative powers recommendation – nobody owns it.",
    "missing: addressed to the Home Office and NPCC; force never tracked it":
        "Addressed to the Home Office and NPCC, but on the force's HMICFRS list (Awaiting review); "
        "not in the tracker -> missing (query whether it should sit against the force).",
    "missing: custody AFI left to the custody team's own plan":
        "Custody 2022 AFI on the HMICFRS list (Awaiting review); not in the tracker.",
    "missing: new PEEL 2023/24 AFI not yet added to the tracker":
        "New PEEL 2023/24 AFI (Awaiting review), published after the last refresh and never added.",
}
lines = []
for it in ITEMS:
    if not it["force"]:
        lines.append((it["hrow"], None, "missing_from_force", MISSING_WHY[it["note"]]))
    for fr in it["force"]:
        lines.append((it["hrow"], fr["frow"], fr["cat"], fr["why"]))
for _, fr in LOCAL:
    lines.append((None, fr["frow"], fr["cat"], fr["why"]))
lines.sort(key=lambda x: (x[0] if x[0] is not None else 10_000, x[1] or 0))

with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for h, fr_, cat, why in lines:
        w.writerow([f"Recommendations!{h}" if h else "", f"Tracker!{fr_}" if fr_ else "", cat, why])

# sanity checks on the design itself
for it in ITEMS:
    for fr in it["force"]:
        hclosed = it["status"] in CLOSED
        if fr["copy"] and fr["copy"] != it["status"]:
            # a stale copy must come from a later HMICFRS change, except the one copy error
            assert it["changed"] > REFRESH_DATE or "COPY ERROR" in fr["why"], it["text"][:60]
        if fr["copy"] == it["status"] and it["status"] != AR:
            assert it["changed"] <= REFRESH_DATE, it["text"][:60]
        if it["report"] == "peel23":
            assert fr["copy"] is None
        assert fr["cat"] in {"in_sync", "closeable_submit", "closeable_local", "conflict"}
        if fr["cat"] == "closeable_submit":
            assert not hclosed
        if fr["cat"] == "closeable_local":
            assert hclosed

# --------------------------------------------------------------------------------------------
# README (written with the case so that the build reproduces the whole folder)
# --------------------------------------------------------------------------------------------
README = """# Case `tracker_with_hmicfrs_status_copy`

Avon and Somerset Constabulary's HMICFRS tracker. Besides its own progress it carries a **hand-made
copy of the HMICFRS status** as last seen on the monitoring portal. That copy is stale: it was last
refreshed on 18/09/2023, and the HMICFRS export is dated 04/03/2024.
Built by `../build_tracker_with_hmicfrs_status_copy.py`: seed **16016**, byte-for-byte
reproducible (fixed zip timestamps and document dates). Run it with `/work/main/.venv/bin/python`.
HMICFRS texts are real (casegen `national.py`, real_recommendations.csv, casegen force bodies,
stems, causes and PEEL topic wording). The force's rewordings, updates and local actions were
written for this case.

## Files
- `hmicfrs.xlsx`, sheet `Recommendations`: the register export. Header on row 1. **65 items** on
  rows 2-66. Columns: `ID` (a plain integer that is unique across the register), `Force`,
  `Inspection / report`, `Publication date`, `Type` (National recommendation / Recommendation /
  Area for improvement / Cause of concern), `Recommendation / AFI text`, `Status` (Awaiting review,
  Being progressed = open; Complete, Superseded, No further action required = closed),
  `Status last changed`, `Latest HMICFRS comment`.
- `tracker.xlsx`, sheet `Tracker`: row 1 is the title, row 2 the owner and "Tracker last updated
  23/02/2024", row 3 "HMICFRS status column last refreshed from the HMICFRS monitoring portal:
  18/09/2023", row 4 is blank, and row 5 holds the **header**. **70 item rows** on rows 6-75. Columns:
  `No.` (the force's running number, not a reference), `Portal ID` (the HMICFRS ID, filled on 40
  rows and blank on the rest; some are numbers and some are typed as text), `Report` (the force's own
  report names, e.g. "PEEL 2021/22", "Stop & search powers 2"), `Type` (Nat rec / Rec / AFI / CoC /
  Local), `Recommendation / AFI`, **`HMICFRS Status (per portal)`** (the stale copy), **`Force RAG`**
  (word plus cell fill), **`Force status`** (Open, In progress, Not started, Evidence submitted,
  Proposed for closure, Complete, Closed), `Action owner`, `Latest update` (dated notes, newest
  first), `Target date` (a date or "Ongoing"/"Quarterly"), `Date submitted for closure`.
  Rows 77-81 hold the RAG key: Red = off track or closure declined, Amber = in progress,
  **Green = actions complete, evidence being collated or proposed for closure**, Blue = complete,
  evidence submitted or closed. Row 83 is a note. Rows 76-83 are not items.
- `truth.csv`: 75 lines (hmicfrs_row, force_row, category, why).

## How the truth decides status
- **HMICFRS side = the `Status` column of hmicfrs.xlsx, never the tracker's copied "HMICFRS Status
  (per portal)".** The copy is only a stale snapshot.
- **Force side = the force's own `Force RAG` and `Force status`.** Done = Green, Blue, Evidence
  submitted, Proposed for closure, Complete or Closed. Open = Red, Amber, Open, In progress or
  Not started.
- **When RAG and status disagree**, an analyst reads the row's latest dated update, and in every
  such row that note settles it (see the traps below). When the RAG is blank, the status decides.
- A split force row (one row per bullet or part) is its own truth line with the same hmicfrs_row
  and gets the same category as its siblings. In this case all siblings share one status.
- A pair whose facts disagree in a way that matters is a `conflict`, whatever the statuses.

## Traps
1. **Stale copied HMICFRS status (the point of the layout).** On 12 rows the copy differs from the
   export:
   - The copy says Being progressed, but the export has since closed the item (changed after
     18/09/2023) and the force is still open, so the truth is **closeable_local**, not in_sync.
     Rows: Tracker!11 (NFA 12/10/2023), 15 (Complete 20/11/2023), 22 (Complete 05/12/2023),
     45 (Complete 15/01/2024) and 65 (Superseded 16/11/2023).
   - The copy says Being progressed, the export is now Complete and the force is done, so the truth
     is **in_sync**, not closeable_submit. Rows: Tracker!20, 32, 40 and 63.
   - The copy says Awaiting review and the export says Being progressed. This changes no category.
     Rows: Tracker!33 and 64.
   - **Copy error**: Tracker!50 is copied as "Complete", but the export says Being progressed, last
     changed 07/04/2022, which is before the refresh. The export wins: open on both, so **in_sync**
     (not closeable_local).
   - Every PEEL 2023/24 row (published 16/11/2023, after the refresh) has a blank copy.
     Tracker!71's item has moved to Being progressed on the export, and the force is done:
     closeable_submit.
   - Where the copy is right (e.g. Tracker!7, 28 and 60, where HMICFRS closed the item and the
     copy says so but the force row is still open), the truth is closeable_local as usual.
2. **Force RAG and Force status disagree** (decided by the latest dated update):
   - Tracker!19: Blue / "Open". On 11/12/2023 closure evidence was uploaded, so the force is
     done. HMICFRS open, so **closeable_submit**.
   - Tracker!41: Amber / "Complete". The 16/01/2024 note says "keep OPEN until 2023/24 report",
     so the force is open. HMICFRS Complete, so **closeable_local**.
   - Tracker!49: Green / "In progress". The 06/02/2024 note says all actions were delivered and
     the evidence is with the DCC; Green means actions complete per the key. So the force is done,
     HMICFRS open, **closeable_submit**.
   - Tracker!55: Red / "Proposed for closure". The 20/11/2023 note says the Board declined
     closure, so the force is open. HMICFRS open, so **in_sync**.
   - Tracker!61 has a blank RAG and status "Complete", so the force is done and the truth is
     **closeable_submit**.
3. **Recurring recommendations across years** (paired by report and Portal ID, not by text alone):
   - Stop and search 2013 rec 3 (Tracker!8, closed on both) and Stop and search powers 2 (2015)
     (Tracker!16, closeable_submit) have almost the same words.
   - Stop and search 2013 "establish or improve monitoring" (Tracker!7) and the PEEL legitimacy
     2017 force AFI with the same ask (Tracker!29).
   - Integrity matters 2015 "no further action" misconduct (Tracker!15, closeable_local) and the
     PEEL legitimacy 2017 force AFI (Tracker!43, in_sync).
   - The PEEL 2021/22 digital evidence AFI (Superseded, Tracker!65) and the same words in PEEL
     2023/24 (Tracker!68, in_sync).
   - The custody 2018 children-in-detention recommendation (Tracker!47) is **not on the HMICFRS
     list** (not_on_hmicfrs_list). Its 2022 repeat is (Tracker!67, in_sync).
4. **Conflicts** (5):
   - Tracker!31: a timescale. The tracker says "Within twelve months" where HMICFRS says "Within
     six months".
   - Tracker!29: the report and year. It is filed as "PEEL Legitimacy 2016" with no Portal ID, but
     it is the PEEL legitimacy 2017 AFI.
   - Tracker!48: a missing bullet. The "online reports triaged" bullet of the CDI 2019
     recommendation is not tracked anywhere.
   - Tracker!58: the type. HMICFRS has a Recommendation with a six-month timescale; the tracker
     has an AFI.
   - Tracker!62: the reference. The Portal ID has its last two digits transposed and is not a
     real ID.
5. **Split rows**:
   - The PEEL effectiveness 2016 missing-children recommendation is split into 3 bullet rows
     (Tracker!25-27). All are closeable_submit.
   - The 2021 body-worn video recommendation is split into 3 part rows (Tracker!52-54). All are
     in_sync.
6. **Missing from the force** (5):
   - a closed austerity item the force never tracked;
   - the open Stolen freedom preventative-powers item;
   - the 2021 item addressed to the Home Office and NPCC. It is on the force's list, so it is
     missing, to be queried;
   - a custody 2022 AFI;
   - a new PEEL 2023/24 AFI (county lines) that has not yet been added.
7. **Not on the HMICFRS list** (6):
   - an internal audit action;
   - an MSHT local action;
   - the custody 2018 recommendation;
   - a force dip-sample action;
   - a "hot debrief" item that never made the published PEEL 2023/24 report;
   - a JAC action.
8. Messiness: abbreviations in the force text (CCs, S&S, MSHT, DA, RASSO, BWV, VCOP), abridged
   rewordings, "we" wording, misspellings ("goverance", "supervison"), some Portal IDs stored as
   text, RAG given by both word and fill, free-text target dates, and a key and note below the
   table. In the export, "Status last changed" 08/03/2019 is used as a bulk date for old items.

## Counts (truth.csv lines)
| category | lines |
|---|---|
| in_sync | 35 |
| closeable_submit | 15 |
| closeable_local | 9 |
| conflict | 5 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 6 |
| **total** | **75** |

65 HMICFRS items (60 matched, 5 missing); 70 tracker item rows (64 paired rows, including 2 × 3
split rows, plus 6 not on the list).
"""
(CASE / "README.md").write_text(README, encoding="utf-8")

counts = {}
for _, _, cat, _ in lines:
    counts[cat] = counts.get(cat, 0) + 1
print("HMICFRS items:", len(ITEMS), "tracker item rows:", len(trows), "truth lines:", len(lines))
print(counts)
