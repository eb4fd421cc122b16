"""Build the evaluation case `closed_rows_shaded_grey`.

Layout: a force tracker in which the analyst shades a finished item's whole row grey instead of
updating its RAG/status column (the note at the top of the sheet says so). The HMICFRS side is a
register export (xlsx) of 58 items across 6 reports.

Run:  /work/main/.venv/bin/python build_closed_rows_shaded_grey.py
Rebuilds closed_rows_shaded_grey/ byte for byte (fixed seed, fixed zip timestamps).
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color

# Load only the text lists (casegen/texts), as a stand-alone package, without importing the tool.
import importlib.util  # noqa: E402

_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "casegen_texts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_mod = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _mod
_spec.loader.exec_module(_mod)
from casegen_texts import (  # noqa: E402  (text lists only)
    BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, FIREARMS, MSHT_INTEL, MSHT_NRM, NATIONAL,
    SAS_MONITORING_2017, SF_LEADERSHIP,
)

SEED = 36036
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "closed_rows_shaded_grey"
FORCE = "Staffordshire Police"
H_SHEET = "Register export"
F_SHEET = "HMICFRS Tracker"
FIXED_ZIP_TIME = (2024, 3, 14, 9, 0, 0)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ----------------------------------------------------------------------------------------------
# Reports (HMICFRS titles, dates), with the tracker's own heading text
# ----------------------------------------------------------------------------------------------
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_SF = ("Stolen freedom: the policing response to modern slavery and human trafficking",
        dt.date(2017, 10, 24))
R_LEG = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force", dt.date(2021, 2, 26))
R_CDI = ("Crime data integrity inspection 2019: Staffordshire Police", dt.date(2019, 9, 19))
R_PEEL = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire Police",
          dt.date(2022, 5, 12))

fire_items = NATIONAL["firearms"][2]
sf_items = NATIONAL["stolen"][2]
leg_items = NATIONAL["leg17"][2]
pow_items = NATIONAL["powers"][2]

# HMICFRS comment texts (register wording, see research notes 1.2)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMICFRS PEEL inspections. Where "
         "a cause of concern still exists this will appear in the register against these "
         "subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMICFRS and will be "
         "updated when this review is complete.")

OPEN_S = ("Being progressed", "Awaiting review")
CLOSED_S = ("Complete", "Superseded")

# ----------------------------------------------------------------------------------------------
# Item specifications.
#   key, report, type, text, hmicfrs status, force spec (or None = missing from force)
# force spec: dict(rows=[row dicts], cat=..., why=...)
# row dict: text, type, ref, rag, shade ('theme'|'rgb'|'idx'|'yellow'|None), font ('grey'|'strike'|None),
#           progress, extra flags
# ----------------------------------------------------------------------------------------------


def afi(body: str) -> str:
    return f"The force should {body}."


MISSING_KIDS_REC = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CDI_REC = "Within three months, the force should " + CDI_VICTIMS_BODY + "."

ITEMS: list[dict] = []


def item(report, typ, text, status, status_date, comment, force=None, cat=None, why=""):
    ITEMS.append(dict(report=report, type=typ, text=text, status=status,
                      status_date=status_date, comment=comment, force=force, cat=cat, why=why))


D = dt.date

# ---- PEEL 2021/22 (force) -----------------------------------------------------------------
PEEL_AFIS = [
    # (body, status, status_date, comment, force rows spec, category, why)
    ("improve its understanding of the nature and scale of domestic abuse in its area",
     "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="Improve understanding of nature & scale of DA in Staffordshire", rag="Amber",
          progress="DA problem profile commissioned from Force Analysis Unit, due Q1 24/25."),
     "in_sync", "open on both; row not shaded, RAG Amber"),
    ("make sure investigations of rape and serious sexual offences are allocated to officers "
     "with the right skills and are effectively supervised", "Being progressed", D(2023, 6, 2),
     C_MON,
     dict(text="AFI - The force should make sure investigations of rape and serious sexual "
               "offences are allocated to officers with the right skills and are effectively "
               "supervised.", rag="Amber", shade="theme",
          progress="Work undertaken in area but still requires development to complete."),
     "closeable_submit", "HMICFRS open; force row shaded grey (done) although RAG still says "
                         "Amber and the progress note is stale"),
    ("improve how it works with partner organisations to safeguard people at risk from child "
     "sexual exploitation", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should improve how it works with partner organisations to safeguard "
               "people at risk from CSE.", rag="Green", shade="theme", font="grey",
          progress="Joint CSE hub live with both local authorities. Signed off by ACC Crime "
                   "04/10/23."),
     "in_sync", "closed on both: HMICFRS Complete, force row shaded grey"),
    ("make sure victims of stalking and harassment are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime", "Being progressed",
     D(2023, 6, 2), C_MON,
     dict(text="Make sure victims of stalking & harassment are kept informed about progress of "
               "their case in line with the Victims Code.", rag="Green",
          progress="VCOP compliance now 92% (Jan 24 audit). Evidence pack being collated for "
                   "submission."),
     "closeable_submit", "HMICFRS open; force RAG Green (implemented per the key) on an "
                         "unshaded row"),
    ("make sure officers and staff have the training they need to identify and respond to "
     "honour-based abuse", "Complete", D(2023, 11, 20), C_AUTH,
     dict(text="The force should make sure officers & staff have the training they need to "
               "identify and respond to honour-based abuse.", rag="Amber",
          progress="HBA e-learning at 71% completion. Face to face inputs for PPU booked."),
     "closeable_local", "HMICFRS Complete; force row not shaded, RAG Amber (still open)"),
    ("make sure its analysis of county lines drug dealing informs its strategic assessment and "
     "control strategy", "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should make sure its analysis of county lines drug dealing informs "
               "its strategic assessment and control strategy.", rag="Red",
          progress="Little work yet undertaken in this area. Unlikely to reach deadlines."),
     "in_sync", "open on both; RAG Red, not shaded"),
    ("improve the way it manages the risk posed by registered sex offenders", "Being progressed",
     D(2023, 6, 2), C_MON,
     dict(text="The force should improve the way it manages the risk posed by registered sex "
               "offenders.", rag="Amber", shade="theme", font="strike",
          progress="ViSOR backlog cleared Nov 23; ARMS training delivered to all MOSOVO staff."),
     "closeable_submit", "HMICFRS open; force row shaded grey with struck-through grey text "
                         "(done), RAG left at Amber"),
    ("make sure it consistently uses ancillary orders and other powers to protect victims of "
     "violence against women and girls", "Awaiting review", D(2022, 5, 12), C_NEW,
     dict(text="Consistent use of ancillary orders & other powers to protect victims of VAWG",
          rag="Amber", progress="DVPN/DVPO and SHPO usage now in monthly performance pack."),
     "in_sync", "open on both (HMICFRS Awaiting review; force Amber, not shaded)"),
    ("improve how it gathers, assesses and acts on intelligence about serious and organised "
     "crime", "Being progressed", D(2023, 6, 2), C_MON, None,
     "missing_from_force", "on the HMICFRS list, no row in the tracker"),
    ("make sure its performance framework gives senior leaders a clear picture of its response "
     "to rape and serious sexual offences", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should make sure its performance framework gives senior leaders a "
               "clear picture of its response to rape and serious sexual offences.", rag="Amber",
          shade="theme",
          progress="RASSO dashboard in Power BI, reviewed monthly at Crime Standards Board."),
     "in_sync", "closed on both: HMICFRS Complete, force row shaded grey (RAG left Amber)"),
    ("improve the timeliness of its response to calls for service involving vulnerable adults",
     "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should improve the timeliness of its response to calls for service "
               "involving vulnerable adults.", rag="Amber", shade="yellow",
          progress="Added 02/24 – found on HMICFRS list, not previously tracked. Allocated to "
                   "Supt Contact Centre."),
     "in_sync", "open on both; row highlighted YELLOW (new item per the key), not grey"),
    ("develop a problem-solving approach to anti-social behaviour, working with local "
     "communities and partners", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should develop a problem-solving approach to anti-social behaviour, "
               "working with local communities & partners.", rag="Green ",
          progress="OSARA training complete. Awaiting sign off by chief officer lead before "
                   "row is greyed."),
     "in_sync", "HMICFRS Complete; force RAG Green (done per the key) although not yet "
                "greyed: closed on both"),
    ("make sure it has enough specialist capacity and capability to investigate digital "
     "forensics", "Complete", D(2023, 11, 20), C_AUTH,
     dict(text="The force should make sure it has enough specialist capacity and capability "
               "to investigate digital forensics.", rag="Red",
          progress="Digital Forensic Unit growth bid deferred to 24/25 budget."),
     "closeable_local", "HMICFRS Complete; force row not shaded, RAG Red (open)"),
    ("evaluate its work to prevent knife crime and share what works across the force",
     "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should evaluate its work to prevent knife crime & share what works "
               "across the force.", rag="Amber", shade="theme", partial=True,
          progress="Evaluation by Keele University received; learning shared via Op Sceptre "
                   "briefing.", q4="Q4 note: no further update required."),
     "closeable_submit", "HMICFRS open; force row shaded grey across A:I (the later Q4 update "
                         "column J was added after shading and is not grey) – done"),
    ("ensure that it has sufficient resources available in the control room to fulfil its "
     "resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce", "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should ensure that it has sufficient resources available in the "
               "control room to fulfil its resourcing model, and so to meet its demand, while "
               "also taking into account the wellbeing of its workforce.", rag="AMBER",
          progress="Contact uplift of 24 FTE approved; recruitment in progress."),
     "in_sync", "open on both"),
    ("make sure it provides a confidential way for staff to raise concerns and that staff are "
     "aware of whistleblowing processes", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="Confidential reporting route for staff & awareness of whistleblowing "
               "processes", rag="Green", shade="theme", font="grey",
          progress="Integrity line relaunched; comms campaign completed Sept 23."),
     "in_sync", "closed on both (grey row)"),
    ("ensure all staff have received at least the lowest level of vetting clearance for their "
     "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
     "renewals when they become due so that it complies fully with the national vetting "
     "guidelines", "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should ensure all staff have received at least the lowest level of "
               "vetting clearance for their roles as quickly as possible, working to clear both "
               "the vetting backlog and new vetting renewals when they become due so that it "
               "complies fully with the national vetting guidelines.", rag="Amber",
          badref=True, progress="Backlog down from 412 to 96. Two temp vetting officers "
                                "extended to Sept 24."),
     "conflict", "text matches verbatim but the tracker's HMICFRS Ref is a transposed number "
                 "that is not on the register (reference disagrees)"),
    ("improve its understanding of suspects released under investigation and the management "
     "of those released on bail", "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="Improve understanding of suspects RUI and management of those on bail",
          rag="Amber", progress="RUI/bail review dashboard built; weekly supervisor review."),
     "in_sync", "open on both"),
    ("ensure regular and active supervision of the quality and progress of investigations. "
     "This supervision should be properly recorded", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should ensure regular and active supervision of the quality and "
               "progress of investigations. This supervison should be properly recorded.",
          rag="Amber", shade="theme", keep_rag_fill=True,
          progress="Supervisory review template mandated on Niche. Signed off by ACC Crime "
                   "12/10/23."),
     "in_sync", "HMICFRS Complete; force row shaded grey except the RAG cell, which kept its "
                "amber fill – the row is greyed and signed off, so done: closed on both"),
    ("develop a clear prevention strategy targeting people most at risk and make sure activity "
     "undertaken prioritises people most at risk", "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should develop a clear prevention strategy targeting people most at "
               "risk and make sure activity undertaken prioritises people most at risk.",
          rag="Red", shade="theme",
          progress="Prevention strategy 2023-26 approved at FET 18/09/23."),
     "closeable_submit", "HMICFRS open; force row grey (done) while RAG still reads Red"),
    ("review how it gathers and uses equality and diversity data to improve its understanding "
     "of its workforce demographics", "Awaiting review", D(2022, 5, 12), C_NEW,
     dict(text="Review how we gather/use E&D data to understand workforce demographics",
          rag="Amber", shade="yellow",
          progress="Added 02/24 – found on HMICFRS list. Allocated to Director of People."),
     "in_sync", "open on both; yellow (new item) row, not grey"),
    ("improve its understanding of the nature and scale of fraud in its area", "Being progressed",
     D(2023, 6, 2), C_MON, None, "missing_from_force", "on the HMICFRS list, no tracker row"),
    ("make sure it has access to accurate data and analysis to support effective performance "
     "management", "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should make sure it has access to accurate data and analysis to "
               "support effective performance management.", rag="Amber",
          progress="Data quality improvement plan 60% delivered."),
     "closeable_local", "HMICFRS Complete; force Amber, not shaded"),
    ("make sure the corporate risk register is actively used to mitigate and manage known risks",
     "Complete", D(2023, 11, 20), C_DONE,
     dict(text="The force should make sure the corporate risk register is actively used to "
               "mitigate and manage known risks.", rag="Red", shade="theme", font="grey",
          progress="Risk register reviewed monthly at Force Risk Board (new ToR)."),
     "in_sync", "closed on both: grey row (RAG left at Red)"),
    ("improve how it gathers, assesses and acts on intelligence about cyber crime",
     "Being progressed", D(2023, 6, 2), C_MON,
     dict(text="The force should improve how it gathers, assesses and acts on intelligence "
               "about cyber crime.", type="Recommendation", rag="Amber",
          progress="Cyber crime intelligence requirement issued; Regional Cyber Crime Unit "
                   "tasking agreed."),
     "conflict", "type disagrees: HMICFRS Area for improvement, tracker records it as a "
                 "Recommendation"),
    ("improve the way it manages the risk posed by offenders involved in domestic abuse",
     "Complete", D(2023, 11, 20), C_DONE,
     dict(text="Improve management of risk posed by DA offenders", rag="Amber",
          progress="Serial perpetrator MATAC process being piloted in North LPA."),
     "closeable_local", "HMICFRS Complete; force Amber, not shaded"),
]

# ----------------------------------------------------------------------------------------------
# Assemble HMICFRS items, in register order (by report, then id)
# ----------------------------------------------------------------------------------------------
HSPEC: list[dict] = []   # per HMICFRS item: id, report, date, type, text, status, ...
FSPEC: list = []         # the tracker layout, in order: ('title'...), ('heading', ...), ('item', ...)


def h(report, typ, text, status, sdate, comment):
    HSPEC.append(dict(report=report[0], published=report[1], type=typ, text=text,
                      status=status, sdate=sdate, comment=comment))
    return len(HSPEC) - 1


# Firearms 2015: ids 3412-3416
fire_keys = [h(R_FIRE, NAT, t, s, sd, c) for (_, t), s, sd, c in zip(fire_items, [
    "Complete", "Being progressed", "Complete", "Complete", "Being progressed"], [
    D(2016, 8, 3), D(2018, 2, 1), D(2016, 8, 3), D(2017, 4, 19), D(2018, 2, 1)], [
    C_DONE, C_REV, C_DONE, C_AUTH, C_REV])]
# Stolen freedom 2017: ids 8391-8397
sf_status = ["Being progressed", "Being progressed", "Complete", "Being progressed", "Complete",
             "Being progressed", "Superseded"]
sf_sdate = [D(2019, 3, 1), D(2019, 3, 1), D(2019, 11, 7), D(2019, 3, 1), D(2019, 11, 7),
            D(2019, 3, 1), D(2021, 9, 30)]
sf_comm = [C_MON, C_MON, C_DONE, C_MON, C_DONE, C_MON, C_SUP]
sf_keys = [h(R_SF, NAT, t, s, sd, c) for (_, t), s, sd, c in zip(sf_items, sf_status, sf_sdate,
                                                                     sf_comm)]
# PEEL legitimacy 2017 national: ids 8541-8545
leg_status = ["Superseded", "Complete", "Being progressed", "Being progressed",
              "Being progressed"]
leg_sdate = [D(2021, 9, 30), D(2019, 6, 14), D(2019, 6, 14), D(2019, 6, 14), D(2019, 6, 14)]
leg_comm = [C_SUP, C_DONE, C_MON, C_MON, C_MON]
leg_keys = [h(R_LEG, t, x, s, sd, c) for (t, x), s, sd, c in zip(leg_items, leg_status,
                                                                    leg_sdate, leg_comm)]
# CDI 2019 (force): ids 10461-10469
cdi_keys = [
    h(R_CDI, REC, CDI_REC, "Complete", D(2021, 3, 12), C_AUTH),
    h(R_CDI, REC, "Within three months, the force should provide call-handlers with specific, "
                  "sound and comprehensible criteria against which they can assess threat, harm "
                  "and risk.", "Complete", D(2021, 3, 12), C_DONE),
    h(R_CDI, AFI, afi("improve its use of its crime-recording and management system to better "
                      "manage its case files and investigative processes"), "Being progressed",
      D(2021, 3, 12), C_MON),
    h(R_CDI, AFI, afi("make sure it records reports of domestic abuse accurately and without "
                      "delay"), "Complete", D(2021, 3, 12), C_DONE),
    h(R_CDI, AFI, afi("make sure it records reports of rape and serious sexual offences "
                      "accurately and without delay"), "Complete", D(2021, 3, 12), C_DONE),
    h(R_CDI, AFI, afi("make sure it records reports of hate crime accurately and without delay"),
      "Being progressed", D(2021, 3, 12), C_MON),
    h(R_CDI, AFI, afi("make sure it records reports of anti-social behaviour accurately and "
                      "without delay"), "Being progressed", D(2021, 3, 12), C_MON),
    h(R_CDI, REC, "Immediately, the force should take steps to ensure it fully complies with "
                  "national crime recording standard (NCRS) requirements for offences identified "
                  "as modern slavery and human trafficking.", "Being progressed", D(2021, 3, 12),
      C_MON),
    h(R_CDI, AFI, afi("make sure it records reports of fraud accurately and without delay"),
      "Being progressed", D(2021, 3, 12), C_MON),
]
# Police powers 2021: ids 11873-11876 (the Home Office/NPCC item is not on a force's list)
pow_force = [x for x in pow_items if not x[1].startswith("The Home Office")]
pow_status = ["Being progressed", "Complete", "Being progressed", "Being progressed"]
pow_sdate = [D(2022, 10, 5), D(2022, 10, 5), D(2022, 10, 5), D(2022, 10, 5)]
pow_comm = [C_MON, C_DONE, C_MON, C_MON]
pow_keys = [h(R_POW, t, x, s, sd, c) for (t, x), s, sd, c in zip(pow_force, pow_status,
                                                                    pow_sdate, pow_comm)]
# PEEL 2021/22 (force): ids 12651-12678
peel_coc = h(R_PEEL, COC, CAUSES[1], "Being progressed", D(2023, 6, 2), C_MON)
peel_mc = h(R_PEEL, REC, MISSING_KIDS_REC, "Being progressed", D(2023, 6, 2), C_MON)
peel_keys = [h(R_PEEL, AFI, afi(b), s, sd, c) for (b, s, sd, c, *_r) in PEEL_AFIS]

IDS_START = {R_FIRE[0]: 3412, R_SF[0]: 8391, R_LEG[0]: 8541, R_CDI[0]: 10461, R_POW[0]: 11873,
             R_PEEL[0]: 12651}
_counter: dict[str, int] = {}
for it in HSPEC:
    n = _counter.get(it["report"], 0)
    it["id"] = IDS_START[it["report"]] + n
    _counter[it["report"]] = n + 1

# register order: by publication date then id
H_ORDER = sorted(range(len(HSPEC)), key=lambda i: (HSPEC[i]["published"], HSPEC[i]["id"]))

# ----------------------------------------------------------------------------------------------
# The force tracker, section by section. Each item row: dict with keys
#   h (index into HSPEC or None), cat, why, no, ref, type, text, lead, rag, progress, target,
#   reviewed, shade, font, partial, keep_rag_fill, q4
# ----------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Information Management", "DCC",
         "Supt Firearms Licensing"]
REVIEWED = [D(2023, 10, 12), D(2023, 12, 7), D(2024, 2, 8), D(2024, 3, 7)]


def row(hk, cat, why, text, typ, rag, progress, shade=None, font=None, ref="auto", lead=None,
        target=None, **kw):
    r = dict(h=hk, cat=cat, why=why, text=text, type=typ, rag=rag, progress=progress,
             shade=shade, font=font, lead=lead or rng.choice(LEADS),
             target=target, reviewed=rng.choice(REVIEWED))
    if ref == "auto":
        # the analyst filled in the register reference for roughly two rows in three
        r["ref"] = HSPEC[hk]["id"] if (hk is not None and rng.random() < 0.65) else None
    else:
        r["ref"] = ref
    r.update(kw)
    return r


SECTIONS: list[tuple[str, list[dict]]] = []

# ---- Section: PEEL 2021/22 -------------------------------------------------------------------
peel_rows = [
    row(peel_coc, "in_sync", "open on both; tracker's cause-of-concern row, abridged, Amber",
        "CoC – force's response to missing & absent children (risk assessment of missing "
        "children; absent category used wrongly)", "CoC", "Amber",
        "Missing persons improvement plan in place – see 1a-1c.", target="30/06/2024"),
    row(peel_mc, "in_sync", "split row 1a of the missing-children recommendation; 2 of 3 "
                            "bullets greyed, 1c still Amber, so the recommendation is open on "
                            "the force side and open on HMICFRS",
        "1a. Call takers understand and use the missing and absent category appropriately",
        "Rec", "Amber", "Absent category withdrawn in line with APP. THRIVE+ refresher "
                        "delivered to all call takers.", shade="theme", no="1a",
        lead="Supt Contact Centre"),
    row(peel_mc, "in_sync", "split row 1b (greyed) – item still open overall because 1c is "
                            "open; HMICFRS open",
        "1b. Call takers and frontline staff have the necessary knowledge to identify risk "
        "factors associated with CSE and how to respond", "Rec", "Green",
        "CSE risk factors input in response officer CPD day (Nov 23).", shade="theme", no="1b",
        ref=None),
    row(peel_mc, "in_sync", "split row 1c, not shaded, Amber: the recommendation is still open "
                            "on the force side; HMICFRS open",
        "1c. Supervisors provide correct oversight of missing person enquiries and direct "
        "appropriate & timely investigative and safeguarding action", "Rec", "Amber",
        "Supervisor oversight dip-sample shows 68% compliance. Re-audit May 24.", no="1c",
        ref=None, lead="Ch Supt Public Protection"),
]
for k, (body, s, sd, c, fs, cat, why) in zip(peel_keys, PEEL_AFIS):
    if fs is None:
        continue
    fs = dict(fs)
    text = fs.pop("text")
    typ = fs.pop("type", "AFI")
    rag = fs.pop("rag")
    prog = fs.pop("progress")
    badref = fs.pop("badref", False)
    r = row(k, cat, why, text, typ, rag, prog, **fs)
    if badref:
        good = str(HSPEC[k]["id"])
        r["ref"] = int(good[:-2] + good[-1] + good[-2])   # transposed last two digits
    peel_rows.append(r)
# the force's own row HMICFRS does not hold (from the hot debrief), and a local action
peel_rows.insert(
    9, row(None, "not_on_hmicfrs_list", "tracker item with no HMICFRS counterpart (recorded from "
                                        "the inspection hot debrief, never on the register)",
           "The force should improve the way it manages the risk posed by offenders involved in "
           "county lines drug dealing.", "AFI", "Amber",
           "From hot debrief 11/21 – not in final report? Check with FLL.", ref=None))
peel_rows.insert(
    4, row(None, "not_on_hmicfrs_list", "the force's own local action (prefix 'Local action:')",
           "Local action: Dip-sample 50 rape and serious sexual offences crime reports each "
           "quarter and report findings to the Crime Standards Board", "Local", "Amber",
           "Q3 dip sample complete (48 reports). Q4 due.", ref=None))
peel_rows.insert(
    12, row(None, "not_on_hmicfrs_list", "the force's own local action, completed (grey row)",
            "Force action - Refresh the county lines drug dealing problem profile and add it to "
            "the control strategy", "Local", "Amber", "Problem profile refreshed Aug 23.",
            shade="theme", font="grey", ref=None))
SECTIONS.append(("PEEL 2021/22 – Staffordshire Police (published 12/05/2022)", peel_rows))

# ---- Section: CDI 2019 -----------------------------------------------------------------------
bul = [re.sub(r"(;| and|;\s*and)+$", "", b.strip()) for b in CDI_VICTIMS_BODY.split("•")[1:]]
cdi_rows = []
letters = "abcde"
for i, b in enumerate(bul):
    txt = b[0].upper() + b[1:]
    if i == 0:
        txt = "Put in place arrangements to ensure that: " + b
    cdi_rows.append(row(cdi_keys[0], "in_sync",
                        f"split row {i + 1}/5 of the CDI victims recommendation; all five split "
                        "rows greyed (done) and HMICFRS Complete",
                        f"R1{letters[i]} {txt}", "Recommendation", rng.choice(["Green", "Amber"]),
                        rng.choice(["Crime Recording Decision Makers in place.",
                                    "Audit Apr 21 – 96% compliance.",
                                    "Signed off by FCR.", None]),
                        shade="rgb", font=("grey" if i % 2 else None), no=f"1{letters[i]}",
                        ref=(HSPEC[cdi_keys[0]]["id"] if i == 0 else None),
                        lead="Force Crime Registrar"))
cdi_rows += [
    row(cdi_keys[1], "closeable_local", "HMICFRS Complete; force Amber, not shaded",
        "Provide call-handlers with specific, sound and comprehensible criteria against which "
        "they can assess threat, harm & risk", "Recommendation", "Amber",
        "THRIVE guidance being rewritten as part of Contact Management Platform go-live.",
        no="2"),
    row(cdi_keys[2], "in_sync", "open on both", "AFI 1 - The force should improve its use of "
        "its crime-recording and management system to better manage its case files and "
        "investigative processes.", "AFI", "Amber",
        "Niche case file module upgrade scheduled June 24.", no="3"),
    row(cdi_keys[3], "in_sync", "closed on both (grey row)", "AFI 2 - The force should make "
        "sure it records reports of DA accurately and without delay.", "AFI", "Amber",
        "DA recording accuracy 94% at last audit.", shade="rgb", no="4"),
    row(cdi_keys[4], "in_sync", "closed on both (grey row, legacy silver fill, indexed colour)",
        "AFI 3 - The force should make sure it records reports of rape and serious sexual "
        "offences accurately and without delay.", "AFI", "Red",
        "Work undertaken in area but still requires development to complete.", shade="idx",
        no="5"),
    row(cdi_keys[5], "closeable_submit", "HMICFRS open; force row shaded grey (done) although "
                                        "RAG still Amber",
        "AFI 4 - The force should make sure it records reports of hate crime accurately and "
        "without delay.", "AFI", "Amber", "Hate crime flag audit complete Feb 24: 97%.",
        shade="theme", no="6"),
    row(cdi_keys[6], "in_sync", "open on both (Red, not shaded)",
        "AFI 5 - The force should make sure it records reports of anti-social behaviour "
        "accurately and without delay.", "AFI", "Red",
        "ASB incidents still not consistently crimed where a notifiable offence is disclosed.",
        no="7"),
    row(cdi_keys[7], "in_sync", "open on both",
        "Immediately, the force should take steps to ensure it fully complies with NCRS "
        "requirements for offences identified as MSHT.", "Recommendation", "Amber",
        "MSHT crimes now on FCR audit plan.", no="8"),
]
SECTIONS.append(("Crime Data Integrity 2019 (pub. 19/09/2019)", cdi_rows))

# ---- Section: Police powers 2021 -------------------------------------------------------------
bwv_parts = [p.strip() for p in BWV_2021.split("\n")]
bwv_parts[0] = bwv_parts[0].replace("By September 2021, forces should: ", "")
pow_rows = [
    row(pow_keys[0], "in_sync", "open on both",
        "By July 2022, forces should ensure that officers & staff have effective communication "
        "skills, in line with the National Policing Guidelines on Conflict Management. This "
        "should be in addition to existing training on conflict management and de-escalation.",
        "National", "Amber", "Included in PST refresh 24/25.", no="1"),
    row(pow_keys[1], "in_sync", "closed on both (grey row)",
        "By July 2021, forces should ensure that communication skills are reinforced as part "
        "of the programme of CPD for officers and staff, and that supervisors are supported to "
        "routinely and frequently debrief officers on these skills using BWV footage.",
        "National", "Green", "Complete.", shade="theme", font="grey", no="2"),
]
for i, p in enumerate(bwv_parts):
    pow_rows.append(row(pow_keys[2], "closeable_submit",
                        f"split row {i + 1}/3 of the BWV recommendation; all three rows greyed "
                        "(done) while HMICFRS still open",
                        f"3{'abc'[i]}. " + ("By September 2021, forces should " if i == 0 else "")
                        + p, "National", ["Amber", "Amber", "Green"][i],
                        ["BWV policy updated: full encounter to be recorded.",
                         "Monthly BWV review panel chaired by Supt Ops Support.",
                         "Scrutiny panel have access to BWV via OPCC viewing suite."][i],
                        shade="theme", no=f"3{'abc'[i]}",
                        ref=(HSPEC[pow_keys[2]]["id"] if i == 0 else None)))
# PEEL legitimacy 2017 unconscious-bias item filed by the force under the 2021 powers heading
pow_rows.append(row(leg_keys[4], "conflict",
                    "report disagrees: HMICFRS holds it under PEEL: Police legitimacy 2017 "
                    "(national), the tracker files it under Police powers 2021",
                    "By July 2018, and ongoing following that date, forces should ensure that "
                    "all officers who use stop and search powers have been provided with, and "
                    "understand, training on unconscious bias and College of Policing APP on "
                    "S&S.", "National", "Amber",
                    "Unconscious bias module now mandatory for S&S trained officers; 83% done.",
                    no="4", ref=None))
SECTIONS.append(("Police powers spotlight (Feb 21) – Disproportionate use of police powers",
                 pow_rows))

# ---- Section: PEEL legitimacy 2017 (national) ------------------------------------------------
leg_rows = [
    row(leg_keys[0], "closeable_local", "HMICFRS Superseded (closed); force row not shaded, "
                                       "Amber",
        "CoC: forces not able to demonstrate that use of S&S powers is consistently reasonable "
        "and fair; over-representation of BAME people, and black people in particular, in S&S "
        "data which many forces are unable to explain.", "CoC", "Amber",
        "See S&S action plan.", no="1"),
    row(leg_keys[1], "in_sync", "closed on both (grey row, old RGB grey)",
        SAS_MONITORING_2017.replace("stop and search", "S&S"), "National", "Green",
        "S&S scrutiny dashboard in place since 2018.", shade="rgb", font="strike", no="2"),
    row(leg_keys[2], "closeable_submit", "HMICFRS open; force RAG GREEN (implemented per the "
                                        "key) on an unshaded row",
        "Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have: •carried out research & analysis in an attempt to understand "
        "the reasons for the disparity, and •taken action to reduce the disparity, where "
        "necessary;", "National", "GREEN",
        "Disproportionality research with Staffordshire Uni published Dec 23. Ready to move "
        "to closure.", no="3"),
    row(leg_keys[3], "in_sync", "open on both",
        "We expect forces to publish this analysis and any actions taken at least on an annual "
        "basis, from July 2018.", "National", "Amber",
        "2023 annual S&S report drafted – awaiting OPCC publication.", no="4"),
]
SECTIONS.append(("PEEL Legitimacy 2017 – national (stop and search)", leg_rows))

# ---- Section: Stolen Freedom 2017 ------------------------------------------------------------
sf_leader_short = SF_LEADERSHIP.rsplit("\n", 1)[0].replace("; and", ".").replace(
    "Within twelve months", "Within 12 months")
sf_rows = [
    row(sf_keys[0], "conflict", "missing bullet: the tracker copies the leadership "
                                "recommendation without its fourth bullet (performance and "
                                "quality assurance measures)",
        sf_leader_short, "National", "Amber",
        "MSHT governance board chaired by ACC Crime meets quarterly.", no="1"),
    row(sf_keys[1], "conflict", "timescale disagrees: HMICFRS 'Within six months', tracker "
                                "'Within 12 months'",
        "Within 12 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible", "National", "Amber",
        "ISA with Stoke-on-Trent CC signed; Staffs CC draft with legal.", no="2"),
    row(sf_keys[2], "in_sync", "closed on both (grey row)", sf_items[2][1], "National", "Amber",
        "Section 45 guidance issued to all investigators.", shade="rgb", no="3"),
    row(sf_keys[3], "closeable_submit", "HMICFRS open; force row grey (done), RAG still Amber",
        MSHT_NRM.replace("modern slavery or human trafficking", "MSHT"), "National", "Amber",
        "Allocated to Det Ch Supt Force CID. NRM referrals audited.", shade="rgb", no="4"),
    row(sf_keys[4], "closeable_local", "HMICFRS Complete; force Amber, not shaded",
        "Immediately, forces should take steps to ensure they fully comply with NCRS "
        "requirements for offences identified as MSHT and that sufficient audit capacity is "
        "available to the FCR to provide reassurance that each force is identifying and "
        "managing any gaps in its crime-recording accuracy for these types of offences.",
        "National", "Amber", "FCR audit capacity under review.", no="5"),
    row(sf_keys[5], "in_sync", "open on both",
        sf_items[5][1].replace("modern slavery and human trafficking", "MSHT"), "National",
        "Amber", "MSHT investigations now allocated to CID; SIO oversight on all.", no="6"),
    row(sf_keys[6], "in_sync", "HMICFRS Superseded (closed); force row grey (done) though RAG "
                               "says Red: closed on both",
        sf_items[6][1], "National", "Red",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.", shade="rgb",
        font="grey", no="7"),
]
SECTIONS.append(("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                 "published 24 October 2017", sf_rows))

# ---- Section: Firearms 2015 (whole section greyed, heading included) --------------------------
fire_rows = []
fire_cat = ["in_sync", "closeable_submit", "in_sync", "in_sync", "closeable_submit"]
fire_rag = ["Green", "Amber", "Green", "Green", "Amber"]
for i, ((_, t), k) in enumerate(zip(fire_items, fire_keys)):
    cat = fire_cat[i]
    why = ("closed on both (grey row in a fully greyed section)" if cat == "in_sync" else
           "HMICFRS open (Being progressed); force row grey (done) in the fully greyed "
           "section, RAG left Amber")
    txt = t.replace("chief constables", "CCs") if i in (1, 3) else t
    fire_rows.append(row(k, cat, why, txt, "National", fire_rag[i],
                         rng.choice(["Complete.", "FLM audit complete.",
                                     "Signed off by DCC 2017.", None]),
                         shade="idx", no=str(i + 1), lead="Supt Firearms Licensing"))
fire_rows.append(row(None, "not_on_hmicfrs_list", "the force's own JAC action, open (not "
                                                  "shaded) inside the greyed section",
                     "JAC action: Internal audit of the firearms licensing governance "
                     "arrangements (audit plan 2023/24)", "Local", "Amber",
                     "Fieldwork Feb 24; report to JAC June 24.", no="6", ref=None,
                     lead="Director of Finance"))
SECTIONS.append(("Targeting the Risk (Firearms Licensing) 2015 – ALL COMPLETE", fire_rows))

# ---- Section: reports not on the HMICFRS export ----------------------------------------------
old_rows = [
    row(None, "not_on_hmicfrs_list", "Building the Picture 2015 item: no such report on the "
                                     "HMICFRS export (closed/removed there); grey row",
        NATIONAL["picture"][2][0][1], "National", "Green", "Complete 2016.", shade="idx",
        font="grey", no="1", ref=None),
    row(None, "not_on_hmicfrs_list", "Stop and search powers 2 (2015) item: report not on the "
                                     "HMICFRS export; still Amber on the tracker",
        NATIONAL["sas15"][2][0][1].replace("stop and search", "S&S"), "National", "Amber",
        "Community scrutiny panel meets bi-monthly; youth panel to be established.", no="2",
        ref=None),
]
SECTIONS.append(("Older reports (Building the Picture 2015 / Stop & search powers 2)", old_rows))

# sanity: every HMICFRS item with a force row appears; count
_seen = {r["h"] for _, rows in SECTIONS for r in rows if r["h"] is not None}
_missing = [i for i in range(len(HSPEC)) if i not in _seen]

# ----------------------------------------------------------------------------------------------
# Styles
# ----------------------------------------------------------------------------------------------
GREY = {
    "theme": PatternFill("solid", fgColor=Color(theme=0, tint=-0.1499984740745262)),
    "rgb": PatternFill("solid", fgColor="FFBFBFBF"),
    "idx": PatternFill("solid", fgColor=Color(indexed=22)),
}
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
RAG_FILL = {"red": PatternFill("solid", fgColor="FFFF0000"),
            "amber": PatternFill("solid", fgColor="FFFFC000"),
            "green": PatternFill("solid", fgColor="FF00B050")}
HEAD_FILL = PatternFill("solid", fgColor="FF1F4E78")
SECTION_FILL = PatternFill("solid", fgColor="FFDCE6F1")
THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixed_zip(path: Path) -> None:
    """Rewrite the xlsx with fixed timestamps so the build is byte-for-byte reproducible."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-03-14T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_props(wb: Workbook, creator: str) -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2024, 3, 14, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 3, 14, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# HMICFRS register export
