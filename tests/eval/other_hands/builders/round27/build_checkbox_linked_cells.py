"""Build the evaluation case `checkbox_linked_cells` (round 27).

A force tracker whose completion is recorded with Excel form-control check boxes. openpyxl
cannot write the check-box drawings, so the builder writes what Excel stores for them: the
linked cells, as real booleans (t="b", TRUE/FALSE), laid out as the real sheet had them:

* sheet "Tracker": boxes drawn in J ("Complete") and K ("Signed off by OLB"), each linked to
  the same row's cell in the hidden helper columns M and N; J and K themselves hold nothing.
* sheet "National": boxes drawn in G ("Complete"), each linked to the cell beneath it, so the
  words TRUE / FALSE show beside every box.
* rows with no box have an empty linked cell.

Run:  /work/main/.venv/bin/python build_checkbox_linked_cells.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import zipfile
from collections import Counter, OrderedDict
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, "/work/main/reconcile/casegen")
from texts import (  # noqa: E402  (real public texts only)
    BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, NATIONAL, SF_LEADERSHIP,
)

SEED = 2026120627
CASE = "checkbox_linked_cells"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TIME = dt.datetime(2024, 11, 18, 9, 30, 0)
rng = random.Random(SEED)

FORCE = "Staffordshire Police"
NEIGHBOUR = "West Midlands Police"

D = dt.datetime
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
CLOSED = {"Complete", "Superseded", "No further action required"}

# ---------------------------------------------------------------------------------------
# HMICFRS side: reports (title, publication date) and items
# ---------------------------------------------------------------------------------------
REPORTS = {
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "leg17f": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 21)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 19)),
    "cus20": ("Report on an unannounced inspection visit to police custody suites 2020",
              D(2020, 8, 11)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 12)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", D(2024, 5, 15)),
}
for k, (title, (y, m, d), _items) in NATIONAL.items():
    REPORTS["n_" + k] = (title, D(y, m, d))


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def nat_type(key: str, i: int) -> str:
    return NATIONAL[key][2][i][0]


MISSING_KIDS = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CUSTODY_KIDS = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)

C_DONE = "This recommendation is complete"
C_SUPER = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_NFA = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the inspection team in recent inspection activity.")
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW = "New recommendation"

# ref, report, type, text, status, status date, comment
H_ITEMS = [
    # national reports, oldest first (the register holds them against every force)
    (2321, "n_everyone", NAT, nat("everyone", 0), "Complete", D(2016, 2, 11), C_DONE),
    (4822, "n_core", NAT, nat("core", 0), "Complete", D(2016, 6, 30), C_DONE),
    (4823, "n_core", NAT, nat("core", 1), "Complete", D(2017, 1, 19), C_DONE),
    (5017, "n_integrity", NAT, nat("integrity", 0), "Complete", D(2016, 9, 8), C_DONE),
    (5904, "n_picture", NAT, nat("picture", 0), "Being progressed", D(2023, 4, 3), C_MON),
    (6120, "n_firearms", NAT, nat("firearms", 0), "Complete", D(2016, 5, 12), C_DONE),
    (6121, "n_firearms", NAT, nat("firearms", 1), "Being progressed", D(2023, 9, 14), C_MON),
    (6122, "n_firearms", NAT, nat("firearms", 2), "Complete", D(2016, 3, 1), C_DONE),
    (6123, "n_firearms", NAT, nat("firearms", 3), "Superseded", D(2022, 11, 2), C_SUPER),
    (6124, "n_firearms", NAT, nat("firearms", 4), "Being progressed", D(2023, 9, 14), C_MON),
    # force: PEEL effectiveness 2016
    (6975, "eff16", COC, CAUSES[0], "Complete", D(2019, 7, 4), C_NFA),
    (6976, "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete", D(2019, 7, 4), C_NFA),
    (6977, "eff16", AFI, "The force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently good "
     "service.", "Superseded", D(2022, 6, 1), C_SUPER),
    (6978, "eff16", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "Being progressed",
     D(2023, 2, 20), C_MON),
    (6979, "eff16", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Complete", D(2019, 7, 4),
     C_DONE),
    # national: Stolen freedom, efficiency 2017, legitimacy 2017
    (8102, "n_stolen", NAT, nat("stolen", 0), "Being progressed", D(2023, 9, 14), C_MON),
    (8103, "n_stolen", NAT, nat("stolen", 1), "Complete", D(2020, 1, 9), C_DONE),
    (8104, "n_stolen", NAT, nat("stolen", 2), "Being progressed", D(2023, 9, 14), C_MON),
    (8105, "n_stolen", NAT, nat("stolen", 3), "Being progressed", D(2023, 9, 14), C_MON),
    (8106, "n_stolen", NAT, nat("stolen", 4), "Complete", D(2021, 3, 18), C_DONE),
    (8107, "n_stolen", NAT, nat("stolen", 5), "Being progressed", D(2023, 9, 14), C_MON),
    (8108, "n_stolen", NAT, nat("stolen", 6), "Being progressed", D(2023, 9, 14), C_MON),
    (8311, "n_efc17", NAT, nat("efc17", 0), "No further action required", D(2020, 10, 6),
     C_NFA),
    # force: PEEL legitimacy 2017
    (8541, "leg17f", AFI, "The force should make sure it provides a confidential way for staff to "
     "raise concerns and that staff are aware of whistleblowing processes.", "Complete",
     D(2020, 2, 27), C_DONE),
    (8542, "leg17f", REC, "Within six months the force should ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, working "
     "to clear both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.", "Being progressed", D(2024, 3, 7),
     C_MON),
    (8543, "leg17f", AFI, "The force should review how it gathers and uses equality and diversity "
     "data to improve its understanding of its workforce demographics.", "Being progressed",
     D(2023, 2, 20), C_MON),
    # national: legitimacy 2017 (stop and search)
    (8560, "n_leg17", nat_type("leg17", 0), nat("leg17", 0), "Complete", D(2021, 5, 13), C_DONE),
    (8561, "n_leg17", NAT, nat("leg17", 1), "Being progressed", D(2023, 9, 14), C_MON),
    (8562, "n_leg17", NAT, nat("leg17", 2), "Being progressed", D(2023, 9, 14), C_MON),
    (8563, "n_leg17", NAT, nat("leg17", 3), "Being progressed", D(2023, 9, 14), C_MON),
    (8564, "n_leg17", NAT, nat("leg17", 4), "Complete", D(2021, 5, 13), C_DONE),
    # force: NCPI 2018
    (9120, "ncpi18", REC, MISSING_KIDS, "Being progressed", D(2024, 1, 15), C_MON),
    (9121, "ncpi18", COC, CAUSES[1], "Complete", D(2021, 8, 26), C_DONE),
    (9122, "ncpi18", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to child sexual exploitation.", "Being progressed",
     D(2024, 1, 15), C_MON),
    (9123, "ncpi18", REC, "Within six months the force should improve how it gathers, assesses "
     "and acts on intelligence about online child sexual abuse.", "Being progressed",
     D(2024, 1, 15), C_MON),
    # force: CDI 2019
    (9860, "cdi19", REC, "Immediately, the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", D(2024, 4, 25), C_MON),
    (9861, "cdi19", REC, "Within three months, the force should improve its use of its "
     "crime-recording and management system to better manage its case files and investigative "
     "processes.", "Awaiting review", D(2024, 4, 25), C_MON),
    (9862, "cdi19", AFI, "The force should make sure it records reports of stalking and "
     "harassment accurately and without delay.", "Complete", D(2022, 3, 10), C_DONE),
    (9863, "cdi19", AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", "Being progressed", D(2024, 4, 25), C_MON),
    # force: custody 2020
    (10210, "cus20", REC, CUSTODY_KIDS, "Being progressed", D(2024, 4, 25), C_MON),
    # national: police powers 2021
    (10390, "n_powers", NAT, nat("powers", 0), "Being progressed", D(2024, 4, 25), C_MON),
    (10391, "n_powers", NAT, nat("powers", 1), "Complete", D(2023, 6, 22), C_DONE),
    (10392, "n_powers", NAT, BWV_2021, "Being progressed", D(2024, 4, 25), C_MON),
    (10393, "n_powers", NAT, nat("powers", 3), "Being progressed", D(2024, 4, 25), C_MON),
    (10394, "n_powers", NAT, nat("powers", 4), "Being progressed", D(2024, 4, 25), C_MON),
    # force: PEEL 2021/22
    (10570, "peel21", AFI, "The force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     "Being progressed", D(2024, 6, 6), C_MON),
    (10571, "peel21", AFI, "The force should make sure the corporate risk register is actively "
     "used to mitigate and manage known risks.", "Complete", D(2023, 11, 30), C_DONE),
    (10572, "peel21", AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "Being progressed", D(2024, 6, 6), C_MON),
    (10573, "peel21", AFI, "The force should make sure it has access to accurate data and "
     "analysis to support effective performance management.", "Complete", D(2024, 2, 8),
     C_DONE),
    (10574, "peel21", AFI, "The force should put plans in place to monitor, including through the "
     "gathering and analysis of staff feedback, team cultures and provide prompt remedial action "
     "for any issues it identifies.", "Being progressed", D(2024, 6, 6), C_MON),
    (10575, "peel21", AFI, "The force should specify in succession plans how it intends to improve "
     "diversity across all levels of the force. This should include offering increased "
     "direct-entry opportunities.", "Being progressed", D(2024, 6, 6), C_MON),
    (10576, "peel21", AFI, "The force should review the support available for those who have "
     "raised concerns and take any action needed to make sure these provisions are suitable.",
     "Complete", D(2023, 11, 30), C_DONE),
    (10577, "peel21", AFI, "The force should develop a clear prevention strategy targeting people "
     "most at risk and make sure activity undertaken prioritises people most at risk.",
     "Being progressed", D(2024, 6, 6), C_MON),
    (10578, "peel21", AFI, "The force should make sure victims of domestic abuse are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", "Being progressed", D(2024, 6, 6), C_MON),
    (10579, "peel21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving vulnerable adults.", "Being progressed", D(2024, 6, 6), C_MON),
    (10580, "peel21", AFI, CONTROL_ROOM, "Being progressed", D(2024, 6, 6), C_MON),
    (10581, "peel21", AFI, "The force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Complete", D(2024, 2, 8), C_DONE),
    (10582, "peel21", AFI, "The force should make sure its analysis of serious and organised crime "
     "informs its strategic assessment and control strategy.", "No further action required",
     D(2024, 2, 8), C_NFA),
    (10583, "peel21", AFI, "The force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).", "Being progressed", D(2024, 6, 6), C_MON),
    (10584, "peel21", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", "Being progressed", D(2024, 6, 6),
     C_MON),
    # force: PEEL 2023/25 (new)
    (11902, "peel23", AFI, "The force should improve its understanding of the nature and scale of "
     "violence against women and girls in its area.", "Awaiting review", D(2024, 5, 15), C_NEW),
    (11903, "peel23", AFI, "The force should make sure investigations of fraud are allocated to "
     "officers with the right skills and are effectively supervised.", "Awaiting review",
     D(2024, 5, 15), C_NEW),
    (11904, "peel23", AFI, "The force should review its approach to hate crime to make sure "
     "victims receive a consistently good service.", "Awaiting review", D(2024, 5, 15), C_NEW),
    (11905, "peel23", REC, "Within six months, the force should make sure it consistently uses "
     "ancillary orders and other powers to protect victims of stalking and harassment.",
     "Awaiting review", D(2024, 5, 15), C_NEW),
    (11906, "peel23", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "Awaiting review",
     D(2024, 5, 15), C_NEW),
    (11907, "peel23", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", "Awaiting review", D(2024, 5, 15),
     C_NEW),
    (11908, "peel23", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to honour-based abuse.", "Awaiting review", D(2024, 5, 15),
     C_NEW),
]
HTEXT = {r[0]: r[3] for r in H_ITEMS}
assert len({r[0] for r in H_ITEMS}) == len(H_ITEMS)

# ---------------------------------------------------------------------------------------
# Force side
# ---------------------------------------------------------------------------------------
# Tracker report names and dates as the force wrote them.
TR_REPORT = {
    "eff16": ("PEEL Effectiveness 2016", D(2017, 3, 1)),
    "leg17f": ("PEEL Legitimacy 2017", D(2017, 12, 1)),
    "leg15": ("PEEL Legitimacy 2015", D(2016, 2, 1)),
    "efy16": ("PEEL Efficiency 2016", D(2016, 11, 1)),
    "ncpi18": ("NCPI 2018", D(2018, 6, 1)),
    "cdi19": ("CDI 2019", D(2019, 9, 1)),
    "cus20": ("Custody inspection 2020", D(2020, 8, 1)),
    "peel21": ("PEEL 2021/22", D(2022, 5, 1)),
    "peel23": ("PEEL 2023/25", D(2024, 5, 1)),
    "local": ("Force improvement plan", None),
}
NAT_TR = {
    "n_everyone": "Everyone's Business (DA) 2014",
    "n_core": "Core Business 2014",
    "n_integrity": "Integrity Matters 2015",
    "n_picture": "Building the Picture 2015",
    "n_firearms": "Firearms licensing 2015",
    "n_stolen": "Stolen Freedom (MSHT) 2017",
    "n_efc17": "PEEL Efficiency 17 (all forces)",
    "n_leg17": "PEEL Legit 17 S&S",
    "n_powers": "Police powers spotlight (Feb 21)",
    "n_sas13": "Stop & Search powers (HMIC 2013)",
    "n_austerity": "Policing in Austerity 2014",
    "local": "Local",
}


def bullets(text: str) -> list[str]:
    return [b.strip().rstrip(";").rstrip(".").replace("; and", "").strip()
            for b in text.split("•")[1:]]


def row(h, rep, typ, text, lead, prog, rag, cb, olb=None, sub=None, ref="=h", conflict=None,
        note=None):
    """One Tracker item row. h: HMICFRS ref it belongs to (None: not on the list)."""
    return dict(h=h, rep=rep, typ=typ, text=text, lead=lead, prog=prog, rag=rag, cb=cb, olb=olb,
                sub=sub, ref=(h if ref == "=h" else ref), conflict=conflict, note=note)


def nrow(h, rep, text, owner, upd, status, cb, ref="=h", conflict=None, note=None):
    """One National item row."""
    return dict(h=h, rep=rep, text=text, lead=owner, prog=upd, rag=status, cb=cb,
                ref=(h if ref == "=h" else ref), conflict=conflict, note=note)


kids = bullets(MISSING_KIDS)
cdi = bullets(CDI_VICTIMS_BODY)
bwv = [p.strip() for p in BWV_2021.split("\n")]

T1 = [
    row(None, "leg15", "AFI", "The force should revise its approach to cautions, cannabis warning "
        "and penalty notices for disorder to ensure that there is a clear and auditable "
        "explanation to the offender of the implications of receiving the warning and that, for "
        "victim-based crimes, there is a clear and auditable record that views of the victim are "
        "considered prior to their issue.", "Head of Criminal Justice",
        "Out of court disposals policy rewritten; audit by Criminal Justice dept Q3 2016. "
        "Completed. Evidence submitted to HMICFRS for closure.", "Blue", True, True,
        D(2017, 2, 9), ref=5531, note="old item, closed by HMICFRS long ago and not on the definitive list"),
    row(None, "efy16", "AFI", "The force should improve its arrangments both to consult with the "
        "public about business planning and to feed back on changes made to service delivery as "
        "a result of such consultation.", "Head of Corporate Development",
        "Consultation strategy with the OPCC. 'You said, we did' pages to go live on the new "
        "website (delayed by web platform move).", "Amber", False, False, ref=None,
        note="no reference; PEEL Efficiency 2016 is not on HMICFRS's list at all"),
    row(6975, "eff16", "CoC", CAUSES[0], "Ch Supt Public Protection",
        "DASH completion audited monthly since 2018; CoC closed by HMICFRS July 2019.", "Blue",
        True, True, D(2019, 3, 14)),
    row(6976, "eff16", "Rec", "Effective supervision of the initial risk assessment process – "
        "completion of DASH in appropriate cases (rec linked to DA cause of concern)",
        "Ch Supt Public Protection",
        "Supervisor DASH review now on Niche. Quarterly dip sample continues; lead wants one "
        "more quarter of data before asking OLB to close.", "Amber", False, False),
    row(None, "local", "Local", "Force action - Task & Finish group to review the domestic abuse "
        "policy and report to the Force Executive Team", "Ch Supt Public Protection",
        "Policy rewrite and communications plan completed; FET approved 25/07.", "Green", True,
        False, ref="Local", note="the force's own action from the DA cause of concern"),
    row(6977, "eff16", "AFI", "The force should improve the supervison of investigations, so that "
        "investigation plans are set, reviewed and recorded and victims receive a consistently "
        "good service.", "Det Ch Supt Force CID",
        "Investigation standards board set up. RAG set Green at the September review but OLB "
        "14/11 asked for the dip-sample results before ticking – still open.", "Green", False, False,
        note="RAG Green is stale: box unticked and the update says still open"),
    row(6978, "eff16", "AFI", "The force should improve its understanding of suspects released "
        "under investigation (RUI) and the management of those released on bail.",
        "Head of Criminal Justice",
        "RUI/bail dashboard live in Qlik; weekly review by custody inspectors. Agreed complete "
        "at OLB.", "Amber", True, True, D(2024, 11, 14),
        note="RAG still Amber, both boxes ticked at the November OLB"),
    row(6979, "eff16", "AFI", "Improve how the force works with partner organisations to "
        "safeguard people at risk from CSE", "Ch Supt Public Protection",
        "Joint CSE hub with both local authorities.", "Blue", True, True, D(2019, 5, 2),
        ref=None),
    row(8541, "leg17f", "AFI", "The force should make sure it provides a confidential way for "
        "staff to raise concerns and that staff are aware of whistleblowing processes.",
        "Head of Professional Standards", "Integrity line relaunched; closed.", "Blue", True,
        True, D(2019, 11, 21)),
    row(8542, "leg17f", "Rec", "Within six months the force should ensure all staff have received "
        "at least the lowest level of vetting clearance for their roles as quickly as possible, "
        "working to clear both the vetting backlog and new vetting renewals when they become due "
        "so that it complies fully with the national vetting guidelines.",
        "Head of Professional Standards",
        "Backlog down to 212 renewals; two extra vetting officers from January.", "Red", False,
        False),
    row(9120, "ncpi18", "Rec", "Missing children (a): " + kids[0], "Supt Contact Centre",
        "Contact centre refresher training delivered to all call takers.", "Green", True, True,
        D(2024, 7, 18), ref="9120 (a)"),
    row(9120, "ncpi18", "Rec", "Missing children (b): " + kids[1], "Supt Contact Centre",
        "CSE risk factors added to the THRIVE prompt; e-learning 96% complete.", "Green", True,
        True, D(2024, 7, 18), ref="9120 (b)"),
    row(9120, "ncpi18", "Rec", "Missing children (c): " + kids[2], "Ch Supt Public Protection",
        "Missing person supervision checklist on Compact; audit found 94% compliance.", "Amber",
        True, True, D(2024, 7, 18), ref="9120 (c)"),
    row(9121, "ncpi18", "CoC", CAUSES[1], "Ch Supt Public Protection",
        "Closed by HMICFRS Aug 2021.", "Blue", True, True, D(2021, 4, 15)),
    row(9122, "ncpi18", "AFI", "The force should make sure officers and staff have the training "
        "they need to identify and respond to child sexual exploitation.",
        "Head of Learning & Development", "CSE module in the 2025 training plan.", "Amber",
        False, False),
    row(9123, "ncpi18", "Rec", "Within twelve months the force should improve how it gathers, "
        "assesses & acts on intelligence about online child sexual abuse.",
        "Head of Intelligence", "POLIT intelligence development officer post recruited.",
        "Amber", False, False, conflict="timescale",
        note="tracker says within twelve months, HMICFRS within six months"),
    row(9860, "cdi19", "Rec", "CDI victims – " + cdi[0], "Force Crime Registrar",
        "Victim-believed message in all call-handling scripts.", "Green", True, False,
        ref="9860"),
    row(9860, "cdi19", "Rec", "CDI victims – " + cdi[1], "Force Crime Registrar",
        "Incident log QA by contact centre supervisors.", "Green", True, False, ref="9860"),
    row(9860, "cdi19", "Rec", "CDI victims – " + cdi[2], "Force Crime Registrar",
        "Crime Registrar audit: multiple-crime recording 91%.", "Green", True, False,
        ref="9860"),
    row(9860, "cdi19", "Rec", "CDI victims – " + cdi[3], "Force Crime Registrar",
        "Practice stopped; guidance to RASSO teams Oct 2020.", "Green", True, False,
        ref="9860", conflict="missing bullet",
        note="HMICFRS text has five bullets; the tracker split it into four rows and never "
             "tracked the fifth (triage of online reports)"),
    row(9861, "cdi19", "Rec", "Within three months, the force should improve its use of its "
        "crime-recording and management system to better manage its case files and "
        "investigative processes.", "Force Crime Registrar",
        "Niche case file module rolled out force-wide. Evidence pack with OLB.", "Amber", True,
        False, note="box ticked, RAG Amber not refreshed, OLB box not yet ticked"),
    row(9862, "cdi19", "AFI", "The force should make sure it records reports of stalking and "
        "harassment accurately and without delay.", "Force Crime Registrar",
        "Stalking recording audit 97%. Closed.", "Blue", True, True, D(2021, 12, 2), ref=None),
    row(10210, "cus20", "Rec", "Within six months the force should, in conjunction with children’s "
        "social care services, review how it manages the detention of children. As a minimum it "
        "should: ensure that all children are only detained when absolutely necessary and for "
        "the absolute minimum amount of time; ensure that officers and staff in the custody "
        "suite assess at an early stage a child’s need for alternative accomodation (secure or "
        "otherwise) and work with children’s social care services to achieve the most "
        "appropriate option for the child; ensure that custody staff make a record of all "
        "actions taken and decisions made on the relevant documentation; and improve the "
        "timeliness of adequate appropriate adult support for children who are arrested.",
        "Ch Insp Custody",
        "Concordat signed with both LAs but secure beds still not available out of hours.",
        "Red", False, False),
    row(10570, "peel21", "AFI", "The force should make sure there are appropriate strategic "
        "oversight arrangements in place to manage risks, performance and improvement plans "
        "effectively.", "DCC", "New Strategic Performance Board and OLB in place since April. "
        "Agreed complete.", "Green", True, True, D(2024, 9, 12)),
    row(10571, "peel21", "AFI", "The force should make sure the corporate risk register is "
        "actively used to mitigate and manage known risks.", "Head of Corporate Development",
        "Closed by HMICFRS Nov 2023.", "Blue", True, True, D(2023, 7, 13)),
    row(10572, "peel21", "AFI", "The force should make sure all processes in place to support "
        "performance management are effective.", "Head of Corporate Development",
        "Performance framework review still open – RAG left at Green from the September "
        "review in error, see OLB minutes 14/11.", "Green", False, False,
        note="RAG Green is stale: box unticked and the update says still open"),
    row(10573, "peel21", "AFI", "The force should make sure it has access to accurate data and "
        "analysis to support effective performance management.",
        "Head of Corporate Development",
        "Data quality improvement plan: 3 of 5 milestones delivered.", "Amber", False, False),
    row(10574, "peel21", "AFI", "Put plans in place to monitor team cultures (including through "
        "staff feedback) and take prompt remedial action for any issues identified",
        "Director of People", "Completed – culture dashboard and pulse survey live; agreed at "
        "OLB 14/11.", "Amber", True, True, D(2024, 11, 14),
        note="RAG still Amber; both boxes ticked at the November OLB"),
    row(10575, "peel21", "AFI", "The force should specify in succession plans how it intends to "
        "improve diversity across all levels of the force. This should include offering "
        "increased direct-entry opportunities.", "Director of People",
        "Talent management framework in draft.", "Amber", False, False),
    row(10576, "peel21", "AFI", "The force should review the support available for those who have "
        "raised concerns and take any action needed to make sure these provisions are suitable.",
        "Head of Professional Standards", "Closed by HMICFRS.", "Blue", True, True,
        D(2023, 7, 13)),
    row(10578, "peel21", "Rec", "The force should make sure victims of DA are kept informed about "
        "the progress of their case, in line with the Code of Practice for Victims of Crime.",
        "Ch Supt Public Protection", "VCOP compliance 78% (target 90%).", "Amber", False, False,
        conflict="type", note="tracker types it a recommendation; HMICFRS an area for "
                              "improvement"),
    row(10579, "peel21", "AFI", "The force should improve the timeliness of its response to calls "
        "for service involving vulnerable adults.", "Supt Contact Centre",
        "Vulnerability desk live; attendance times within target for 6 months.", "Green", True,
        False),
    row(10580, "peel21", "AFI", CONTROL_ROOM, "Supt Contact Centre",
        "Resourcing model agreed; 14 call handler vacancies.", "Red", False, False),
    row(10581, "peel21", "AFI", "The force should improve its ability to retrieve digital evidence "
        "from mobile phones, computers and other electronic devices quickly enough to ensure "
        "investigations are not delayed.", "Det Ch Supt Force CID",
        "Kiosk roll-out to 4 of 6 stations. Backlog 140 devices.", "Amber", False, False),
    row(10582, "peel21", "AFI", "The force should make sure its analysis of serious and organised "
        "crime informs its strategic assessment and control strategy.", "Head of Intelligence",
        "SOC profile refresh due Q4.", "Amber", False, False),
    row(10583, "peel21", "AFI", "The force should make sure it provides accessible information for "
        "all staff and members of the public on how they can raise concerns and access "
        "confidential support (including through external agencies).",
        "Head of Professional Standards", "Public pages drafted; awaiting web team.", "Amber",
        False, False, ref=None),
    row(10584, "peel21", "AFI", "The force should improve the way it manages the risk posed by "
        "offenders involved in online child sexual abuse.", "Ch Supt Public Protection",
        "MOSOVO caseloads rebalanced; ARMS assessments up to date.", "Green", True, False,
        ref=10548, conflict="reference",
        note="tracker reference 10548 is a transposition of HMICFRS 10584; same text, same "
             "report"),
    row(9863, "peel21", "AFI", "The force should make sure it records reports of rape and serious "
        "sexual offences accurately and without delay.", "Force Crime Registrar",
        "RASSO recording audit planned for Q1.", "Amber", False, False, ref=None,
        conflict="report",
        note="filed under PEEL 2021/22 (dated May 2022) with no reference; HMICFRS has it under "
             "Crime data integrity inspection 2019"),
    row(None, "local", "Local", "Internal audit action: Internal audit of the counter-corruption "
        "governance arrangements (audit plan 2023/24)", "Head of Professional Standards",
        "Fieldwork complete, draft report due Dec.", "Amber", False, False, ref="Local",
        note="the force's own action"),
    row(None, "local", "Local", "Force improvement plan: Dip-sample 50 rape and serious sexual "
        "offences crime reports each quarter and report findings to the Crime Standards Board",
        "Force Crime Registrar", "Q1 and Q2 samples done.", "Green", False, False, ref="Local",
        note="the force's own action; near the RASSO recording AFI (9863) but not a split of it"),
    "SECTION",
    row(11902, "peel23", "AFI", "The force should improve its understanding of the nature and "
        "scale of violence against women and girls in its area.", "ACC Crime",
        "VAWG problem profile commissioned.", "Amber", None),
    row(11903, "peel23", "AFI", "The force should make sure investigations of fraud are allocated "
        "to officers with the right skills and are effectively supervised.",
        "Det Ch Supt Force CID", "Complete – Economic Crime Unit restructure done; allocation "
        "policy live 1 Oct. Evidence pack ready for OLB.", "Green", None),
    row(11904, "peel23", "AFI", "Review approach to hate crime – victims to receive a consistently "
        "good service", "ACC Local Policing", "Hate crime scrutiny panel relaunched.", "Amber",
        None, ref=None),
    row(11905, "peel23", "Rec", "Within six months, the force should make sure it consistently "
        "uses ancillary orders and other powers to protect victims of stalking and harassment.",
        "Ch Supt Public Protection", "Awaiting allocation.", None, None, ref=None),
    row(11907, "peel23", "AFI", "The force should improve the timeliness of its response to calls "
        "for service involving people with mental ill health.", "Supt Contact Centre",
        "Right Care Right Person phase 2 live; mental health triage car response within target. "
        "Evidence accepted by OLB.", "Blue", None),
    row(11908, "peel23", "AFI", "The force should make sure officers and staff have the training "
        "they need to identify and respond to honour-based abuse.",
        "Head of Learning & Development",
        "Training package drafted; delivery to start January 2025.", "Green", False, False,
        note="the one PEEL 2023/25 row that was given check boxes: unticked, so open despite "
             "the Green RAG"),
]

LEADS_N = ["Supt Firearms Licensing", "ACC Crime", "Head of Intelligence", "ACC Local Policing",
           "Force Crime Registrar", "Head of Information Management", "Director of Finance",
           "Head of Learning & Development", "Det Ch Supt Force CID"]

T2 = [
    nrow(None, "n_sas13", nat("sas13", 1), "ACC Local Policing",
         "Stop search scrutiny panel and monthly BWV review.", "Complete", True, ref=1187,
         note="2013 item HMICFRS no longer holds against the force"),
    nrow(2321, "n_everyone", nat("everyone", 0), "Ch Supt Public Protection",
         "DA action plan published 2014; superseded by VAWG plan.", "Complete", True),
    nrow(None, "n_austerity", nat("austerity", 0), "Director of Finance",
         "MTFS savings plan reviewed annually.", "Complete", True, ref=None,
         note="2014 austerity item, not on HMICFRS's list"),
    nrow(4822, "n_core", nat("core", 0), "Supt Contact Centre", "THRIVE in use.", "Complete",
         True),
    nrow(4823, "n_core", nat("core", 1), "ACC Local Policing",
         "Problem-solving database not yet evaluated.", "Ongoing", False),
    nrow(5017, "n_integrity", nat("integrity", 0), "Head of Professional Standards",
         "Disproportionality review of NFA misconduct outcomes annually.", "Complete", True),
    nrow(5904, "n_picture", nat("picture", 0), "Head of Information Management",
         "Information Management Board reviews MOPI audits quarterly. Complete.", "Ongoing",
         True, ref="5904", note="status words stale (Ongoing); box ticked"),
    nrow(6120, "n_firearms", nat("firearms", 0), "Supt Firearms Licensing",
         "APP governance self-assessment done 2015.", "Complete", True, ref="6120"),
    nrow(6121, "n_firearms", nat("firearms", 1), "Supt Firearms Licensing",
         "Renewals backlog 1,140; temporary staff until March.", "Ongoing", False, ref="6121"),
    nrow(6122, "n_firearms", nat("firearms", 2), "Supt Firearms Licensing",
         "Total expired records cleared.", "Complete", True, ref=None),
    nrow(6123, "n_firearms", nat("firearms", 3), "Supt Firearms Licensing",
         "Temporary permit process being rewritten with NFLMS team.", "Ongoing", False,
         ref="6123"),
    nrow(6124, "n_firearms", nat("firearms", 4), "Supt Firearms Licensing",
         "STORM flag for certificate holders live; dispatcher briefing done. Complete.",
         "Ongoing", True, ref="6124", note="status words stale (Ongoing); box ticked"),
    nrow(8102, "n_stolen", SF_LEADERSHIP, "ACC Crime",
         "MSHT governance board; QA measures still being built.", "Ongoing", False),
    nrow(8103, "n_stolen", nat("stolen", 1), "Head of Intelligence",
         "ISAs signed with both LAs and GLAA.", "Complete", True, ref=None),
    nrow(8104, "n_stolen", nat("stolen", 2), "Det Ch Supt Force CID",
         "Section 45 guidance in MSHT investigation policy; CPS agreed.", "Ongoing", True,
         note="status words stale (Ongoing); box ticked"),
    nrow(8105, "n_stolen", nat("stolen", 3), "Det Ch Supt Force CID",
         "NRM referrals and duty to notify handled by the MSHT unit.", "Complete", None,
         note="no check box on this row; status words decide"),
    nrow(8106, "n_stolen", nat("stolen", 4), "Force Crime Registrar",
         "MSHT NCRS audit scheduled.", "Ongoing", False),
    nrow(8107, "n_stolen", nat("stolen", 5), "Det Ch Supt Force CID",
         "Draft closure report returned by the DCC – further dip sample needed before "
         "ticking.", "Complete", False,
         note="status words say Complete but box unticked and update says not yet"),
    nrow(None, "local", "Local action: Appoint a single point of contact for modern slavery and "
         "human trafficking in each local policing area", "ACC Crime", "SPOCs in all 4 LPAs.",
         "Complete", True, ref=None, note="the force's own action"),
    nrow(8311, "n_efc17", nat("efc17", 0), "Head of Information Management",
         "Digital strategy 2019-22 published.", "Complete", True),
    nrow(8560, "n_leg17", nat("leg17", 0), "ACC Local Policing",
         "Cause of concern closed by HMICFRS 2021.", "Complete", True),
    nrow(8561, "n_leg17", nat("leg17", 1), "ACC Local Policing",
         "Monthly S&S data pack to scrutiny panel covers all three bullets. Complete.",
         "Ongoing", True, note="status words stale (Ongoing); box ticked"),
    nrow(8562, "n_leg17", nat("leg17", 2), "ACC Local Policing",
         "Disparity research with the university under way.", "Ongoing", False),
    nrow(8563, "n_leg17", nat("leg17", 3), "ACC Local Policing",
         "Annual analysis not yet published for 2023/24.", "Ongoing", False, ref="8563"),
    nrow(8564, "n_leg17", nat("leg17", 4), "Head of Learning & Development",
         "Unconscious bias in PSTT and S&S refresher.", "Complete", True),
    nrow(10390, "n_powers", nat("powers", 0), "Head of Learning & Development",
         "Conflict management module rewrite.", "Ongoing", False),
    nrow(10391, "n_powers", nat("powers", 1), "Head of Learning & Development",
         "CPD day content agreed; BWV debrief guide in draft.", "Ongoing", False),
    nrow(10392, "n_powers", "(1) " + bwv[0].replace("By September 2021, forces should: ", ""),
         "ACC Local Policing", "BWV mandatory for all S&S since 2021.", "Complete", True,
         ref="10392"),
    nrow(10392, "n_powers", "(2) " + bwv[1], "ACC Local Policing",
         "Professional Standards BWV review process live.", "Complete", True, ref="10392"),
    nrow(10392, "n_powers", "(3) " + bwv[2], "ACC Local Policing",
         "Panel access agreed in principle; data protection impact assessment outstanding.",
         "Ongoing", False, ref="10392",
         note="third part unticked, so the recommendation is open on the force side"),
    nrow(10393, "n_powers", nat("powers", 3), None, "For Home Office / NPCC – no force action.",
         "Not for force (HO/NPCC)", None,
         note="no check box; status words say not the force's to deliver, which the force "
              "counts as done"),
    nrow(10394, "n_powers", nat("powers", 4), "ACC Local Policing",
         "Use of force monitoring through the Legitimacy Board. Complete.", "Ongoing", True,
         note="status words stale (Ongoing); box ticked"),
]

# ---------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------


def hclosed(ref: int) -> bool:
    return HSTATUS[ref] in CLOSED


HSTATUS = {r[0]: r[4] for r in H_ITEMS}
DONE_WORDS = {"green", "blue", "complete", "not for force (ho/npcc)"}


def force_done(r: dict) -> bool:
    if r["cb"] is not None:
        return bool(r["cb"])
    return (r["rag"] or "").strip().lower() in DONE_WORDS


def status_phrase(r: dict) -> str:
    if r["cb"] is True:
        s = "box ticked"
    elif r["cb"] is False:
        s = "box unticked"
    else:
        s = "no check box (linked cell empty)"
    word = r["rag"] if r["rag"] else "blank"
    return f"{s}, status/RAG {word}"


def build_truth(h_rowid: dict, f_rows: list[tuple[str, dict]]):
    by_h: dict[int, list[tuple[str, dict]]] = OrderedDict()
    lines = []
    for rid, r in f_rows:
        assert r["h"] is None or r["h"] in HSTATUS, r["h"]
        if r["h"] is not None:
            by_h.setdefault(r["h"], []).append((rid, r))
    for rid, r in f_rows:
        if r["h"] is None:
            lines.append((None, rid, "not_on_hmicfrs_list",
                          f"{r['note']}; {status_phrase(r)}"))
    for ref, status, *_ in [(x[0], x[4]) for x in H_ITEMS]:
        hr = h_rowid[ref]
        if ref not in by_h:
            lines.append((hr, None, "missing_from_force",
                          f"HMICFRS {ref} ({status}) has no row in the tracker"))
            continue
        group = by_h[ref]
        done = all(force_done(r) for _, r in group)
        conflict = next((r["conflict"] for _, r in group if r["conflict"]), None)
        hc = hclosed(ref)
        if conflict:
            cat = "conflict"
        elif hc and done:
            cat = "in_sync"
        elif not hc and not done:
            cat = "in_sync"
        elif not hc and done:
            cat = "closeable_submit"
        else:
            cat = "closeable_local"
        split = f"; split over {len(group)} rows, force done only if all are" if len(group) > 1 \
            else ""
        for rid, r in group:
            why = (f"HMICFRS {status} ({'closed' if hc else 'open'}); force "
                   f"{'done' if done else 'open'}: {status_phrase(r)}{split}")
            note = r["note"] or next((g["note"] for _, g in group if g["conflict"]), None) \
                if conflict else r["note"]
            if conflict:
                why = f"{conflict} differs: {note}; " + why
            elif note:
                why += f" ({note})"
            lines.append((hr, rid, cat, why))
    return lines


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
RAG_FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0"}
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb: Workbook) -> None:
    wb.properties.creator = "Organisational Learning Team"
    wb.properties.lastModifiedBy = "Organisational Learning Team"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def save_stable(wb: Workbook, path: Path) -> None:
    """Save, then rewrite the zip with fixed entry timestamps so the bytes are stable."""
    fix_props(wb)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-18T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def write_hmicfrs(path: Path) -> dict[int, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    hdr = ["Reference", "Force", "Report title", "Publication date", "Type",
           "Recommendation text", "Status", "Status date", "Latest comment"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    rowid = {}
    # register export order: by report publication date, then reference
    items = sorted(H_ITEMS, key=lambda x: (REPORTS[x[1]][1], x[0]))
    for ref, rep, typ, text, status, sdate, comment in items:
        ws.append([ref, FORCE, REPORTS[rep][0], REPORTS[rep][1], typ, text, status, sdate,
                   comment])
        r = ws.max_row
        rowid[ref] = f"Export!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [11, 20, 50, 14, 24, 90, 18, 12, 60]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    ws.freeze_panes = "A2"
    save_stable(wb, path)
    return rowid


def rag_cell(c, word):
    c.value = word
    if word and word.strip().lower() in RAG_FILL:
        c.fill = PatternFill("solid", fgColor=RAG_FILL[word.strip().lower()])
        c.font = Font(bold=True, color="FFFFFF" if word.lower() in ("red", "blue") else "000000")
    c.alignment = Alignment(horizontal="center", vertical="top")


def write_tracker(path: Path) -> list[tuple[str, dict]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations, Causes of Concern & AFIs – Force Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by the Organisational Learning Team. Tick boxes updated after the "
                "Organisational Learning Board (OLB) of 14/11/2024; RAG from the quarterly "
                "review (Sept 2024). See 'Key' tab.")
    ws["A2"].font = Font(italic=True, color="595959")
    hdr = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
           "Recommendation / Cause of concern / AFI", "Lead", "Progress update", "RAG",
           "Complete", "Signed off by OLB", "Date submitted for closure",
           "Complete (cell link)", "OLB (cell link)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.fill, c.font, c.border = HDR_FILL, HDR_FONT, BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 5
    n = 0
    out = []
    for item in T1:
        if item == "SECTION":
            ws.cell(r, 1, "PEEL 2023/25 – items added 12/06/2024 from the published report "
                          "(tick boxes still to be added – use RAG)")
            ws.cell(r, 1).font = Font(bold=True, italic=True)
            for j in range(1, 13):
                ws.cell(r, j).fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        n += 1
        rep, pub = TR_REPORT[item["rep"]]
        vals = [n, item["ref"], rep, pub, item["typ"], item["text"], item["lead"],
                item["prog"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(r, 4).number_format = "mmm-yy"
        rag_cell(ws.cell(r, 9), item["rag"])
        ws.cell(r, 9).border = BORDER
        for j in (10, 11):  # where the check boxes are drawn: the cells hold nothing
            ws.cell(r, j).border = BORDER
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        c = ws.cell(r, 12, item.get("sub"))
        c.number_format = "dd/mm/yyyy"
        c.border = BORDER
        c.alignment = Alignment(vertical="top")
        if item["cb"] is not None:  # linked cells, exactly as Excel stores them
            ws.cell(r, 13, bool(item["cb"]))
            ws.cell(r, 14, bool(item["olb"]))
        out.append((f"Tracker!{r}", item))
        r += 1
    last = r - 1
    widths = [5, 11, 22, 9, 7, 70, 26, 50, 9, 10, 11, 13, 12, 12]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(4, j).column_letter].width = w
    ws.column_dimensions["M"].hidden = True
    ws.column_dimensions["N"].hidden = True
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:L{last}"
    dv = DataValidation(type="list", formula1='"Red,Amber,Green,Blue"', allow_blank=True)
    dv.add(f"I5:I{last}")
    ws.add_data_validation(dv)

    # National sheet
    ns = wb.create_sheet("National")
    ns["A1"] = "National (all-force) HMICFRS recommendations – Staffordshire position"
    ns["A1"].font = Font(bold=True, size=13)
    ns["A2"] = ("Tick 'Complete' when the lead's evidence is accepted. Status column kept for "
                "history – not updated since April 2024.")
    ns["A2"].font = Font(italic=True, color="595959")
    nh = ["Ref", "Report", "Recommendation", "Owner", "Update", "Status", "Complete"]
    for j, h in enumerate(nh, 1):
        c = ns.cell(3, j, h)
        c.fill, c.font, c.border = PatternFill("solid", fgColor="375623"), HDR_FONT, BORDER
        c.alignment = Alignment(horizontal="center", vertical="center")
    r = 4
    for item in T2:
        vals = [item["ref"], NAT_TR[item["rep"]], item["text"], item["lead"], item["prog"],
                item["rag"]]
        for j, v in enumerate(vals, 1):
            c = ns.cell(r, j, v)
            c.alignment = WRAP
            c.border = BORDER
        c = ns.cell(r, 7, None if item["cb"] is None else bool(item["cb"]))
        c.alignment = Alignment(horizontal="right", vertical="top")
        c.border = BORDER
        out.append((f"National!{r}", item))
        r += 1
    for col, w in zip("ABCDEFG", [8, 26, 80, 24, 48, 18, 11]):
        ns.column_dimensions[col].width = w
    ns.freeze_panes = "A4"
    ns.auto_filter.ref = f"A3:G{r - 1}"

    # Key sheet
    ks = wb.create_sheet("Key")
    key = [
        ("Key", None),
        (None, None),
        ("RAG", "Meaning"),
        ("Red", "Beyond deadline, or cannot / will not be implemented (rationale required)"),
        ("Amber", "Work under way; expected to be implemented"),
        ("Green", "Implemented – evidence being collated for OLB"),
        ("Blue", "Complete – evidence accepted by OLB"),
        (None, None),
        ("Tick boxes", None),
        ("Complete", "Ticked by the Organisational Learning Team when the lead's evidence is "
                     "accepted."),
        ("Signed off by OLB", "Ticked when the Organisational Learning Board agrees the item can "
                              "be submitted to HMICFRS for closure."),
        (None, "The RAG is only refreshed at the quarterly review. Where RAG and tick box "
               "differ, the tick box is the current position."),
        (None, "Rows with no tick box: use the RAG."),
    ]
    for i, (a, b) in enumerate(key, 1):
        ks.cell(i, 1, a)
        ks.cell(i, 2, b)
    ks["A1"].font = Font(bold=True, size=13)
    ks["A3"].font = ks["B3"].font = ks["A9"].font = Font(bold=True)
    for i in range(4, 8):
        rag_cell(ks.cell(i, 1), ks.cell(i, 1).value)
    ks.column_dimensions["A"].width = 18
    ks.column_dimensions["B"].width = 100
    wb.active = 0
    save_stable(wb, path)
    return out


README = """# Case `checkbox_linked_cells` (round 27)

