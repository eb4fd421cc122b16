"""Build the case `foi_accessible_workbook`.

HMICFRS side: a Freedom of Information release spreadsheet laid out the way the government
statistics guidance on accessible spreadsheets asks (cover sheet, contents, notes, one table per
worksheet with title lines above its header, note markers, [c]/[x]/[z] shorthand, Excel tables).
Force side: a plain tracker, one sheet.

Run:  /work/main/.venv/bin/python build_foi_accessible_workbook.py
Rebuilds foi_accessible_workbook/ byte for byte (fixed seed, fixed timestamps in the zips).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

# Load only the text lists (real public texts), as a stand-alone package, without importing
# anything else of the project.
sys.dont_write_bytecode = True
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "casegen_texts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_mod = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _mod
_spec.loader.exec_module(_mod)
from casegen_texts import (  # noqa: E402
    ABBREVIATIONS,
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    EVERYONE_PLAN,
    FIREARMS,
    LEADS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

SEED = 5202
rng = random.Random(SEED)
CASE = "foi_accessible_workbook"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
EXTRACT = "4 November 2024"
FIXED_ZIP_TIME = (2024, 11, 21, 9, 0, 0)
FIXED_ISO = "2024-11-21T09:00:00Z"

D = dt.date


# ----------------------------------------------------------------------------------------------
# HMICFRS reports (title as HMICFRS writes it, publication date, tracker names)
# ----------------------------------------------------------------------------------------------
REPORTS = {
    # force-level
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 26), "CDI 2019"),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14), "NCPI 2018"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 13),
               "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2023, 5, 16),
               "PEEL 23-24"),
    "efy15": ("PEEL: Police efficiency 2015", D(2015, 11, 20), "PEEL Efficiency 2015"),
    "leg17f": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
               "PEEL 2018/19"),
}
NAT_TRACKER = {
    "sas13": "Stop & Search powers (HMIC 2013)",
    "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015",
    "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015",
    "firearms": "Firearms licensing 2015",
    "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S",
    "powers": "Police powers spotlight (Feb 21)",
}
for key, (title, ymd, _items) in NATIONAL.items():
    REPORTS[key] = (title, D(*ymd), NAT_TRACKER[key])


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def tb(body: str, topic: str) -> str:
    return "The force should " + body.replace("{t}", topic) + "."


# ----------------------------------------------------------------------------------------------
# HMICFRS items. Each: table, ref, report, type, text, hm status, closure reason, date closed,
# notes marker, and the force side: None (not in tracker) or a dict.
#   force dict: st = force status word; tx = text mode ('v' verbatim, 'p' plain, 'a' abbreviated,
#   or a literal string); cat = expected category; why = reason; plus optional overrides
#   (ref, report, pub, type) and 'split' = list of texts (one force row each).
# ----------------------------------------------------------------------------------------------
CDI_TEXT = "Within six months the force should " + CDI_VICTIMS_BODY + "."
MISSING_CHILDREN = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
SF_MISSING_BULLET = "\n".join(
    line for line in SF_LEADERSHIP.split("\n") if "partnership arrangements" not in line
)

ITEMS: list[dict] = []


def item(table, ref, rep, typ, text, hm, reason=None, closed=None, note="", force=None):
    ITEMS.append(dict(table=table, ref=ref, rep=rep, type=typ, text=text, hm=hm,
                      reason=reason, closed=closed, note=note, force=force))


def F(st, cat, why, tx="v", **kw):
    d = dict(st=st, cat=cat, why=why, tx=tx)
    d.update(kw)
    return d


OPEN_BP, OPEN_AR, CLOSED = "Being progressed", "Awaiting review", "Closed"
DONE, SUBMIT, INPROG, NOTSTART, OVERDUE = (
    "Complete", "Submitted for closure", "In progress", "Not started", "Overdue")
REC, COC, AFI_T, NATR = "Recommendation", "Cause of concern", "Area for improvement", \
    "National recommendation"

# ---- Table 2: force causes of concern and recommendations ---------------------------------
T2 = "Table_2"
item(T2, 7301, "eff16", COC, CAUSES[0], CLOSED, "Completed", D(2018, 11, 6), "[note 4]",
     F(DONE, "in_sync", "closed on HMICFRS list, Complete in tracker", "p"))
item(T2, 7302, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     CLOSED, "Completed", D(2018, 11, 6), "",
     F(DONE, "in_sync", "closed / Complete",
       "Immediately: ensure effective supervision of the initial DASH risk assessment process in "
       "appropriate cases (supervisor review of every DASH on Niche)."))
item(T2, 7303, "eff16", COC, CAUSES[1], OPEN_BP, note="[note 4]",
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T2, 7304, "eff16", REC, MISSING_CHILDREN, OPEN_BP,
     force=F(INPROG, "conflict",
             "same recommendation, but the tracker gives publication 02/03/2018 for a report "
             "HMICFRS published 2 March 2017 (date disagrees)", "p", pub=D(2018, 3, 2)))
item(T2, 9410, "cdi19", REC, CDI_TEXT, OPEN_BP,
     force=F(DONE, "closeable_submit",
             "tracker split the five bullets into five rows, all Complete; HMICFRS still open",
             split=[
                 "CDI rec 1(a): at the point of report, victims are believed.",
                 "CDI rec 1(b): call handler / caller conversations summarised accurately in the "
                 "incident log so attending officers have the full facts for crime-recording "
                 "decisions.",
                 "CDI rec 1(c): multiple crimes always recorded when described in incident "
                 "records or identified as part of other recorded crime investigations.",
                 "CDI rec 1(d): stop the practice of awaiting results of medical examinations or "
                 "video interviews before making crime-recording decisions.",
                 "CDI rec 1(e): online reports of crime triaged at the point of receipt so any "
                 "ongoing risks to the victim or wider public are identified and managed.",
             ]))
item(T2, 9411, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     CLOSED, "Completed", D(2020, 7, 14),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T2, 9412, "cdi19", REC,
     "Within six months the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", OPEN_BP,
     force=None)
item(T2, 8790, "ncpi18", REC, DETENTION, OPEN_BP,
     force=F(SUBMIT, "closeable_submit", "HMICFRS open, tracker Submitted for closure", "p"))
item(T2, 8791, "ncpi18", REC,
     "Within three months, the force should make sure it records reports of child sexual "
     "exploitation accurately and without delay.", CLOSED, "Completed", D(2019, 10, 1),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker still In progress",
             "a"))
item(T2, 8792, "ncpi18", REC,
     "Immediately, the force should improve how it works with partner organisations to safeguard "
     "people at risk from child sexual exploitation.", CLOSED, "Completed", D(2019, 10, 1),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T2, 11205, "peel21", COC, CAUSES[2], OPEN_BP, note="[note 4]",
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T2, 11206, "peel21", REC,
     "Within six months, the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.", OPEN_BP,
     force=F(INPROG, "conflict",
             "timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months'",
             "Within twelve months, the force should ensure regular and active supervision of the "
             "quality and progress of investigations. This supervision should be properly "
             "recorded."))
item(T2, 11207, "peel21", REC,
     "Within six months, the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", OPEN_AR,
     force=F(SUBMIT, "closeable_submit",
             "HMICFRS open (Awaiting review), tracker Submitted for closure", "v"))
item(T2, 11208, "peel21", REC,
     "Within six months, the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", CLOSED, "Completed",
     D(2024, 2, 27),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "a"))
item(T2, 11209, "peel21", REC,
     "Within three months, t" + CONTROL_ROOM[1:], OPEN_BP,
     force=F(OVERDUE, "in_sync", "open on both sides (tracker Overdue)", "v"))
item(T2, 12550, "peel23", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.", OPEN_BP,
     note="[note 4]", force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T2, 12551, "peel23", REC,
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "v"))

# ---- Table 3: areas for improvement (no type column: the title says what they are) ----------
T3 = "Table_3"
item(T3, 5512, "efy15", AFI_T,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     CLOSED, "Superseded [note 7]", D(2017, 11, 9), "[note 5]",
     F(DONE, "in_sync", "closed (Superseded) / Complete", "v"))
item(T3, 5513, "efy15", AFI_T,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", CLOSED, "Superseded [note 7]", D(2017, 11, 9), "[note 5]",
     F(INPROG, "closeable_local", "HMICFRS closed (Superseded), tracker In progress", "v"))
item(T3, 5514, "efy15", AFI_T,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     CLOSED, "Completed", D(2017, 3, 30), "[note 5]",
     F(DONE, "in_sync", "closed / Complete", "a"))
item(T3, 8555, "leg17f", AFI_T,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", OPEN_BP,
     force=F(INPROG, "conflict",
             "report differs: HMICFRS PEEL: Police legitimacy 2017 (12 December 2017), tracker "
             "files it under PEEL 2018/19 published 02/05/2019", "v",
             report="PEEL 2018/19", pub=D(2019, 5, 2)))
item(T3, 8556, "leg17f", AFI_T,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", CLOSED, "Completed", D(2019, 1, 22),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T3, 8557, "leg17f", AFI_T,
     "Lincolnshire Police should put plans in place to monitor, including through the gathering "
     "and analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete",
             "Monitor team cultures (staff survey, pulse surveys, exit interviews) and take "
             "prompt remedial action on any issues identified."))
item(T3, 9120, "peel18", AFI_T, tb("improve its understanding of the nature and scale of {t} in "
                                     "its area", "hate crime"),
     CLOSED, "Completed", D(2021, 6, 3),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T3, 9121, "peel18", AFI_T,
     tb("make sure victims of {t} are kept informed about the progress of their case, in line "
        "with the Code of Practice for Victims of Crime", "domestic abuse"), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "a"))
item(T3, 9122, "peel18", AFI_T,
     tb("improve the way it manages the risk posed by offenders involved in {t}",
        "county lines drug dealing"), CLOSED, "Completed", D(2022, 1, 18),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "v"))
item(T3, 9123, "peel18", AFI_T,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "v"))
item(T3, 9124, "peel18", AFI_T,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", CLOSED, "Completed", D(2021, 6, 3),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T3, 11220, "peel21", AFI_T,
     tb("make sure investigations of {t} are allocated to officers with the right skills and are "
        "effectively supervised", "stalking and harassment"), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T3, 11221, "peel21", AFI_T,
     tb("improve how it works with partner organisations to safeguard people at risk from {t}",
        "violence against women and girls"), OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete",
             "Improve partnership working to safeguard people at risk from VAWG."))
item(T3, 11222, "peel21", AFI_T,
     tb("review its approach to {t} to make sure victims receive a consistently good service",
        "repeat victims"), OPEN_BP,
     force=F(NOTSTART, "in_sync", "open on both sides (tracker Not started)", "v"))
item(T3, 11223, "peel21", AFI_T,
     tb("develop a problem-solving approach to {t}, working with local communities and partners",
        "road harm"), CLOSED, "Completed", D(2024, 3, 12),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "v"))
item(T3, 11224, "peel21", AFI_T,
     tb("make sure victims of {t} are kept informed about the progress of their case, in line "
        "with the Code of Practice for Victims of Crime", "fraud"), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T3, 11225, "peel21", AFI_T,
     "The force should consider ways of increasing the use of arrest, ancillary orders and other "
     "available powers, in order to improve the service it provides to victims of domestic abuse, "
     "offer the best possible protection and bring more perpetrators to justice.", OPEN_BP,
     force=F(INPROG, "conflict",
             "type differs: Table 3 holds only areas for improvement (its title line says so), "
             "the tracker records this item as a Recommendation", "a", type="Recommendation"))
item(T3, 11226, "peel21", AFI_T,
     "The force should develop a clear prevention strategy targeting people most at risk and make "
     "sure activity undertaken prioritises people most at risk.", OPEN_AR,
     force=F(SUBMIT, "closeable_submit",
             "HMICFRS open (Awaiting review), tracker Submitted for closure", "v"))
item(T3, 12560, "peel23", AFI_T, "[c]", OPEN_BP, note="[note 8]",
     force=F(INPROG, "in_sync",
             "text withheld on the HMICFRS side ([c], note 8); paired on reference 12560, which "
             "the tracker carries, and report; open on both sides",
             tb("improve how it gathers, assesses and acts on intelligence about {t}",
                "corruption"), ref=12560))
item(T3, 12561, "peel23", AFI_T,
     tb("improve how it gathers, assesses and acts on intelligence about {t}",
        "serious and organised crime"), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "a"))
item(T3, 12562, "peel23", AFI_T,
     tb("make sure officers and staff have the training they need to identify and respond to {t}",
        "vulnerable adults"), OPEN_BP,
     force=F(NOTSTART, "in_sync", "open on both sides (tracker Not started)", "v"))
item(T3, 12563, "peel23", AFI_T,
     tb("make sure its performance framework gives senior leaders a clear picture of its "
        "response to {t}", "violence against women and girls"), OPEN_BP, force=None)
item(T3, 12564, "peel23", AFI_T,
     tb("improve the timeliness of its response to calls for service involving {t}",
        "anti-social behaviour"), OPEN_BP, force=None)
item(T3, 12565, "peel23", AFI_T,
     tb("evaluate its work to prevent {t} and share what works across the force", "knife crime"),
     OPEN_BP, force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "v"))
item(T3, 12566, "peel23", AFI_T,
     "The force should make sure it has access to accurate data and analysis to support effective "
     "performance management.", OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))

# ---- Table 4: national recommendations (and one national cause of concern) ---------------
T4 = "Table_4"
item(T4, 2321, "everyone", NATR, EVERYONE_PLAN, CLOSED, "Completed", D(2016, 1, 12), "[note 9]",
     F(DONE, "in_sync", "closed / Complete; tracker holds its own abridged wording",
       "By Sept 2014, establish and publish a DA action plan setting out the steps the force will take to "
       "improve its approach to domestic abuse (consult PCC, support organisations and victims' "
       "representatives; consider all recommendations in the report, DHRs and IPCC findings)."))
item(T4, 3105, "austerity", NATR, nat("austerity", 0), CLOSED, "No further action required",
     D(2015, 6, 30),
     force=F(DONE, "in_sync", "closed / Complete", "a"))
item(T4, 3106, "austerity", NATR, nat("austerity", 1), CLOSED, "No further action required",
     D(2015, 6, 30), force=None)
item(T4, 3107, "austerity", NATR, nat("austerity", 2), CLOSED, "No further action required",
     D(2015, 6, 30),
     force=F(INPROG, "closeable_local",
             "HMICFRS closed (No further action required), tracker In progress", "v"))
item(T4, 3108, "austerity", NATR, nat("austerity", 3), CLOSED, "Superseded [note 7]",
     D(2016, 3, 1),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T4, 4822, "core", NATR, nat("core", 0), CLOSED, "Superseded [note 7]", D(2016, 2, 18),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Superseded), tracker In progress", "v"))
item(T4, 4823, "core", NATR, nat("core", 1), CLOSED, "Completed", D(2016, 2, 18),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T4, 902, "integrity", NATR, nat("integrity", 0), CLOSED, "Completed", D(2016, 5, 9),
     force=F(DONE, "in_sync", "closed / Complete", "p"))
item(T4, 5120, "sas15", NATR, nat("sas15", 0), CLOSED, "Completed", D(2017, 4, 4),
     force=F(DONE, "in_sync",
             "closed / Complete; tracker row has no ref and a near-identical 2013 twin "
             "(Stop and search 2013 rec 3) above it: the 2015 row is the one filed under the "
             "2015 report", "v", ref=None))
item(T4, 5340, "picture", NATR, nat("picture", 0), OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete",
             "By 30/11/2015: scrutinise audits of compliance with the information management APP "
             "through the "
             "force IM governance structure, incl. measures so that record categorisation is "
             "regularly adjusted."))
item(T4, 5701, "firearms", NATR, nat("firearms", 0), CLOSED, "Completed", D(2016, 4, 20),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T4, 5702, "firearms", NATR, FIREARMS, CLOSED, "Completed", D(2016, 4, 20),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "a"))
item(T4, 5703, "firearms", NATR, nat("firearms", 2), CLOSED, "Completed", D(2016, 4, 20),
     force=F(DONE, "in_sync", "closed / Complete", "p"))
item(T4, 5704, "firearms", NATR, nat("firearms", 3), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T4, 5705, "firearms", NATR, nat("firearms", 4), OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "v"))
item(T4, 8101, "stolen", NATR, SF_LEADERSHIP, OPEN_BP,
     force=F(INPROG, "conflict",
             "missing bullet: tracker text drops the partnership-arrangements bullet "
             "(3 of 4 bullets)", SF_MISSING_BULLET))
item(T4, 8102, "stolen", NATR, nat("stolen", 1), OPEN_BP, note="[note 9]",
     force=F(DONE, "closeable_submit",
             "HMICFRS open, tracker Complete (HMICFRS text carries footnote digit 86, note 9)",
             "a"))
item(T4, 8103, "stolen", NATR, nat("stolen", 2), CLOSED, "Completed", D(2019, 2, 5),
     force=F(DONE, "in_sync", "closed / Complete", "v"))
item(T4, 8104, "stolen", NATR, nat("stolen", 3), CLOSED, "Completed", D(2019, 2, 5),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "a"))
item(T4, 8105, "stolen", NATR, nat("stolen", 4), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T4, 8106, "stolen", NATR, nat("stolen", 5), OPEN_AR,
     force=F(SUBMIT, "closeable_submit",
             "HMICFRS open (Awaiting review), tracker Submitted for closure", "p"))
item(T4, 8107, "stolen", NATR, nat("stolen", 6), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
item(T4, 8420, "efc17", NATR, nat("efc17", 0), CLOSED, "Superseded [note 7]", D(2020, 1, 15),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Superseded), tracker In progress",
             "By Sept 2018, produce an ambitious plan to improve digitally-enabled services "
             "within the force (Digital Policing Strategy)."))
item(T4, 8540, "leg17", COC, nat("leg17", 0), CLOSED, "Completed", D(2019, 9, 10), "[note 4]",
     F(DONE, "in_sync", "closed / Complete", "v"))
item(T4, 8541, "leg17", NATR, SAS_MONITORING_2017, OPEN_BP,
     force=F(INPROG, "conflict",
             "reference differs: HMICFRS 8541, tracker 8514 (same text, same report)", "v",
             ref=8514))
item(T4, 8542, "leg17", NATR, nat("leg17", 2), OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "p"))
item(T4, 8543, "leg17", NATR, nat("leg17", 3), CLOSED, "Completed", D(2019, 9, 10),
     force=F(INPROG, "closeable_local", "HMICFRS closed (Completed), tracker In progress", "v"))
item(T4, 8544, "leg17", NATR, nat("leg17", 4), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "a"))
item(T4, 10311, "powers", NATR, nat("powers", 0), OPEN_BP,
     force=F(DONE, "closeable_submit", "HMICFRS open, tracker Complete", "a"))
item(T4, 10312, "powers", NATR, nat("powers", 1), OPEN_BP,
     force=F(INPROG, "in_sync", "open on both sides", "v"))
_bwv = BWV_2021.split("\n")
item(T4, 10313, "powers", NATR, BWV_2021, OPEN_BP,
     force=F(INPROG, "in_sync",
             "tracker split the three parts into three rows, all In progress; HMICFRS open",
             split=[
                 "BWV (1): " + _bwv[0],
                 "BWV (2): By September 2021, forces should " + _bwv[1],
                 "BWV (3): By September 2021, forces should " + _bwv[2],
             ]))
item(T4, 10315, "powers", NATR, nat("powers", 4), OPEN_BP, force=None)

# ---- force rows with no HMICFRS item -------------------------------------------------------
EXTRA: list[dict] = [
    dict(after="start", report=NAT_TRACKER["sas13"], pub=D(2013, 7, 9), type="National",
         text=nat("sas13", 0), st=DONE,
         why="Stop and search 2013: published July 2013, before the FOI release's coverage "
             "(reports from 1 January 2014, cover sheet)"),
    dict(after="start", report=NAT_TRACKER["sas13"], pub=D(2013, 7, 9), type="National",
         text=nat("sas13", 1), st=DONE,
         why="Stop and search 2013: outside the release's coverage (before 1 January 2014)"),
    dict(after="start", report=NAT_TRACKER["sas13"], pub=D(2013, 7, 9), type="National",
         text=nat("sas13", 2), st=DONE,
         why="Stop and search 2013 rec 3: near twin of the 2015 item 5120 but a different, "
             "earlier report outside the release's coverage"),
    dict(after=10312, report=NAT_TRACKER["powers"], pub=D(2021, 2, 26), type="National",
         text=nat("powers", 3), st="Not applicable",
         why="addressed to the Home Office and NPCC; HMICFRS does not list it against the force"),
    dict(after=11209, report=REPORTS["peel21"][2], pub=None, type="Local action",
         text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
              "findings to the Crime Standards Board", st=INPROG,
         upd="Q2 dip sample done (41 of 50 compliant); Q3 sample under way.",
         why="the force's own local action"),
    dict(after=11224, report=REPORTS["peel21"][2], pub=None, type="Local action",
         text="Appoint a single point of contact for stalking and harassment in each local "
              "policing area", st=DONE,
         upd="SPOCs appointed in all three LPAs; list on the intranet.",
         why="the force's own local action (near the stalking AFI 11220 but not it)"),
    dict(after=9122, report=REPORTS["peel18"][2], pub=None, type="Local action",
         text="Force improvement plan: Refresh the county lines drug dealing problem profile and "
              "add it to the control strategy", st=DONE,
         upd="Problem profile refreshed March 2021 and adopted at Tactical Tasking.",
         why="the force's own local action"),
    dict(after=12551, report=REPORTS["peel23"][2], pub=None, type="Local action",
         text="JAC action: Internal audit of the vetting governance arrangements (audit plan "
              "2023/24)", st=NOTSTART,
         upd="Scheduled by internal auditors for Q4 2024/25.",
         why="the force's own local action (Joint Audit Committee)"),
]

# ----------------------------------------------------------------------------------------------
# Force wording
# ----------------------------------------------------------------------------------------------
def plain(t: str) -> str:
    t = (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))
    t = re.sub(r"^To address this cause of concern, HMIC recommends (that )?the force should "
               r"immediately ", "The force should immediately ", t)
    t = re.sub(r"\s*•\s*", "\n- ", t)
    t = t.replace("intelligence 86 and", "intelligence and")  # footnote digit from the PDF
    return t.strip()


ABBR_USE = [a for a in ABBREVIATIONS if a[1] != "&"]


def abbrev(t: str) -> str:
    t = plain(t)
    for pat, rep in ABBR_USE:
        t = re.sub(pat, rep, t, flags=re.I)
    return t[0].upper() + t[1:]


def force_text(hm_text: str, mode: str) -> str:
    if mode == "v":
        return hm_text
    if mode == "p":
        return plain(hm_text)
    if mode == "a":
        return abbrev(hm_text)
    return mode


OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Update requested from lead for the November JAC.",
    "Draft policy with Legal Services; target sign off at Force Improvement Board in January.",
    "Awaiting allocation.",
    None,
]
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Signed off at Force Improvement Board; evidence pack held on the SharePoint site.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    None,
]
LEAD_POOL = [x for x in LEADS if x]
LEAD_RULES = [
    (r"firearm|licensing", "Supt Firearms Licensing"),
    (r"vetting|corruption|whistleblowing|misconduct|raise concerns", "Head of Professional Standards"),
    (r"crime-recording|crime recording|NCRS|victims are believed|recorded when described|"
     r"medical examinations|online reports", "Force Crime Registrar"),
    (r"call-handler|call handler|control room|calls for service", "Supt Contact Centre"),
    (r"detention of children|custody", "Ch Insp Custody"),
    (r"digital|information management|data and analysis", "Head of Information Management"),
    (r"savings|budget|costs|collaboration|spending round|front line", "Director of Finance"),
    (r"workforce|diversity|equality|team cultures|succession", "Director of People"),
    (r"stop and search|stop & search|S&S|use of force|body-worn|BWV|communication skills|"
     r"unconscious bias|disparit|publish this analysis", "ACC Local Policing"),
    (r"modern slavery|MSHT|NRM|section 45|intelligence|county lines|preventative powers",
     "Head of Intelligence"),
    (r"domestic abuse|DA |DASH|missing|child|vulnerab|safeguard|stalking|violence against",
     "Ch Supt Public Protection"),
    (r"investigat|released under|digital evidence|fraud", "Det Ch Supt Force CID"),
    (r"demand|performance|consult|prevention|problem-solving|hate crime|knife|road harm|"
     r"integrity|crime prevention", "Head of Corporate Development"),
]


def lead_for(text: str) -> str:
    for pat, lead in LEAD_RULES:
        if re.search(pat, text, flags=re.I):
            return lead
    return rng.choice(LEAD_POOL)



def hm_type_for_tracker(t: str) -> str:
    return {REC: "Recommendation", COC: "Cause of Concern", AFI_T: "AFI",
            NATR: "National"}[t]


# ----------------------------------------------------------------------------------------------
# Build the force rows in tracker order
# ----------------------------------------------------------------------------------------------
TRACKER_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "efy15", "eff16", "stolen", "efc17", "leg17f", "leg17", "ncpi18",
                 "peel18", "cdi19", "powers", "peel21", "peel23"]

force_rows: list[dict] = []   # each: dict with cells + truth link


def add_extra(e):
    force_rows.append(dict(ref=None, report=e["report"], pub=e["pub"], type=e["type"],
                           text=e["text"], st=e["st"], hm=None, cat="not_on_hmicfrs_list",
                           upd=e.get("upd"), lead_key=e["text"],
                           why=e["why"], sub=None))


for e in EXTRA:
    if e["after"] == "start":
        add_extra(e)

by_rep: dict[str, list[dict]] = {}
for it in ITEMS:
    by_rep.setdefault(it["rep"], []).append(it)

for rep in TRACKER_ORDER:
    group = [it for it in by_rep.get(rep, []) if it["force"] is not None]
    # the tracker keeps items roughly in the order they were added, not strictly by ref
    if len(group) > 3 and rng.random() < 0.5:
        i = rng.randrange(len(group) - 1)
        group[i], group[i + 1] = group[i + 1], group[i]
    for it in group:
        f = it["force"]
        roll = rng.random()
        if "ref" in f:
            ref = f["ref"]
        elif "split" in f:
            ref = it["ref"]
        else:
            ref = it["ref"] if roll < 0.7 else None
        report = f.get("report", REPORTS[it["rep"]][2])
        pub = f.get("pub", REPORTS[it["rep"]][1])
        typ = f.get("type", hm_type_for_tracker(it["type"]))
        texts = f["split"] if "split" in f else [force_text(it["text"], f["tx"])]
        for k, t in enumerate(texts):
            force_rows.append(dict(ref=ref, report=report, pub=pub, type=typ, text=t, st=f["st"],
                                   hm=it, cat=f["cat"], why=f["why"],
                                   lead_key=(it["text"] if it["text"] != "[c]" else t),
                                   sub=chr(ord("a") + k) if len(texts) > 1 else None))
        for e in EXTRA:
            if e["after"] == it["ref"]:
                add_extra(e)

# ----------------------------------------------------------------------------------------------
# HMICFRS workbook (GSS accessible-spreadsheet style)
# ----------------------------------------------------------------------------------------------
TITLE_FONT = Font(bold=True, size=15)
H2 = Font(bold=True, size=12)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

TABLE_META = {
    "Table_1": dict(
        title="Table 1: Number of causes of concern, recommendations and areas for improvement "
              f"by type and status, {FORCE}, as at {EXTRACT}",
        lines=["This worksheet contains one table. Some column headings refer to notes which can "
               "be found in the notes worksheet.",
               "Source: HMICFRS monitoring portal"]),
    T2: dict(
        title=f"Table 2: Causes of concern and recommendations made to {FORCE} in force "
              f"inspection reports, as at {EXTRACT}",
        lines=["This worksheet contains one table. Some cells refer to notes which can be found "
               "in the notes worksheet.",
               "Items are in order of publication date. Recommendations follow the cause of "
               "concern they address [note 4].",
               f"Source: HMICFRS monitoring portal, extracted {EXTRACT}"],
        header=["Reference", "Report title", "Publication date", "Type",
                "Cause of concern or recommendation", "Status [note 1]", "Date closed [note 2]",
                "Closure reason [note 3]", "Notes"],
        widths=[11, 40, 16, 18, 90, 17, 16, 24, 10], name="Table_2_force_recommendations"),
    T3: dict(
        title=f"Table 3: Areas for improvement identified for {FORCE}, as at {EXTRACT}",
        lines=["This worksheet contains one table. Some cells refer to notes which can be found "
               "in the notes worksheet.",
               "All items in this table are areas for improvement.",
               "Cells marked [c] have been withheld [note 8]. Cells marked [x] are not "
               "available [note 5].",
               f"Source: HMICFRS monitoring portal, extracted {EXTRACT}"],
        header=["Reference", "Report title", "Publication date [note 5]",
                "Area for improvement", "Status [note 1]", "Date closed [note 2]",
                "Closure reason [note 3]", "Notes"],
        widths=[11, 40, 16, 90, 17, 16, 24, 10], name="Table_3_areas_for_improvement"),
    T4: dict(
        title=f"Table 4: National recommendations and causes of concern monitored against {FORCE}, "
              f"as at {EXTRACT} [note 6]",
        lines=["This worksheet contains one table. Some cells refer to notes which can be found "
               "in the notes worksheet.",
               f"Source: HMICFRS monitoring portal, extracted {EXTRACT}"],
        header=["Reference", "Report title", "Publication date", "Type",
                "Recommendation text [note 9]", "Status [note 1]", "Date closed [note 2]",
                "Closure reason [note 3]", "Notes"],
        widths=[11, 45, 16, 24, 90, 17, 16, 24, 10], name="Table_4_national_recommendations"),
}

NOTES = [
    ("[note 1]", "Status is the status held on the HMICFRS monitoring portal on the extraction "
                 "date. Open items are shown as 'Awaiting review' (the force has provided an "
                 "update that HMICFRS has not yet assessed) or 'Being progressed'. It may differ "
                 "from the status recorded by the force."),
    ("[note 2]", "Date closed is the date HMICFRS recorded the item as closed. It is shown as "
                 "[z] (not applicable) for items that are open."),
    ("[note 3]", "'Completed' means HMICFRS is satisfied the force has done what was asked. "
                 "'Superseded' means the item has been replaced by later inspection activity "
                 "(see note 7). 'No further action required' means HMICFRS has decided no "
                 "further action is needed. Shown as [z] for open items."),
    ("[note 4]", "A cause of concern is always accompanied by one or more recommendations. The "
                 "recommendations made to address a cause of concern follow it in the table."),
    ("[note 5]", "The publication date was not carried over for items migrated from the previous "
                 "online recommendations register. It is shown as [x] (not available)."),
    ("[note 6]", "National recommendations are addressed to all forces or all chief constables "
                 "and are monitored against each force. National recommendations addressed "
                 "only to other bodies (for example the Home Office) are not included."),
    ("[note 7]", "This area of activity has subsequently been inspected in HMICFRS's PEEL "
                 "inspections. Where a concern still exists it appears against the later "
                 "inspection."),
    ("[note 8]", "Text withheld under section 31(1)(a) of the Freedom of Information Act 2000 "
                 "(law enforcement): it describes the force's counter-corruption capability. "
                 "The reference, report and status are given."),
    ("[note 9]", "Text is shown as it was entered on the portal from the published report, "
                 "including any footnote numbers carried over from the report."),
]


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def add_table(ws, name, first_row, ncols, last_row):
    ref = f"A{first_row}:{get_column_letter(ncols)}{last_row}"
    t = Table(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False,
                                      showColumnStripes=False, showFirstColumn=False,
                                      showLastColumn=False)
    ws.add_table(t)


def title_block(ws, meta):
    ws["A1"] = meta["title"]
    ws["A1"].font = TITLE_FONT
    r = 2
    for line in meta["lines"]:
        ws.cell(r, 1, line)
        r += 1
    return r  # header row


hm_rowid: dict[int, str] = {}


def build_hmicfrs(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover_sheet"
    cover = [
        (f"Freedom of Information request FOI-2024-0417: HMICFRS causes of concern, "
         f"recommendations and areas for improvement for {FORCE}", TITLE_FONT),
        ("This spreadsheet is released in response to a request made under the Freedom of "
         "Information Act 2000. It lists the causes of concern, recommendations and areas for "
         f"improvement held on the HMICFRS monitoring portal against {FORCE}, with their status "
         "on the date the data were extracted.", None),
        ("The request", H2),
        (f"\"Please provide a list of all HMICFRS recommendations and areas for improvement made "
         f"to {FORCE} since January 2014, including national recommendations that apply to the "
         "force, and say whether each is open or closed.\"", None),
        ("Coverage", H2),
        ("Reports published between 1 January 2014 and 31 October 2024. Items from reports "
         "published before 1 January 2014 are not included.", None),
        ("Source", H2),
        (f"HMICFRS monitoring portal, extracted on {EXTRACT}.", None),
        ("Status", H2),
        ("The status shown is the status held by HMICFRS on the extraction date. It may differ "
         "from the status recorded by the force.", None),
        ("Shorthand used in this workbook", H2),
        ("[c] = withheld under an exemption in the Freedom of Information Act 2000 (see notes)",
         None),
        ("[x] = not available", None),
        ("[z] = not applicable", None),
        ("Release date", H2),
        ("21 November 2024", None),
        ("Contact", H2),
        ("Information Rights team, HMICFRS. Contact details are on the HMICFRS website.", None),
        ("Re-use", H2),
        ("You may re-use this information free of charge under the terms of the Open Government "
         "Licence v3.0.", None),
    ]
    for i, (text, font) in enumerate(cover, 1):
        c = ws.cell(i, 1, text)
        if font:
            c.font = font
    ws.column_dimensions["A"].width = 120

    # Contents
    ws = wb.create_sheet("Contents")
    ws["A1"] = "Table of contents"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = ("This worksheet contains one table. Select a worksheet name to go to that "
                "worksheet.")
    ws.append(["Worksheet name", "Worksheet title"])
    rows = [("Notes", "Notes used in this workbook")] + [
        (k, TABLE_META[k]["title"]) for k in ("Table_1", T2, T3, T4)]
    for name, title in rows:
        ws.append([name, title])
        c = ws.cell(ws.max_row, 1)
        c.hyperlink = f"#'{name}'!A1"
        c.style = "Hyperlink"
    add_table(ws, "Contents_table", 3, 2, ws.max_row)
    set_widths(ws, [18, 130])

    # Notes
    ws = wb.create_sheet("Notes")
    ws["A1"] = "Notes"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "This worksheet contains one table."
    ws.append(["Note number", "Note text"])
    for n, t in NOTES:
        ws.append([n, t])
        ws.cell(ws.max_row, 2).alignment = WRAP
    add_table(ws, "Notes_table", 3, 2, ws.max_row)
    set_widths(ws, [14, 120])

    # Table 1: summary counts (not items)
    ws = wb.create_sheet("Table_1")
    hr = title_block(ws, TABLE_META["Table_1"])
    ws.append(["Type", "Open [note 1]", "Closed [note 1]", "Total"])
    groups = [
        ("Cause of concern (force inspections)", lambda i: i["table"] == T2 and i["type"] == COC),
        ("Recommendation (force inspections)", lambda i: i["table"] == T2 and i["type"] == REC),
        ("Area for improvement", lambda i: i["table"] == T3),
        ("Cause of concern (national)", lambda i: i["table"] == T4 and i["type"] == COC),
        ("National recommendation", lambda i: i["table"] == T4 and i["type"] == NATR),
    ]
    to, tc = 0, 0
    for label, pred in groups:
        sel = [i for i in ITEMS if pred(i)]
        o = sum(1 for i in sel if i["hm"] != CLOSED)
        c = len(sel) - o
        to, tc = to + o, tc + c
        ws.append([label, o, c, o + c])
    ws.append(["Total", to, tc, to + tc])
    add_table(ws, "Table_1_summary", hr, 4, ws.max_row)
    set_widths(ws, [40, 16, 16, 10])

    # Tables 2-4: items
    for tname in (T2, T3, T4):
        meta = TABLE_META[tname]
        ws = wb.create_sheet(tname)
        hr = title_block(ws, meta)
        for j, h in enumerate(meta["header"], 1):
            ws.cell(hr, j, h)
        r = hr
        sel = [i for i in ITEMS if i["table"] == tname]
        sel.sort(key=lambda i: (REPORTS[i["rep"]][1], i["ref"]))
        for it in sel:
            r += 1
            title, pub, _ = REPORTS[it["rep"]]
            pub_cell = "[x]" if it["note"] == "[note 5]" else pub
            status = it["hm"]
            closed = it["closed"] if status == CLOSED else "[z]"
            reason = it["reason"] if status == CLOSED else "[z]"
            vals = [it["ref"], title, pub_cell]
            if tname != T3:
                vals.append(it["type"])
            vals += [it["text"], status, closed, reason, it["note"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                if isinstance(v, dt.date):
                    c.number_format = "d mmmm yyyy"
                c.alignment = WRAP
            hm_rowid[it["ref"]] = f"{tname}!{r}"
        add_table(ws, meta["name"], hr, len(meta["header"]), r)
        set_widths(ws, meta["widths"])

    wb.save(path)


# ----------------------------------------------------------------------------------------------
# Force tracker (plain)
# ----------------------------------------------------------------------------------------------
force_rowid: list[str] = []
FSHEET = "Tracker"


def build_tracker(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = FSHEET
    ws["A1"] = f"{FORCE} – HMICFRS recommendations and areas for improvement tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Planning & Inspection Team. Last updated 08/11/2024 for the December JAC."
    header = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
              "Lead", "Status", "Latest update", "Date submitted for closure"]
    for j, h in enumerate(header, 1):
        c = ws.cell(4, j, h)
        c.font = BOLD
    r = 4
    n = 0
    for fr in force_rows:
        r += 1
        if fr["sub"] in (None, "a"):
            n += 1
        num = f"{n}{fr['sub']}" if fr["sub"] else n
        done = fr["st"] in (DONE, SUBMIT, "Not applicable")
        upd = rng.choice(DONE_UPD if done else OPEN_UPD)
        if fr["st"] == "Not applicable":
            upd = "Not for the force: recommendation is for the Home Office and NPCC."
        elif fr["type"] == "Local action":
            upd = fr["upd"]
        if fr["cat"] == "closeable_local" and rng.random() < 0.5:
            upd = "Update requested from lead for the November JAC."
        sub_date = None
        if fr["st"] == SUBMIT:
            sub_date = D(2024, rng.randint(6, 10), rng.randint(1, 28))
        elif fr["st"] == DONE and fr["hm"] is not None and rng.random() < 0.4:
            base = fr["hm"]["closed"] or D(2024, rng.randint(1, 9), rng.randint(1, 28))
            sub_date = base - dt.timedelta(days=rng.randint(20, 90))
        vals = [num, fr["ref"], fr["report"], fr["pub"], fr["type"], fr["text"],
                lead_for(fr["lead_key"]), fr["st"], upd, sub_date]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if j in (6, 9):
                c.alignment = WRAP
        force_rowid.append(f"{FSHEET}!{r}")
    set_widths(ws, [6, 12, 30, 12, 18, 80, 24, 20, 50, 14])
    ws.freeze_panes = "A5"
    wb.save(path)


# ----------------------------------------------------------------------------------------------
# Deterministic zips
# ----------------------------------------------------------------------------------------------
def freeze_zip(path: Path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_ISO.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())



README = """# Case `foi_accessible_workbook`