# ----------------------------------------------------------------------------------------------
def build_hmicfrs() -> dict[int, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Extracted 04/03/2024. Includes items closed since the last definitive list."
    hdr = ["ID", "Force", "Report", "Publication date", "Type", "Recommendation / AFI text",
           "Status", "Status date", "Latest comment"]
    HR = 4
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(HR, c, v)
        cell.font = Font(bold=True)
    rowid: dict[int, str] = {}
    r = HR + 1
    for i in H_ORDER:
        it = HSPEC[i]
        vals = [it["id"], FORCE, it["report"], it["published"], it["type"], it["text"],
                it["status"], it["sdate"], it["comment"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD/MM/YYYY"
        rowid[i] = f"{H_SHEET}!{r}"
        r += 1
    widths = [8, 20, 50, 14, 22, 90, 16, 12, 60]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = w
    ws.auto_filter.ref = f"A{HR}:I{r - 1}"
    ws.freeze_panes = f"A{HR + 1}"
    set_props(wb, "HMICFRS")
    out = CASE / "hmicfrs.xlsx"
    wb.save(out)
    fixed_zip(out)
    return rowid


# ----------------------------------------------------------------------------------------------
# Force tracker
# ----------------------------------------------------------------------------------------------
def build_tracker() -> list[tuple[str, dict]]:
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ncol = 10
    last = "J"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Owner: Organisational Learning & Inspection Team   |   For: Joint Audit "
                "Committee   |   Last full review: 07/03/2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = ("NOTE: When an item has been signed off as complete by the chief officer lead the "
                "WHOLE ROW is shaded grey. The RAG column is not changed when a row is greyed – "
                "it shows the grading given at the last review before completion. Grey rows are "
                "complete and need no further update. Rows highlighted yellow are new items added "
                "since the last JAC.")
    ws["A3"].font = Font(bold=True, color="FFC00000")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A3:{last}3")
    ws.row_dimensions[3].height = 48
    # legend row
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    legend = [("B4", "Red – beyond deadline / at risk", RAG_FILL["red"]),
              ("C4", "Amber – work ongoing", RAG_FILL["amber"]),
              ("D4", "Green – implemented, evidence being collated for closure", RAG_FILL["green"]),
              ("E4", "Complete / signed off", GREY["theme"]),
              ("F4", "New since last JAC", YELLOW)]
    for ref, txt, fill in legend:
        ws[ref] = txt
        ws[ref].fill = fill
        ws[ref].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[4].height = 30
    HR = 6
    hdr = ["No.", "HMICFRS Ref", "Type", "Recommendation / Area for Improvement", "Lead",
           "RAG", "Progress update", "Target date", "Last reviewed", "Q4 23/24 update"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(HR, c, v)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    out_rows: list[tuple[str, dict]] = []
    r = HR + 1
    for si, (heading, rows) in enumerate(SECTIONS):
        ws.cell(r, 1, heading)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        all_done = "ALL COMPLETE" in heading
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = GREY["idx"] if all_done else SECTION_FILL
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        n = 0
        for it in rows:
            if "no" in it:
                no = it["no"]
            else:
                n += 1
                no = str(n)
            target = it["target"] or rng.choice(
                ["31/03/2024", "30/06/2024", "Sept 24", "No deadline set by HMICFRS",
                 "31/12/2024", None])
            vals = [no, it["ref"], it["type"], it["text"], it["lead"], it["rag"],
                    it["progress"], target, it["reviewed"], it.get("q4")]
            shade = it["shade"]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.date):
                    cell.number_format = "DD/MM/YYYY"
                # fills
                fill = None
                if shade in GREY:
                    fill = GREY[shade]
                    if it.get("partial") and c == ncol:
                        fill = None
                    if it.get("keep_rag_fill") and c == 6:
                        fill = RAG_FILL["amber"]
                elif shade == "yellow":
                    fill = YELLOW if c < ncol else None
                    if c == 6:
                        fill = RAG_FILL[it["rag"].strip().lower()]
                elif c == 6 and it["rag"]:
                    fill = RAG_FILL[it["rag"].strip().lower()]
                if fill is not None:
                    cell.fill = fill
                # fonts
                f = it["font"]
                if f == "grey":
                    cell.font = Font(color="FF808080")
                elif f == "strike":
                    cell.font = Font(color="FF808080", strike=True)
                elif c == 6:
                    cell.font = Font(bold=True)
            out_rows.append((f"{F_SHEET}!{r}", it))
            r += 1
        r += 1  # blank row between sections
    widths = [6, 10, 10, 70, 24, 9, 50, 16, 12, 26]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = w
    ws.freeze_panes = f"A{HR + 1}"
    set_props(wb, "OL&I Team")
    out = CASE / "tracker.xlsx"
    wb.save(out)
    fixed_zip(out)
    return out_rows


README = r"""# Case: closed_rows_shaded_grey

Built by `../build_closed_rows_shaded_grey.py` (seed **36036**; it rebuilds every file byte for byte:
the zip timestamps and docProps dates are fixed). Run it with `/work/main/.venv/bin/python`.

## Layout

**hmicfrs.xlsx**, sheet `Register export`. This is an HMICFRS register export for Staffordshire Police.
Rows 1–2 hold a title and an "Extracted 04/03/2024" line, row 3 is blank and the header is on row 4
(`ID, Force, Report, Publication date, Type, Recommendation / AFI text, Status, Status date, Latest
comment`). Rows 5–62 hold **58 items** from **6 reports**, sorted by publication date:
Targeting the risk (firearms, 2015), Stolen freedom (2017), PEEL: Police legitimacy 2017 (national
overview), Crime data integrity inspection 2019 (force), Disproportionate use of police powers (2021) and
PEEL 2021/22 (force). IDs are plain register integers. Types are National recommendation,
Recommendation, Area for improvement and Cause of concern. Statuses are Being progressed, Awaiting
review (open), Complete and Superseded (closed). The comments reuse the register wording from the research notes.

**tracker.xlsx**, sheet `HMICFRS Tracker`. This is the force's own tracker:
- Row 1 is the title, row 2 names the owner and review date, and row 3 is a **NOTE**: *when an item is signed off, the WHOLE
  ROW is shaded grey; the RAG column is not changed and shows the grading at the last review before
  completion; grey rows are complete. Yellow rows are new items added since the last JAC.*
- Row 4 is a legend. Its cells are filled red, amber, green, grey and yellow; these cells are not items. Row 5 is blank.
- The header is on row 6: `No., HMICFRS Ref, Type, Recommendation / Area for Improvement, Lead, RAG, Progress update,
  Target date, Last reviewed, Q4 23/24 update`. Column J was added later and is mostly empty.
- Seven report heading rows (merged A:J, light blue) and a blank row after each section. None of these are items.
- On an open row the RAG text is live, and the RAG cell is filled in its colour. On a **grey row the RAG text is stale**:
  it still reads Amber or Red on many rows that are done.

## How the truth reads status
- HMICFRS: Being progressed and Awaiting review count as **open**. Complete and Superseded count as **closed**.
- Force: a row shaded grey counts as **done**, whatever its RAG text or progress note says. An unshaded row with RAG
  Green also counts as **done**, because the key says "Green – implemented, evidence being collated for closure". An unshaded Amber or Red row counts as **open**.
  A yellow row is open (the key says new item).
- Split rows: the item is done only when **all** of its split rows are done. Every split row carries the
  item's category.

## Traps
1. **Grey row whose RAG says Amber or Red.** The status column was never updated. Examples: Tracker!14, 21, 33, 50, 72, 79, 82
   (HMICFRS open, so closeable_submit) and Tracker!23, 36, 49, 75 (HMICFRS closed, so in_sync). Several have a stale progress
   note ("Little work yet undertaken…", "Work undertaken in area but still requires development…").
2. **Three kinds of grey fill.** Newer rows use the theme colour "White, Background 1, Darker 15%" (theme 0,
   tint −0.15). CDI/Stolen Freedom/PEEL Legit 2017 rows use RGB `BFBFBF`. Firearms and older rows use the legacy
   indexed silver (indexed 22). Some grey rows also have grey font, and a few have grey struck-through font (Tracker!21, 64).
3. **Partly grey rows.** Tracker!27 is grey across A:I, but the later column J ("Q4 note: no further update required.")
   is not grey. It is done, so closeable_submit. On Tracker!32 the whole row is grey except the RAG cell, which kept its amber fill, and the
   progress note says "Signed off by ACC Crime". It is done; HMICFRS says Complete, so in_sync.
4. **Shading that does not mean done.** The yellow "new item" rows Tracker!24 and 34 are open, so in_sync. The light-blue
   section headings, the coloured legend row 4 and the header fill are not items.
5. **A heading shaded grey.** The firearms heading (Tracker!77, "ALL COMPLETE") is grey, and it is a heading, not an item. Inside
   that greyed section, the JAC action (Tracker!83) is unshaded and open, so not_on_hmicfrs_list.
6. **Green but not yet greyed.** Tracker!16 and 65 have HMICFRS open, so closeable_submit. Tracker!25 ("Green " with a trailing
   space, "awaiting sign off before row is greyed") has HMICFRS Complete, so in_sync.
7. **Split rows.**
   - The CDI victims recommendation is split into 5 bullet rows (Tracker!41–45). All are grey and HMICFRS says Complete, so in_sync ×5.
   - The police powers BWV recommendation is split into 3 rows (Tracker!57–59). All are grey and HMICFRS is open, so closeable_submit ×3.
   - The PEEL missing-children recommendation is split into 1a–1c (Tracker!9–11). 1a and 1b are grey and 1c is Amber, so the
     recommendation is still open on the force side. HMICFRS is open, so **in_sync ×3**. The grey 1a and 1b rows are not
     closeable on their own.
8. **Conflicts (5).**
   - Timescale: Stolen Freedom ISAs, HMICFRS "Within six months" vs the tracker's "Within 12 months" (Tracker!70).
   - Missing bullet: Stolen Freedom leadership, where the tracker drops the 4th bullet (Tracker!69).
   - Report: the PEEL Legitimacy 2017 unconscious-bias item is filed under the tracker's Police powers 2021 heading (Tracker!60).
   - Type: HMICFRS has an AFI that the tracker records as a "Recommendation" (Tracker!37).
   - Reference: the text is verbatim, but the tracker ref is 12696 where the register has 12669, a transposed number that is not on the register (Tracker!30).
9. **Tracker wording is messy.** Texts are abbreviated (DA, S&S, MSHT, ISAs, CCs, "&"), abridged ("Improve management of risk
   posed by DA offenders"), prefixed ("AFI 3 - ", "R1a ") or misspelt ("supervison"). The HMICFRS Ref column is filled on only
   about 60% of rows. `No.` is a running number and is not a reference.
10. **Not on the HMICFRS list (6).**
    - Three local actions: Tracker!12 (open), Tracker!20 (grey) and Tracker!83.
    - A PEEL AFI taken from the hot debrief that was never on the register (Tracker!18). It closely resembles
      Tracker!19's county-lines item and the DA-offender AFI on Tracker!38 (register row 62), and all three are under PEEL.
    - One grey row from Building the Picture 2015 (Tracker!86).
    - One open row from Stop and search powers 2 (2015) (Tracker!87). Neither report is on the export.
11. **Missing from the force (4), all open on HMICFRS.** Two PEEL 2021/22 AFIs (SOC intelligence, and fraud nature and
    scale), the CDI fraud recording AFI, and the police powers use-of-force monitoring item.

## Counts
- HMICFRS items: 58. Tracker item rows: 68. Lines in truth.csv: 72.
- Lines by category: in_sync 37, closeable_submit 13, closeable_local 7, conflict 5,
  not_on_hmicfrs_list 6, missing_from_force 4.
- By HMICFRS item (split rows counted once): in_sync 31, closeable_submit 11, closeable_local 7,
  conflict 5, missing_from_force 4. That makes 18 of 58 items (31%) closed on one side only.
"""


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    (CASE / "README.md").write_text(README, encoding="utf-8")
    hrow = build_hmicfrs()
    frows = build_tracker()
    truth = []
    for fr, it in frows:
        truth.append((hrow[it["h"]] if it["h"] is not None else "", fr, it["cat"], it["why"]))
    for i in H_ORDER:
        if i in _missing:
            # the two PEEL AFIs, the CDI fraud AFI and the powers use-of-force item
            truth.append((hrow[i], "", "missing_from_force", "on the HMICFRS list, no row in "
                                                             "the tracker"))
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    print(f"HMICFRS items: {len(HSPEC)}; tracker item rows: {len(frows)}; truth lines: "
          f"{len(truth)}; missing_from_force: {len(_missing)}")


# HMICFRS items missing from the force (no tracker row): PEEL SOC and fraud AFIs, the CDI fraud
# AFI and the Police powers use-of-force monitoring item.
if __name__ == "__main__":
    main()