Built by `../build_checkbox_linked_cells.py` (seed `2026120627`, fixed workbook timestamps;
re-running it rebuilds all three data files byte for byte). Force: Staffordshire Police
(fictional position, real public HMICFRS texts from `/work/shared/data` and the casegen text lists).

## Files
- `hmicfrs.xlsx`: sheet `Export`, header on row 1, 67 items (rows 2–68), a plain register export:
  `Reference` (integer, register-wide) · `Force` · `Report title` · `Publication date` ·
  `Type` (Recommendation / Area for improvement / Cause of concern / National recommendation) ·
  `Recommendation text` · `Status` · `Status date` · `Latest comment`. Status values: open =
  `Awaiting review`, `Being progressed`; closed = `Complete`, `Superseded`,
  `No further action required`. Sorted by publication date, then reference.
- `tracker.xlsx`: the force tracker, three sheets (below). 78 item rows.
- `truth.csv`: 82 lines (75 items; three recommendations are split over 3, 4 and 3 rows).

## What the tracker looked like in Excel (with its check boxes)
openpyxl cannot write form-control check boxes, so the file holds what Excel stores for them:
the **linked cells**, as real booleans (`t="b"`, TRUE/FALSE). On screen the sheet looked like this:

**Sheet `Tracker`** (force-level reports and local actions). Rows 1–2 title and a note ("Tick
boxes updated after the OLB of 14/11/2024; RAG from the quarterly review (Sept 2024). See 'Key'
tab."), row 3 blank, header on **row 4**, items from row 5 to 51, frozen at row 5, filter on A4:L.
Columns: `No.` (running number, not a reference) · `HMICFRS Ref` · `Report` · `Published`
(mmm-yy) · `Type` (AFI / Rec / CoC / Local) · text · `Lead` · `Progress update` · `RAG`
(Red/Amber/Green/Blue words on matching solid fills, list validation) · **`Complete`** ·
**`Signed off by OLB`** · `Date submitted for closure` · then **hidden** columns M
`Complete (cell link)` and N `OLB (cell link)`.
A form-control check box sat in J and another in K on every row 5–44 and on row 51; each box was
linked to the same row's cell in hidden M (for J) or N (for K). So J and K show ticked/unticked
boxes but their cells are **empty**; the TRUE/FALSE values live only in the hidden M/N.
Row 45 is a section row ("PEEL 2023/25 – items added 12/06/2024 … tick boxes still to be added –
use RAG"); rows 46–50 have **no check boxes at all** (M/N empty); row 51 (11908) was later given
boxes, both unticked (FALSE).

**Sheet `National`** (all-force reports). Rows 1–2 title and note ("Tick 'Complete' when the
lead's evidence is accepted. Status column kept for history – not updated since April 2024."),
header on **row 3**, items rows 4–35. Columns `Ref` · `Report` · `Recommendation` · `Owner` ·
`Update` · `Status` (words: Complete / Ongoing / Not for force (HO/NPCC)) · **`Complete`**. Here
each check box sat in G and was linked to **the cell beneath it**, unformatted, so the words
TRUE / FALSE show (right-aligned) beside each box. Rows 19 (8105) and 34 (10393) have no box
(G empty). Some refs are stored as text ("5904"), some as numbers, some missing.

**Sheet `Key`**: legend only (no items). RAG meanings (Red, Amber, Green = implemented, evidence
being collated; Blue = complete, evidence accepted by OLB) and: "The RAG is only refreshed at the
quarterly review. Where RAG and tick box differ, the tick box is the current position." / "Rows
with no tick box: use the RAG."

## How the truth decides force status (the rule a careful analyst applies)
1. A check box decides where there is one: linked cell TRUE → done, FALSE → open. The sheet
   itself says so (Key tab; the National note says the Status column is no longer maintained), and
   the progress updates agree with the boxes wherever the two disagree.
2. Only the `Complete` box matters; `Signed off by OLB` is the later governance step. Complete
   ticked but OLB unticked is still done (evidence accepted, awaiting board = "pending sign off").
3. No box (empty linked cell): the RAG / status words decide: Green, Blue, Complete and
   "Not for force (HO/NPCC)" (WHITE-style: not the force's to deliver) → done; Amber, Red,
   Ongoing, blank → open.
4. A split recommendation is done only if every one of its rows is done; all its rows take the
   item's category.

## Traps and how the truth decides them
- **Linked cells in hidden columns** (Tracker M/N): the visible `Complete` / `Signed off by OLB`
  columns are empty on every row; status must come from the hidden booleans.
- **Visible TRUE/FALSE** (National G) under a header `Complete`, booleans not text.
- **Stale RAG, box ticked**: Tracker 11 (6978), 25 (9861), 32 (10574) are Amber with Complete
  ticked → done → closeable_submit. National 10, 15, 18, 25, 35 say "Ongoing" but are ticked →
  closeable_submit.
- **Stale RAG, box unticked**: Tracker 10 (6977, Green, HMICFRS Superseded → closeable_local),
  30 (10572, Green → open, in_sync), 51 (11908, Green, boxes present but unticked → in_sync);
  National 21 (8107, Status "Complete", box FALSE, update "closure report returned" → open, in_sync).
- **Rows with no check box**: Tracker 46–50 (PEEL 2023/25) and National 19, 34 → RAG/status words:
  47 (Green) and 50 (Blue) → closeable_submit; 46, 48 Amber and 49 (blank RAG, "Awaiting
  allocation") → in_sync open; National 19 "Complete" and 34 "Not for force" → closeable_submit.
- **Splits**: 9120 over Tracker 15–17 (all ticked → closeable_submit ×3); 10392 (BWV) over
  National 31–33, parts 1–2 ticked, part 3 FALSE → force open → in_sync ×3 (the split rows drop
  the "By September 2021" lead-in; that is the split, not a changed deadline).
- **Conflicts** (5 items, 8 lines): 9123 timescale "within twelve months" vs HMICFRS "within six
  months" (Tracker 20); 9860 CDI victims split into only 4 rows, the fifth bullet (triage of
  online reports) never tracked, all 4 ticked (Tracker 21–24); 10578 typed `Rec`, HMICFRS AFI
  (Tracker 35); 10584 written as ref 10548 (transposed; no 10548 exists) (Tracker 41); 9863
  filed under PEEL 2021/22 (May-22) with no ref, HMICFRS has it under CDI 2019 (Tracker 42).
- **Same template, different topic**: 10579 vulnerable adults vs 11907 mental ill health;
  9122 CSE training vs 11908 honour-based abuse training; 10583 vs 8541/10576 (raising concerns).
- **Local actions** (not_on_hmicfrs_list): Tracker 9 ("Force action - Task & Finish … DA"),
  43 (internal audit), 44 (RASSO dip-sample, sits next to 9863 but is not a split of it; ref
  "Local"), National 22 (MSHT SPOCs).
- **Old items no longer on HMICFRS's list** (not_on_hmicfrs_list): Tracker 5 (ref 5531, PEEL
  Legitimacy 2015, both boxes ticked), Tracker 6 (PEEL Efficiency 2016, no ref, open), National 4
  (ref 1187, Stop and search 2013), National 6 (Policing in Austerity 2014, no ref).
- **Missing from the force**: 8108 (Stolen Freedom preventative powers), 8543 (equality data),
  10577 (prevention strategy), 11906 (ASB problem-solving, PEEL 2023/25 not yet added).
- **Refs missing** on 8 matched rows (Tracker 12, 26, 40, 42, 48, 49; National 13, 17) and split
  refs "9120 (a)"…"(c)"; abridged or abbreviated texts (6976, 6979, 10574, 11904, "DA", "CSE",
  "RUI"), misspellings ("supervison", "arrangments", "accomodation").
- **Superseded / NFA** on HMICFRS (6977, 6123, 10582) count as closed.

## Counts (truth.csv lines / items)
| category | lines | items |
|---|---|---|
| in_sync | 36 | 34 |
| closeable_submit | 17 | 15 |
| closeable_local | 9 | 9 |
| conflict | 8 | 5 |
| missing_from_force | 4 | 4 |
| not_on_hmicfrs_list | 8 | 8 |
| **total** | **82** | **75** |

Closed on one side only: 24 of 67 HMICFRS items (36%).
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "README.md").write_text(README, encoding="utf-8")
    h_rowid = write_hmicfrs(OUT / "hmicfrs.xlsx")
    f_rows = write_tracker(OUT / "tracker.xlsx")
    lines = build_truth(h_rowid, f_rows)
    order = {rid: i for i, (rid, _) in enumerate(f_rows)}
    hnum = {v: int(v.split("!")[1]) for v in h_rowid.values()}
    lines.sort(key=lambda l: (hnum.get(l[0], 10**6), order.get(l[1], -1)))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for hr, fr, cat, why in lines:
            w.writerow([hr or "", fr or "", cat, why])
    counts = Counter(l[2] for l in lines)
    items = Counter()
    seen = set()
    for hr, fr, cat, _ in lines:
        key = hr or fr
        if key not in seen:
            seen.add(key)
            items[cat] += 1
    print("lines:", dict(sorted(counts.items())), "total", len(lines))
    print("items:", dict(sorted(items.items())), "total", sum(items.values()))
    print("hmicfrs items:", len(H_ITEMS), "tracker item rows:", len(f_rows))


if __name__ == "__main__":
    main()