Seed: {seed}. Rebuild: `/work/main/.venv/bin/python build_foi_accessible_workbook.py` (byte for
byte: fixed seed, fixed zip and document-property timestamps).

## Layout

### HMICFRS side: `hmicfrs.xlsx`, a Freedom of Information release in accessible-spreadsheet style
HMICFRS's Information Rights team answers an FOI request ("all recommendations and areas for
improvement made to Lincolnshire Police since January 2014 ... open or closed") with a workbook
built the way the government statistics guidance on releasing statistics in spreadsheets asks:

| Sheet | What it holds | Items? |
|---|---|---|
| `Cover_sheet` | title, the request, coverage ("reports published between 1 January 2014 and 31 October 2024"), source, status caveat, shorthand key ([c] [x] [z]), release date, contact, licence; one paragraph per row in column A | no |
| `Contents` | title + one line, then an Excel table `Worksheet name / Worksheet title` with hyperlinks | no |
| `Notes` | title + one line, then an Excel table `Note number / Note text` ([note 1] ... [note 9]) | no |
| `Table_1` | summary counts by type x status with a Total row (header row 4) | no |
| `Table_2` | force causes of concern and recommendations, 17 rows (title lines 1-4, header row 5, data 6-22) | yes |
| `Table_3` | areas for improvement, 25 rows (title lines 1-5, header row 6, data 7-31) | yes |
| `Table_4` | national recommendations and one national cause of concern, 32 rows (title lines 1-3, header row 4, data 5-36) | yes |

Every table is an Excel table object (ListObject) starting in A after its own title lines, so the
header row differs per sheet (5, 6, 4). Columns: `Reference` (HMICFRS portal number, an integer),
`Report title`, `Publication date` (real date cells formatted `d mmmm yyyy`, or `[x]`), `Type`
(Tables 2 and 4 only), the text column (named differently on each sheet: `Cause of concern or
recommendation`, `Area for improvement`, `Recommendation text [note 9]`), `Status [note 1]`
(`Being progressed` / `Awaiting review` = open, `Closed`), `Date closed [note 2]` (date or `[z]`),
`Closure reason [note 3]` (`Completed`, `Superseded [note 7]`, `No further action required`, or
`[z]`), `Notes` (a note marker or empty).

### Force side: `tracker.xlsx`, sheet `Tracker`
Plain: title row 1, a "last updated" line in row 2, blank row 3, header row 4, 83 item rows (5-87).
Columns `No.` (running number; split rows 50a-50e, 55a-55c), `HMICFRS Ref` (filled for about 70%
of rows, blank otherwise), `Report` (the force's short names, e.g. `PEEL 23-24`, `PEEL Legit 17
S&S`), `Published` (dd/mm/yyyy date cells), `Type` (Recommendation / AFI / Cause of Concern /
National / Local action), `Recommendation / AFI`, `Lead`, `Status` (done = `Complete`, `Submitted
for closure`; open = `In progress`, `Not started`, `Overdue`; `Not applicable` once), `Latest
update`, `Date submitted for closure`.

## Traps and how the truth decides them
1. **Non-item sheets that look like tables.** Cover, Contents, Notes and the Table_1 summary
   (rows of labels with numbers, plus a `Total` row) are not items; nothing from them is in
   truth.csv.
2. **Title lines above each header, different per sheet** (3, 4 or 5 lines; header rows 5, 6, 4).
   The title/description/source lines are not items.
3. **Note markers in headers** (`Status [note 1]`, `Publication date [note 5]`, `Recommendation
   text [note 9]`) and **in data cells** (`Superseded [note 7]` in Closure reason; `[note 4]`,
   `[note 5]`, `[note 8]`, `[note 9]` in the Notes column). `Superseded [note 7]` is a closed
   status.
4. **Shorthand instead of blanks.** `[z]` in Date closed and Closure reason of every open item: a
   non-empty closure reason does not mean closed; the Status column decides. `[x]` for the
   publication date of the three PEEL efficiency 2015 AFIs (note 5): the tracker's 20/11/2015 is
   not a date conflict.
5. **`[c]`: text withheld** (Table_3!25, ref 12560, note 8, s31 FOIA). Paired with Tracker!84 on
   the reference the tracker carries and the report (PEEL 2023/24 / `PEEL 23-24`); open on both:
   in_sync.
6. **Type only in the sheet title for Table 3.** Table 3 has no Type column; its title and line 3
   say every row is an area for improvement. Tracker!78 records ref 11225 as `Recommendation`:
   conflict (type).
7. **Two reports called "PEEL: Police legitimacy 2017"**, both 12 December 2017: the force
   inspection (AFIs 8555-8557, Table 3) and the national overview (8540-8544, Table 4). The
   tracker names them `PEEL Legitimacy 2017` and `PEEL Legit 17 S&S`.
8. **Open has two words** (`Being progressed`, `Awaiting review`); `Awaiting review` + tracker
   `Submitted for closure` is still closeable_submit (HMICFRS has not closed it).
9. **Footnote digits in HMICFRS text** (note 9): `intelligence 86 and` (8102), `another force; and
   20` (2321). The tracker's text is clean or its own wording; not a text conflict.
10. **Coverage stated only on the cover sheet**: reports from 1 January 2014. The tracker's three
    Stop and search 2013 rows (Tracker!5-7) are not_on_hmicfrs_list; Tracker!7 is a near twin of
    national item 5120 (Stop and search powers 2, 2015), which pairs with Tracker!15 (no ref,
    filed under `Stop and Search 2 (2015)`).
11. **Cause of concern rows followed by their recommendations** (note 4): each is its own item and
    pairs with the tracker's own Cause of Concern row.
12. **Split rows**: CDI 2019 rec 9410 (five bullets) is Tracker!54-58, all Complete while HMICFRS
    has it open: five closeable_submit lines with the same hmicfrs_row. Body-worn video rec 10313
    (three parts) is Tracker!63-65, all In progress, HMICFRS open: three in_sync lines.
13. **Conflicts** (6): Table_2!9 / Tracker!27 publication date 02/03/2018 vs 2 March 2017;
    Table_2!17 / Tracker!67 "Within twelve months" vs "Within six months"; Table_3!10 /
    Tracker!37 filed under PEEL 2018/19 (02/05/2019) instead of PEEL: Police legitimacy 2017;
    Table_3!23 / Tracker!78 type; Table_4!20 / Tracker!29 one of four bullets missing (Stolen
    freedom leadership rec 8101); Table_4!29 / Tracker!41 reference 8514 vs 8541.
14. **Missing from force** (5): 9412, 12563, 12564, 10315 (open) and 3106 (closed, No further
    action required; on the HMICFRS list and never in the tracker, so still missing_from_force).
15. **Not on HMICFRS list** (8): three 2013 rows, the Home Office / NPCC recommendation from the
    2021 police powers spotlight (Tracker!62, status `Not applicable`; note 6 says such items are
    excluded), and four local actions (Tracker!51, 71, 77, 82), one of them next to and worded like
    the stalking AFI 11220.
16. **Tracker wording**: verbatim, straightened quotes and "- " bullets, abbreviations (DA, S&S,
    CSE, RUI, ISAs, CCs, "Within 6 months"), or the force's own abridged wording (2321, 5340,
    7302, 8420, 8557, 11221); abridged rows keep the deadline so they are not timescale conflicts.

## Counts (truth.csv lines)
HMICFRS items: 74 (Table_2 17, Table_3 25, Table_4 32). Force item rows: 83.

{counts}
"""


# ----------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(exist_ok=True)
    build_hmicfrs(OUT / "hmicfrs.xlsx")
    build_tracker(OUT / "tracker.xlsx")
    for p in ("hmicfrs.xlsx", "tracker.xlsx"):
        freeze_zip(OUT / p)

    lines = []
    fr_by_item: dict[int, list[int]] = {}
    for k, fr in enumerate(force_rows):
        if fr["hm"] is not None:
            fr_by_item.setdefault(fr["hm"]["ref"], []).append(k)
    # HMICFRS order: sheet then row
    for it in sorted(ITEMS, key=lambda i: (hm_rowid[i["ref"]].split("!")[0],
                                           int(hm_rowid[i["ref"]].split("!")[1]))):
        hid = hm_rowid[it["ref"]]
        if it["force"] is None:
            lines.append((hid, "", "missing_from_force",
                          "on the HMICFRS list"
                          + (" (closed)" if it["hm"] == CLOSED else " (open)")
                          + ", no tracker row"))
            continue
        for k in fr_by_item[it["ref"]]:
            fr = force_rows[k]
            lines.append((hid, force_rowid[k], fr["cat"], fr["why"]))
    for k, fr in enumerate(force_rows):
        if fr["hm"] is None:
            lines.append(("", force_rowid[k], fr["cat"], fr["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    ctext = "\n".join(f"- {k}: {counts[k]}" for k in sorted(counts)) + \
        f"\n- total lines: {len(lines)}"
    (OUT / "README.md").write_text(README.format(seed=SEED, counts=ctext), encoding="utf-8")
    print(len(ITEMS), "HMICFRS items;", len(force_rows), "force rows;", len(lines), "truth lines")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
