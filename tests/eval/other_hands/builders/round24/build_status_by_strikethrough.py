"""Build the evaluation case `status_by_strikethrough` (round 24).

Layout under test: the force's tracker has NO status column. The Organisational Learning team
marks an item complete by striking through the row's text (font strikethrough); a key line
above the table says so. Most completed rows are struck through across every cell (the row was
selected and Ctrl+5 pressed); a few only in the text cell. Revised target dates are shown with
the old date struck through inside the Target date cell (a second convention, also in the key).

Run:  /work/main/.venv/bin/python build_status_by_strikethrough.py
Writes status_by_strikethrough/{hmicfrs.xlsx, tracker.xlsx, truth.csv, README.md} next to this
script, byte for byte the same on every run (fixed seed, fixed zip timestamps and doc dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.dont_write_bytecode = True
sys.path.insert(0, "/work/main/reconcile/casegen")
from texts import (  # noqa: E402  (text lists only: real public wording)
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    EVERYONE_PLAN,
    EVERYONE_PLAN_RUN_ON,
    LEADS,
    LOCAL_ACTIONS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
    TOPIC_BODIES,
)

SEED = 24062
CASE = "status_by_strikethrough"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
NEIGHBOUR = "Nottinghamshire Police"
HM_SHEET = "Recommendations"
TR_SHEET = "Tracker"
FIXED_ZIP_TIME = (2025, 11, 14, 9, 30, 0)
FIXED_DOC_TIME = dt.datetime(2025, 11, 14, 9, 30, 0)

rng = random.Random(SEED)


def d(y, m, day):
    return dt.datetime(y, m, day)


def nat(key, i):
    return NATIONAL[key][2][i][1]


def topic(i, t):
    return TOPIC_BODIES[i].format(t=t)


# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name, tracker "Published" value)
# --------------------------------------------------------------------------------------------
REPORTS = {}
for key, tname, tpub in [
    ("sas13", "Stop and Search 2013", "Jul 2013"),
    ("everyone", "Everyone's Business (DA) 2014", d(2014, 3, 27)),
    ("austerity", "Policing in Austerity 2014", "Jul 2014"),
    ("core", "Core business", None),
    ("integrity", "Integrity Matters 2015", d(2015, 1, 30)),
    ("sas15", "Stop & search powers 2", "Mar 2015"),
    ("picture", "Building the Picture 2015", None),
    ("firearms", "Firearms licensing 2015", d(2015, 9, 15)),
    ("stolen", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24)),
    ("efc17", "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    ("leg17", "PEEL Legit 17 S&S", "Dec 2017"),
    ("powers", "Police powers spotlight (Feb 21)", d(2021, 2, 26)),
]:
    title, (y, m, dd), _ = NATIONAL[key]
    REPORTS[key] = (title, d(y, m, dd), tname, tpub)

REPORTS.update({
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", d(2017, 3, 2), "PEEL Eff 16",
              "Mar 2017"),
    "efy17": (f"PEEL: Police efficiency 2017 – {FORCE}", d(2017, 11, 9), "PEEL Efficiency 2017",
              d(2017, 11, 9)),
    "ncpi18": (f"National child protection inspection 2018 – {FORCE}", d(2018, 6, 21),
               "NCPI 2018", "Jun 2018"),
    "peel1819": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
                 d(2019, 5, 10), "PEEL 2018/19", d(2019, 5, 10)),
    "cdi19": (f"Crime data integrity inspection 2019 – {FORCE}", d(2019, 9, 20), "CDI 2019",
              d(2019, 9, 20)),
    "peel2122": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
                 d(2022, 4, 26), "PEEL 2021/22", "Apr 2022"),
    "peel2325": (f"PEEL: Police effectiveness, efficiency and legitimacy 2023–2025 – {FORCE}",
                 d(2024, 3, 15), "PEEL 2023-25", d(2024, 3, 15)),
    # force-only report names (not on the HMICFRS list)
    "eff15": (None, None, "PEEL Effectiveness 2015", "Feb 2016"),
    "leg16": (None, None, "Legitimacy 2016", "Dec 2016"),
    "fip": (None, None, "Force improvement plan", None),
    "jac": (None, None, "JAC / internal audit", None),
    "vidp": (None, None, "Vulnerability Improvement Delivery Plan", None),
})

HM_TYPE = {"NAT": "National recommendation", "REC": "Recommendation",
           "AFI": "Area for improvement", "COC": "Cause of concern"}
TR_TYPE = {"NAT": "National rec", "REC": "Rec", "AFI": "AFI", "COC": "CoC",
           "LOCAL": "Local action"}


def F(text, strike="row", **kw):
    """One force tracker row. strike: row | text | none | partial (rich text, see `parts`)."""
    return dict(text=text, strike=strike, **kw)


# --------------------------------------------------------------------------------------------
# Entries, in tracker order. hm: (ref, report, type, text, status) or None (force only);
# rows: force rows ([] = missing from force); cat, why: the truth.
# --------------------------------------------------------------------------------------------
E = []


def add(hm, rows, cat, why, section):
    E.append(dict(hm=hm, rows=rows, cat=cat, why=why, section=section))


N = "national"
L = "force"
LOC = "local"

# ---- national (all-force) reports ----------------------------------------------------------
add((1187, "sas13", "NAT", nat("sas13", 0), "Closed"),
    [F(nat("sas13", 0))], "in_sync", "HMICFRS closed; row struck through (done)", N)
add((1188, "sas13", "NAT", nat("sas13", 1), "Closed"),
    [F("Chief Constables should establish or improve monitoring of the way officers stop and "
       "search people, so that they can be satisfied their officers are acting in accordance "
       "with the law (including equality legislation and the Code of Practice)", "none",
       update="Monitoring now through the S&S Scrutiny Board; data quality work continuing.")],
    "closeable_local", "HMICFRS closed; force row not struck (open); text abridged", N)
add((1189, "sas13", "NAT", nat("sas13", 2), "Closed"),
    [F(nat("sas13", 2).replace("Chief Constables", "CCs"), "none",
       update="Largely repeated in Stop & search powers 2 (2015) – see that entry.")],
    "closeable_local",
    "near-duplicate of the 2015 item (ref 5517); this 2013 row is NOT struck, HMICFRS closed", N)
add((2321, "everyone", "NAT", EVERYONE_PLAN, "Closed"),
    [F(EVERYONE_PLAN_RUN_ON.replace(" and 20\n", " and\n"), "none",
       update="DA action plan refreshed annually; now part of the VAWG delivery plan.")],
    "closeable_local",
    "HMICFRS closed; force row open; tracker pasted the next paragraphs on (run-on text)", N)
add((2780, "austerity", "NAT", nat("austerity", 0), "Closed"),
    [F(nat("austerity", 0))], "in_sync", "closed / struck", N)
add((2781, "austerity", "NAT", nat("austerity", 1), "Closed"),
    [F(nat("austerity", 1), "text")], "in_sync",
    "closed / done: only the text cell is struck through", N)
add((2782, "austerity", "NAT", nat("austerity", 2), "Closed"), [], "missing_from_force",
    "not on the tracker (HMICFRS closed)", N)
add((2783, "austerity", "NAT", nat("austerity", 3), "Open"),
    [F(nat("austerity", 3), update="Collaboration review with Nottinghamshire/East Midlands "
       "region reported to FAB.")],
    "closeable_submit", "HMICFRS open; row struck through", N)
add((4822, "core", "NAT", nat("core", 0), "Open"),
    [F(nat("core", 0), "none", update="THRIVE criteria refresh in Force Control Room; "
       "awaiting new command and control system.")],
    "in_sync", "open / not struck", N)
add((4823, "core", "NAT", nat("core", 1), "Closed"),
    [F(nat("core", 1).replace("By 31 March 2015 all forces should ensure", "Ensure"))],
    "in_sync", "closed / struck; stem dropped on tracker", N)
add((5310, "integrity", "NAT", nat("integrity", 0), "Closed"),
    [F(nat("integrity", 0), "none", update="PSD dip sample of NFA outcomes planned for Q4.")],
    "closeable_local", "HMICFRS closed; force row not struck", N)
add((5517, "sas15", "NAT", nat("sas15", 0), "Open"),
    [F(nat("sas15", 0).replace("police and crime commissioners", "PCCs"),
       update="Stop and search scrutiny panel in place and reviewing BWV; FAB signed off.")],
    "closeable_submit",
    "HMICFRS open; row struck; near-duplicate of 2013 item 1189 (which is NOT struck)", N)
add((5921, "picture", "NAT", nat("picture", 0), "Closed"),
    [F(nat("picture", 0))], "in_sync", "closed / struck", N)
add((6104, "firearms", "NAT", nat("firearms", 0), "Closed"),
    [F(nat("firearms", 0))], "in_sync", "closed / struck", N)
add((6105, "firearms", "NAT", nat("firearms", 1), "Open"),
    [F(nat("firearms", 1), "none", update="Little work yet undertaken in this area. Unlikely "
       "to reach deadlines.")], "in_sync", "open / not struck", N)
add((6106, "firearms", "NAT", nat("firearms", 2), "Open"), [], "missing_from_force",
    "'total expired' records item not on the tracker", N)
add((6107, "firearms", "NAT", nat("firearms", 3), "Closed"),
    [F(nat("firearms", 3), "none",
       update="Work undertaken in area but still requires development to complete.")],
    "closeable_local", "HMICFRS closed; force row not struck", N)
add((6108, "firearms", "NAT", nat("firearms", 4), "Open"),
    [F(nat("firearms", 4), "text", update="Flagging on command and control checked monthly.")],
    "closeable_submit", "HMICFRS open; done: only the text cell is struck through", N)
add((8120, "stolen", "NAT", SF_LEADERSHIP, "Open"),
    [F("Within 6 months, forces should review their leadership & goverance arrangements for "
       "MSHT, to ensure that:\n• senior leaders prioritise the response to MSHT;\n• every "
       "incident of modern slavery identified to police is allocated appropriate resources "
       "with the skills, experience & capacity to investigate it effectively;\n• forces "
       "develop effective partnership arrangements to co-ordinate activity in order to share "
       "information & safeguard victims; and\n• performance & QA measures are in place to "
       "allow senior leaders to assess the nature & quality of the service provided to "
       "victims.")],
    "conflict", "timescale differs: HMICFRS 'Within twelve months', tracker 'Within 6 months' "
    "(tracker struck = done, HMICFRS open)", N)
add((8121, "stolen", "NAT", nat("stolen", 1), "Open"),
    [F("Within 6 months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence and in order to safeguard victims better "
       "and to identify suspects as early as possible.", "none",
       update="ISA with Lincolnshire County Council drafted; awaiting their legal sign off.")],
    "in_sync", "open / not struck; register text carries stray footnote '86'", N)
add((8122, "stolen", "NAT", nat("stolen", 2), "Closed"),
    [F(nat("stolen", 2))], "in_sync", "closed / struck", N)
add((8123, "stolen", "NAT", nat("stolen", 3), "Open"),
    [F(nat("stolen", 3))], "closeable_submit", "HMICFRS open; row struck", N)
add((8124, "stolen", "NAT", nat("stolen", 4), "Open"),
    [F("Immediately, forces should take steps to ensure they fully comply with NCRS "
       "requirements for offences identified as MSHT and that sufficient audit capacity is "
       "available to the force crime registrar to provide reassurance that each force is "
       "identifying & managing any gaps in its crime-recording accuracy for these types of "
       "offences.", "none", update="FCR audit scheduled; capacity bid in 2025/26 budget.")],
    "in_sync", "open / not struck", N)
add((8125, "stolen", "NAT", nat("stolen", 5), "Closed"),
    [F(nat("stolen", 5).replace("modern slavery and human trafficking", "MSHT"), "none",
       update="Awaiting allocation.")],
    "closeable_local", "HMICFRS closed; force row not struck; MSHT abbreviated", N)
add((8126, "stolen", "NAT", nat("stolen", 6), "Open"),
    [F(nat("stolen", 6), update="Awaiting update from MSHT lead re STRO/STPO usage figures.")],
    "closeable_submit",
    "HMICFRS open; row struck (the update is stale and does not say complete)", N)
add((8402, "efc17", "NAT", nat("efc17", 0), "Open"),
    [F("By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force.", "none",
       target=("31/03/2024", "31/03/2026"),
       update="Digital strategy refresh tied to the new RMS go-live.")],
    "in_sync", "open / not struck (only the OLD target date is struck inside the date cell); "
    "tracker drops the Home Office/NPCC sentence, which is not the force's part", N)
add((8540, "leg17", "COC", NATIONAL["leg17"][2][0][1], "Open"),
    [F(NATIONAL["leg17"][2][0][1], "none",
       update="Disproportionality analysis reported quarterly to the S&S Scrutiny Board.")],
    "in_sync", "open / not struck", N)
add((8541, "leg17", "NAT", SAS_MONITORING_2017, "Open"),
    [F(None, "partial", parts=[
        ("By July 2018, all police forces across England & Wales should be regularly and "
         "frequently monitoring a comprehensive set of data and information on use of S&S "
         "powers to understand:\n", False),
        ("• the reasons for any disproportionate representation of different ethnic groups in "
         "the use of S&S;\n", True),
        ("• the extent to which find rates differ between people from different ethnicities, "
         "and across different types of searches (including separate identification of find "
         "rates for drug possession and supply-type offences); and\n", True),
        ("• the prevalence of possession-only drug searches, and the extent to which these "
         "align with local or force level priorities.", False)],
       update="Bullets 1 and 2 signed off at FAB; possession-only analysis still outstanding.")],
    "in_sync", "HMICFRS open; only two of three bullets struck inside the text cell, so the "
    "item is NOT complete on the force side (open/open)", N)
add((8542, "leg17", "NAT", NATIONAL["leg17"][2][2][1], "Closed"),
    [F(NATIONAL["leg17"][2][2][1].replace("•", "• "))], "in_sync", "closed / struck", N)
add((8543, "leg17", "NAT", NATIONAL["leg17"][2][3][1], "Open"), [], "missing_from_force",
    "annual publication item not on the tracker", N)
add((8544, "leg17", "NAT", NATIONAL["leg17"][2][4][1], "Closed"),
    [F(NATIONAL["leg17"][2][4][1].replace("College of Policing APP", "CoP APP"), "none",
       update="Unconscious bias input now in the Op Stop refresher; take-up at 71%.",
       target=("Dec 2023", "Jun 2025"))],
    "closeable_local", "HMICFRS closed; force row not struck (old target date struck only)", N)
add((11230, "powers", "NAT", nat("powers", 0), "Open"),
    [F(nat("powers", 0), "none", update="Conflict management refresher in the 2025 "
       "officer safety training cycle.")], "in_sync", "open / not struck", N)
add((11231, "powers", "NAT", nat("powers", 1), "Open"),
    [F(nat("powers", 1).replace("body-worn video", "BWV").replace(
        "continuing professional development", "CPD"))],
    "closeable_submit", "HMICFRS open; row struck", N)
add((11232, "powers", "NAT", BWV_2021, "Open"),
    [F("By September 2021, forces should: ensure that officers record on BWV (when this is "
       "available) the entirety of all S&S encounters, including traffic stops and use of "
       "force incidents.", no="52a"),
     F("Have a structured process for regularly reviewing and monitoring internally a "
       "sufficient sample of BWV footage to identify and disseminate learning and hold "
       "officers to account when behaviour falls below acceptable standards.", no="52b"),
     F("Provide external scrutiny panel members with access to samples of BWV footage showing "
       "S&S encounters and use of force incidents, taking account of the safeguards in the "
       "CoP's APP.", no="52c")],
    "closeable_submit", "split into 3 rows (one per part), all struck; HMICFRS open", N)
add((11233, "powers", "NAT", nat("powers", 3), "Open"), [], "missing_from_force",
    "Home Office/NPCC item the force never put on its tracker", N)
add((11234, "powers", "NAT", nat("powers", 4), "Closed"),
    [F(nat("powers", 4))], "in_sync", "closed / struck", N)

# ---- the force's own inspections -----------------------------------------------------------
add(None, [F("The force should revise its approach to cautions, cannabis warning and penalty "
             "notices for disorder to ensure that there is a clear and auditable explanation to "
             "the offender of the implications of receiving the warning and that, for "
             "victim-based crimes, there is a clear and auditable record that views of the "
             "victim are considered prior to their issue.", "none", rep="eff15", type="AFI",
             base=d(2016, 2, 10),
             update="Out of court disposals scrutiny panel reviewing; CJ lead to update.")],
    "not_on_hmicfrs_list", "2015 item not on the HMICFRS list (query with HMICFRS); open", L)
add((7710, "eff16", "COC", CAUSES[0], "Closed"),
    [F(CAUSES[0])], "in_sync", "closed / struck", L)
add((7711, "eff16", "REC",
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.", "Closed"),
    [F("Take steps to ensure there is effective supervison of the initial risk assessment "
       "process, specifically the completion of DASH risk assessment in appropriate cases. "
       "Where a DASH is not completed the officer should record an assessment on the crime "
       "management system.", "none", update="DASH compliance audit by PVP; results to next FAB.")],
    "closeable_local", "HMICFRS closed; force row open; stem dropped, reworded, one "
    "misspelling", L)
add((7712, "eff16", "COC", CAUSES[1], "Open"),
    [F(CAUSES[1], "none", update="Missing from Home co-ordinator posts filled; audit due.")],
    "in_sync", "open / not struck", L)
MISSING_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
               "review its approach to reports of missing children and take steps to ensure "
               "that:\n• call takers understand and use the missing and absent category "
               "appropriately;\n• call takers and frontline staff have the necessary knowledge "
               "to identify risk factors associated with child sexual exploitation and how to "
               "respond to such cases; and\n• supervisors provide the correct oversight of "
               "missing person enquiries and direct appropriate and timely investigative and "
               "safeguarding action.")
add((7713, "eff16", "REC", MISSING_REC, "Open"),
    [F("Review approach to reports of missing children and take steps to ensure that:\n"
       "• call takers understand and use the missing and absent category appropriately;\n"
       "• call takers and frontline staff have the neccessary knowledge to identify risk "
       "factors associated with CSE and how to respond to such cases.", "none",
       update="Control room training delivered Jan; supervisory review tool in development.")],
    "conflict", "missing bullet: tracker omits the third bullet (supervisors' oversight)", L)
add((7714, "eff16", "AFI",
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Closed"),
    [F("The force should improve the supervision of investigations, so that investigation "
       "plans are set, reviewed and recorded and victims receive a consistently good service.")],
    "in_sync", "closed / struck", L)
add(None,
    [F("The force should make sure it records reports of hate crime accurately and without "
       "delay.", rep="leg16", type="AFI", base=d(2016, 12, 8))],
    "not_on_hmicfrs_list", "2016 item not on the HMICFRS list (struck); looks like the "
    "PEEL 2021/22 ASB recording AFI but a different topic and report", L)
add((8390, "efy17", "AFI",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.", "Closed"),
    [F("The force should undertake further work to gain a fuller understanding of current "
       "demand for its services, and likely future changes in demand.")],
    "in_sync", "closed / struck", L)
add((8391, "efy17", "AFI",
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Closed"),
    [F("The force should develop its understanding of the links between its outcomes, outputs "
       "and costs.", "none", update="Covered by the priority-based budgeting review.")],
    "closeable_local", "HMICFRS closed; force row not struck", L)
add((8392, "efy17", "AFI",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Open"),
    [F("The force should develop a future workforce plan that is aligned with its overall "
       "demand and budget. The plan should include future resource allocations, the mix of "
       "skills required by the workforce and behaviours expected of them.",
       update="Target date extended to Dec 23 – awaiting FMS.")],
    "closeable_submit",
    "HMICFRS open; row struck (update is stale: talks about an extended target)", L)
add((8393, "efy17", "AFI", f"{FORCE} should {CONTROL_ROOM[len('The force should '):]}", "Open"),
    [F(CONTROL_ROOM, "none",
       update="Control room establishment review with Director of People.")],
    "in_sync", "open / not struck", L)
DETENTION = ("Within six months Lincolnshire Police should, in conjunction with children’s "
             "social care services, review how it manages the detention of children. As a "
             "minimum it should:• ensure that all children are only detained when absolutely "
             "necessary and for the absolute minimum amount of time;• ensure that officers and "
             "staff in the custody suite assess at an early stage a child’s need for "
             "alternative accommodation (secure or otherwise) and work with children’s social "
             "care services to achieve the most appropriate option for the child;• ensure that "
             "custody staff make a record of all actions taken and decisions made on the "
             "relevant documentation; and• improve the timeliness of adequate appropriate "
             "adult support for children who are arrested.")
add((9015, "ncpi18", "REC", DETENTION, "Open"),
    [F(DETENTION.replace(":•", ":\n• ").replace(";•", ";\n• ").replace("and•", "and\n• ")
       .replace("accommodation", "accomodation"), "text",
       update="Concordat on children in custody signed with LCC.")],
    "closeable_submit", "HMICFRS open; done: only the text cell is struck through", L)
add((9016, "ncpi18", "REC",
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", "Closed"),
    [F("Within three months, the force should provide call-handlers with specific, sound and "
       "comprehensible criteria against which they can assess threat, harm and risk.")],
    "in_sync", "closed / struck", L)
add((9870, "peel1819", "REC",
     "HMIC recommends that the force should immediately: " + (
         "conduct a review of officers’ capabilities and capacity to manage their investigative "
         "workload, to better understand investigative demand and the pressures placed upon "
         "them;"), "Closed"),
    [F("Conduct a review of officers' capabilities and capacity to manage their investigative "
       "workload, to better understand investigative demand and the pressures placed upon "
       "them")], "in_sync", "closed / struck; stem dropped", L)
add((9871, "peel1819", "REC",
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "Open"),
    [F("HMIC recommends that within six months the force should: improve its ability to "
       "retrieve digital evidence from mobile phones, computers and other electronic devices "
       "quickly enough to ensure investigations are not delayed;", "none",
       target=("30/09/2024", "31/03/2026"),
       update="DFU backlog 412 devices; kiosk roll-out phase 2 under way.")],
    "in_sync", "open / not struck (old target date struck inside the date cell)", L)
add((9872, "peel1819", "REC",
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Open"),
    [F("HMIC recommends that within six months the force should: improve its understanding of "
       "suspects released under investigation and the management of those released on bail;",
       update="RUI working group meets monthly; bail policy refresh drafted.")],
    "closeable_submit", "HMICFRS open; row struck (update stale, does not say complete)", L)
add((9873, "peel1819", "COC", CAUSES[4].format(force=FORCE), "Closed"),
    [F(CAUSES[4].format(force=FORCE))], "in_sync", "closed / struck", L)
add((9874, "peel1819", "REC",
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.", "Closed"),
    [F("The force should ensure all staff have received at least the lowest level of vetting "
       "clearance for their roles as quickly as possible, working to clear both the vetting "
       "backlog and new vetting renewals when they become due.", "none",
       update="Backlog down to 37 renewals; FVU recruitment completed.")],
    "closeable_local", "HMICFRS closed; force row not struck (update mentions a completed "
    "recruitment, not the item)", L)
CDI_TEXT = "Within six months the force should " + CDI_VICTIMS_BODY + "."
add((10348, "cdi19", "REC", CDI_TEXT, "Closed"),
    [F("Within six months the force should put in place arrangements to ensure that at the "
       "point of report, victims are believed", no="31a",
       update="Victim believed principle in all call handling scripts."),
     F("Conversations between the call handlers and callers are summarised accurately in the "
       "incident log, thus providing attending officers with full facts on which to base "
       "crime-recording decisions", no="31b", update="Dip sampled by FCR – 94% compliant."),
     F("Multiple crimes are always recorded when described within incident records or "
       "identified as part of other recorded crime investigations", "none", no="31c",
       update="Still below target (81%); further CDI refresher for investigators."),
     F("The practice of awaiting the results of medical examinations or video interviews "
       "before making crime-recording decisions is stopped", no="31d",
       update="Guidance issued to PVP."),
     F("Online reports of crime are triaged at the point of receipt to ensure any ongoing "
       "risks to the victim or the wider public are identified and appropriately managed",
       "none", no="31e", update="Single Online Home triage SOP in draft.")],
    "closeable_local", "split into 5 rows (one per bullet): 3 struck, 2 not, so the item is "
    "still open on the force side; HMICFRS closed", L)
add((10349, "cdi19", "REC",
     "Within three months, the force should take steps to ensure it fully complies with "
     "national crime recording standard (NCRS) requirements for offences identified as modern "
     "slavery and human trafficking.", "Open"),
    [F("Within three months, the force should take steps to ensure it fully complies with "
       "national crime recording standard (NCRS) requirements for offences identified as "
       "modern slavery and human trafficking.", "none", ref=10394,
       update="FCR audit of MSHT crimes on the 2025/26 audit plan.")],
    "conflict", "reference differs: tracker HMICFRS Ref 10394, register 10349 (text, report "
    "match; open/open)", L)
add((10350, "cdi19", "AFI",
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Open"),
    [F("The force should improve its use of its crime-recording and management system to "
       "better manage its case files and investigative processes.", "none",
       target="struck", update="Target date revised – new date to be agreed with the RMS "
       "programme board.")],
    "in_sync", "open: the whole Target date cell is struck (revised date), the text is not", L)

P21 = "peel2122"
P23 = "peel2325"
add((12601, P21, "AFI", "The force should " + topic(0, "county lines drug dealing") + ".",
     "Open"),
    [F("AFI 1 - The force should " + topic(0, "county lines drug dealing") + ".")],
    "closeable_submit", "HMICFRS open; struck. Same wording recurs in PEEL 2023-25 (ref 14218), "
    "whose row is NOT struck: report decides the pair", L)
add((12602, P21, "AFI", "The force should " + topic(1, "rape and serious sexual offences") + ".",
     "Open"),
    [F("AFI 2 - The force should " + topic(1, "rape and serious sexual offences") + ".",
       update="Op Soteria embedded; supervisory reviews at 28 days.")],
    "closeable_submit", "HMICFRS open; row struck", L)
add((12603, P21, "AFI", "The force should " + topic(2, "missing children") + ".", "Closed"),
    [F("AFI 3 - The force should " + topic(2, "missing children") + ".")],
    "in_sync", "closed / struck", L)
add((12604, P21, "AFI", "The force should " + topic(3, "hate crime") + ".", "Closed"),
    [F("AFI 4 - The force should " + topic(3, "hate crime").replace("receive", "recieve") + ".",
       "none", update="Hate crime victim satisfaction survey re-started.")],
    "closeable_local", "HMICFRS closed; force row not struck", L)
add((12605, P21, "AFI",
     "The force should " + topic(4, "stalking and harassment") + ".", "Open"),
    [F("Rec 5 - The force should " + topic(4, "stalking and harassment").replace(
        "officers and staff", "officers & staff") + ".", type="REC")],
    "conflict", "type differs: HMICFRS Area for improvement, tracker Type 'Rec' and text "
    "prefix 'Rec 5 -' (tracker struck, "
    "HMICFRS open)", L)
add((12606, P21, "AFI", "The force should " + topic(5, "anti-social behaviour") + ".", "Open"),
    [F("AFI 6 - The force should " + topic(5, "anti-social behaviour") + ".", "none",
       update="ASB recording audit found 68% compliance; re-audit in spring.")],
    "in_sync", "open / not struck", L)
add((12607, P21, "AFI", "The force should " + topic(6, "serious and organised crime") + ".",
     "Open"),
    [F("AFI 7 - The force should " + topic(6, "serious and organised crime") + ".", "none",
       target=("Mar 2023", "Sep 2025"),
       update="SOC strategic assessment being rewritten with EMSOU.")],
    "in_sync", "open / not struck (old target date struck inside the date cell)", L)
add((12608, P21, "AFI",
     "The force should " + topic(7, "sexual offences against children") + ".", "Closed"),
    [F("AFI 8 - The force should " + topic(7, "sexual offences against children") + ".",
       "text")], "in_sync", "closed / done: only the text cell is struck through", L)
add((12609, P21, "AFI", "The force should " + topic(11, "domestic abuse") + ".", "Open"),
    [F("AFI 9 - The force should " + topic(11, "domestic abuse") + ".", "none",
       update="Grade 2 attendance for DA at 62% within SLA; demand review ongoing.")],
    "in_sync", "open / not struck", L)
add((12610, P21, "AFI", "The force should " + topic(12, "fraud") + ".", "Closed"),
    [F("AFI 10 - The force should " + topic(12, "fraud") + ".", "none",
       update="Fraud victim care unit pilot extended to March.")],
    "closeable_local", "HMICFRS closed; force row not struck", L)
add((14211, P23, "REC", "Within six months, the force should " +
     topic(14, "rape and serious sexual offences") + ".", "Open"),
    [F("Within six months, the force should " + topic(14, "rape and serious sexual offences") +
       ".", "none", update="RASSO investigation team uplift (+6 DCs) approved.")],
    "in_sync", "open / not struck", L)
add((14212, P23, "AFI", "The force should " +
     topic(10, "violence against women and girls") + ".", "Open"),
    [F("The force should " + topic(10, "violence against women and girls").replace(
        "violence against women and girls", "VAWG") + ".", "none",
       update="VAWG dashboard in development with Performance team.")],
    "in_sync", "open / not struck", L)
add((14213, P23, "AFI", "The force should " + topic(13, "neighbourhood crime") + ".", "Open"),
    [F("The force should " + topic(13, "neighbourhood crime") + ".",
       update="SARA training delivered to all neighbourhood teams.")],
    "closeable_submit", "HMICFRS open; row struck", L)
add((14214, P23, "AFI", "The force should " + topic(9, "serious and organised crime") + ".",
     "Open"),
    [F("The force should " + topic(9, "serious and organised crime") + ".", "none",
       rep=P21, pub="Apr 2022", update="Intelligence requirement refreshed.")],
    "conflict", "report/date differ: tracker files it under PEEL 2021/22 (Apr 2022), the "
    "register under PEEL 2023-2025 (15/03/2024); same ref 14214; open/open", L)
add((14215, P23, "AFI", "The force should " + topic(8, "stalking and harassment") + ".",
     "Open"), [], "missing_from_force", "PEEL 2023-25 AFI not yet added to the tracker", L)
add((14216, P23, "AFI", "The force should " + topic(15, "knife crime") + ".", "Open"),
    [F("The force should " + topic(15, "knife crime") + ".", "none",
       target=("31/12/2024", "30/06/2026"),
       update="Op Sceptre evaluation commissioned from the university.")],
    "in_sync", "open / not struck (old target date struck inside the date cell)", L)
add((14217, P23, "AFI", "The force should " + topic(7, "online child sexual abuse") + ".",
     "Open"),
    [F("The force should " + topic(7, "online child sexual abuse") + ".")],
    "closeable_submit", "HMICFRS open; row struck", L)
add((14218, P23, "AFI", "The force should " + topic(0, "county lines drug dealing") + ".",
     "Open"),
    [F("The force should " + topic(0, "county lines drug dealing") + ".", "none",
       update="New problem profile commissioned (see also PEEL 2021/22 AFI 1).")],
    "in_sync", "open / not struck; same words as PEEL 2021/22 AFI 1 (12601, struck)", L)
add((14219, P23, "AFI", "The force should " + topic(4, "honour-based abuse") + ".", "Open"),
    [F("The force should " + topic(4, "honour-based abuse") + ".", "none",
       update="HBA e-learning launched; completion 54%.")],
    "in_sync", "open / not struck", L)

# ---- the force's own local actions -----------------------------------------------------------
add(None, [F(LOCAL_ACTIONS[2].format(t="domestic abuse"), "none", rep="fip", type="LOCAL",
             base=d(2024, 4, 1), update="Q2 dip sample done; Q3 due.")],
    "not_on_hmicfrs_list", "force local action, open", LOC)
add(None, [F(LOCAL_ACTIONS[0].format(t="county lines drug dealing"), "none", rep="fip",
             type="LOCAL", base=d(2025, 7, 1), update="T&F group first met 3 October.")],
    "not_on_hmicfrs_list", "force local action, open (topic echoes AFI 12601 but it is the "
    "force's own action in its own section)", LOC)
add(None, [F(LOCAL_ACTIONS[8].format(t="firearms licensing"), rep="jac", type="LOCAL",
             base=d(2023, 9, 1), update="Audit report received; all actions closed.")],
    "not_on_hmicfrs_list", "force local action, struck", LOC)
add(None, [F(LOCAL_ACTIONS[5].format(t="missing children"), rep="vidp", type="LOCAL",
             base=d(2022, 6, 1), update="SPOCs in place in all three LPAs; FAB sign off.")],
    "not_on_hmicfrs_list", "force local action, struck", LOC)


# --------------------------------------------------------------------------------------------
# Ancillary values (seeded)
# --------------------------------------------------------------------------------------------
LEAD_POOL = [x for x in LEADS if x]
DONE_UPDATES = [
    "Signed off at FAB {d}.",
    "FAB {d}: agreed complete; evidence pack on SharePoint.",
    "Closure evidence submitted to HMICFRS {d}.",
    "Policy published and briefed to all staff.",
    None,
    None,
]
OPEN_UPDATES = [
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "xxx",
    None,
]


def fmt_d(x):
    return x.strftime("%d/%m/%Y")


def rand_date(after, lo_days=60, hi_days=900):
    x = after + dt.timedelta(days=rng.randint(lo_days, hi_days))
    return x if x < dt.datetime(2025, 11, 1) else dt.datetime(2025, 10, rng.randint(1, 28))


# --------------------------------------------------------------------------------------------
# Write the HMICFRS register export
# --------------------------------------------------------------------------------------------
def fix_zip(buf: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(buf))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_DOC_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + stamp.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def save(wb, path):
    wb.properties.creator = "openpyxl"
    wb.properties.created = FIXED_DOC_TIME
    b = io.BytesIO()
    wb.save(b)
    path.write_bytes(fix_zip(b.getvalue()))


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    hdr = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
           "Recommendation text", "Status"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    hm_rows = {}
    items = [e for e in E if e["hm"]]
    items.sort(key=lambda e: (REPORTS[e["hm"][1]][1], e["hm"][0]))
    for e in items:
        ref, rep, typ, text, status = e["hm"]
        title, pub, _, _ = REPORTS[rep]
        ws.append([ref, FORCE, title, pub, HM_TYPE[typ], text, status])
        r = ws.max_row
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        hm_rows[id(e)] = f"{HM_SHEET}!{r}"
    for col, w in zip("ABCDEFG", [18, 14, 60, 16, 24, 100, 10]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:G{ws.max_row}"
    ws.freeze_panes = "A2"
    save(wb, OUT / "hmicfrs.xlsx")
    return hm_rows, len(items)


# --------------------------------------------------------------------------------------------
# Write the force tracker
# --------------------------------------------------------------------------------------------
ARIAL = dict(name="Arial", size=10)
PLAIN = Font(**ARIAL)
STRUCK = Font(strike=True, **ARIAL)
RT_PLAIN = InlineFont(rFont="Arial", sz=10)
RT_STRUCK = InlineFont(rFont="Arial", sz=10, strike=True)
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
NCOL = 9


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = TR_SHEET
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations, Causes of Concern & AFIs Tracker"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Maintained by the Organisational Learning Team, Strategic Development. "
                "Last reviewed at the Force Assurance Board (FAB) on 12/11/2025.")
    ws["A2"].font = Font(name="Arial", size=10, italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = CellRichText([
        TextBlock(InlineFont(rFont="Arial", sz=10, b=True), "Key: "),
        TextBlock(RT_PLAIN, "items "),
        TextBlock(RT_STRUCK, "struck through like this"),
        TextBlock(RT_PLAIN, " have been signed off as complete by the Force Assurance Board "
                            "and are kept on the tracker for audit purposes. Do not delete "
                            "completed items."),
    ])
    ws.merge_cells("A3:I3")
    ws["A4"] = CellRichText([
        TextBlock(RT_PLAIN, "Where a target date has been revised the original date is struck "
                            "through and the new date shown after it, e.g. "),
        TextBlock(RT_STRUCK, "31/03/2024"),
        TextBlock(RT_PLAIN, " 30/09/2024."),
    ])
    ws.merge_cells("A4:I4")
    hdr = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
           "Recommendation / Area for Improvement", "Lead", "Target date", "Latest update"]
    hr = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = WRAP
        c.border = BORDER
    r = hr
    headings = {N: "NATIONAL (ALL-FORCE) REPORTS",
                L: f"{FORCE.upper()} INSPECTIONS",
                LOC: "FORCE LOCAL ACTIONS (not HMICFRS)"}
    section = None
    no = 0
    tr_rows = {}
    ghost_done = False
    for e in E:
        if e["section"] != section:
            section = e["section"]
            if r > hr:
                r += 1  # blank spacer row
            r += 1
            c = ws.cell(r, 1, headings[section])
            c.font = Font(name="Arial", size=10, bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
        rows_ids = []
        hm = e["hm"]
        for fr in e["rows"]:
            r += 1
            if "no" in fr:
                if fr["no"].endswith("a"):
                    no += 1
                no_val = f"{no}{fr['no'][-1]}"
            else:
                no += 1
                no_val = no
            rep = fr.get("rep") or hm[1]
            _, hpub, tname, tpub = REPORTS[rep]
            if "pub" in fr:
                tpub = fr["pub"]
            typ = fr.get("type") or hm[2]
            # HMICFRS ref shown on the tracker: always from 2019 on, otherwise on some rows
            ref = None
            if hm is not None:
                if "ref" in fr:
                    ref = fr["ref"]
                elif hpub >= dt.datetime(2019, 1, 1) or rng.random() < 0.3:
                    ref = hm[0]
            done = fr["strike"] in ("row", "text")
            base = fr.get("base") or hpub
            lead = rng.choice(LEAD_POOL) if rng.random() < 0.93 else None
            # target date
            tgt = fr.get("target")
            if tgt is None:
                x = rng.random()
                if x < 0.55:
                    tgt = rand_date(base, 120, 700)
                elif x < 0.75:
                    tgt = rand_date(base, 120, 700).strftime("%b %Y")
                elif x < 0.85:
                    tgt = "Ongoing"
                else:
                    tgt = None
            # latest update
            if "update" in fr:
                upd = fr["update"]
            elif done:
                upd = rng.choice(DONE_UPDATES)
                if upd and "{d}" in upd:
                    upd = upd.format(d=fmt_d(rand_date(base, 200, 1500)))
            else:
                upd = rng.choice(OPEN_UPDATES)
            # text cell value
            if fr["strike"] == "partial":
                text_val = CellRichText([TextBlock(RT_STRUCK if s else RT_PLAIN, t)
                                         for t, s in fr["parts"]])
            else:
                text_val = fr["text"]
            vals = [no_val, ref, tname, tpub, TR_TYPE[typ], text_val, lead, None, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                c.font = STRUCK if fr["strike"] == "row" else PLAIN
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fr["strike"] == "text":
                ws.cell(r, 6).font = STRUCK
            # target date cell
            tc = ws.cell(r, 8)
            if isinstance(tgt, tuple):
                tc.value = CellRichText([TextBlock(RT_STRUCK, tgt[0]),
                                         TextBlock(RT_PLAIN, " " + tgt[1])])
            elif tgt == "struck":
                tc.value = rand_date(base, 300, 900)
                tc.number_format = "dd/mm/yyyy"
                tc.font = STRUCK
            else:
                tc.value = tgt
                if isinstance(tgt, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
            rows_ids.append(f"{TR_SHEET}!{r}")
        tr_rows[id(e)] = rows_ids
        # a formatting-only "ghost" row: contents deleted, strikethrough formatting left behind
        if hm and hm[0] == 10350 and not ghost_done:
            r += 1
            for j in range(1, NCOL + 1):
                c = ws.cell(r, j)
                c.font = STRUCK
                c.border = BORDER
            ghost_done = True
            ghost_row = r
    r += 2
    ws.cell(r, 1, "Completed items are archived to the 'Closed items' library on SharePoint "
                  "twelve months after FAB sign off.").font = Font(name="Arial", size=9,
                                                                   italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    note_row = r
    for col, w in zip("ABCDEFGHI", [7, 11, 24, 12, 12, 80, 24, 16, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.auto_filter.ref = f"A{hr}:I{note_row - 2}"
    save(wb, OUT / "tracker.xlsx")
    return tr_rows, hr, ghost_row, note_row



README = """# Case `status_by_strikethrough` (round 24, held-out layout)

Seed: `{seed}`. Rebuild byte for byte with
`/work/main/.venv/bin/python build_status_by_strikethrough.py` (fixed seed, fixed zip entry
times and document dates).

## Files
- `hmicfrs.xlsx`, sheet `Recommendations`: a plain register export for {force}, header on
  row 1, {n_hm} items (rows 2–{last_hm}). Columns: Recommendation ID (plain integer), Force,
  Report title, Publication date (date cell), Type (National recommendation / Recommendation /
  Area for improvement / Cause of concern), Recommendation text, Status (`Open` / `Closed`).
- `tracker.xlsx`, sheet `Tracker`: the force's tracker, {n_tr} item rows. **There is no status
  column.** The force marks an item complete by striking its text through (font
  strikethrough), as the key line says.
- `truth.csv`: {n_lines} lines, one per pair / unpaired item / split row.

## Tracker layout
- Row 1 title; row 2 "Maintained by the Organisational Learning Team … FAB 12/11/2025";
  **row 3 key** (rich text; the words "struck through like this" are themselves struck):
  "Key: items struck through like this have been signed off as complete by the Force
  Assurance Board and are kept on the tracker for audit purposes. Do not delete completed
  items."; **row 4 second key**: "Where a target date has been revised the original date is
  struck through and the new date shown after it, e.g. ~~31/03/2024~~ 30/09/2024."; row 5
  blank; **row 6 header**: No. | HMICFRS Ref | Report | Published | Type | Recommendation /
  Area for Improvement | Lead | Target date | Latest update.
- Section rows (merged, shaded, not items): row 7 "NATIONAL (ALL-FORCE) REPORTS", row {sec2}
  "{force_up} INSPECTIONS", row {sec3} "FORCE LOCAL ACTIONS (not HMICFRS)"; blank spacer
  rows before sections 2 and 3; footer note on row {note} (not an item).
- Status rule (the truth): a row whose Recommendation cell is struck through in full is
  **done** on the force side; otherwise it is **open**. Most done rows are struck across all
  nine cells (the analyst selected the row and pressed Ctrl+5; empty cells in the row carry
  the strike format too). Four done rows are struck **in the text cell only**.
- "HMICFRS Ref" is filled on every row from 2019 on and on some older rows; "No." is the
  tracker's own running number (split rows "31a–c", "51a–e"), not a reference.
- Report names are the force's own short names ("PEEL Eff 16", "Stolen Freedom (MSHT) 2017",
  "PEEL 2023-25"); "Published" mixes date cells, "Mon YYYY" text and blanks; Type uses
  "National rec / Rec / AFI / CoC / Local action"; Target date mixes dates, "Mon YYYY",
  "Ongoing" and blanks.

## Traps and how the truth decides them
{traps}

## Counts
Truth lines per category: {line_counts}.
Per item (a split recommendation counted once): {item_counts}.
HMICFRS items {n_hm} (Open {n_open}, Closed {n_closed}); tracker item rows {n_tr}
({n_struck} done by strikethrough, {n_open_tr} open). Closed on one side only:
{one_side} of {n_hm} HMICFRS items.
"""

TRAPS = [
    ("Strike = done, no status column", "Every force row: done/open is read from the "
     "strike on the text cell only; the words in Latest update are never the status."),
    ("Text-cell-only strike", "{text_only}: only column F is struck; done."),
    ("Stale update on a struck row", "{stale}: the row is struck but the update still reads as "
     "work in progress ('Awaiting update from MSHT lead…', 'Target date extended to Dec 23…', "
     "'RUI working group meets monthly…'); done (strike wins)."),
    ("Struck old target date inside an open row", "{revised}: the Target date cell is rich "
     "text with the OLD date struck and the new date plain (row 4 key explains); text not "
     "struck, so open."),
    ("Whole Target date cell struck on an open row", "{tgt_struck}: only H is struck (update: "
     "'Target date revised – new date to be agreed'); open."),
    ("Partly struck text (bullets)", "{partial}: two of three bullets of the stop-and-search "
     "monitoring recommendation struck inside one cell (rich text); the item is NOT complete, "
     "force open; HMICFRS open → in_sync."),
    ("Split rows, all struck", "{bwv}: the 2021 body-worn video recommendation as 3 rows, all "
     "struck; HMICFRS open → closeable_submit on each line."),
    ("Split rows, some struck", "{cdi}: the 2019 CDI victims recommendation as 5 bullet rows, "
     "3 struck / 2 not; the item is still open on the force side; HMICFRS closed → "
     "closeable_local on each line."),
    ("Near-duplicate national texts", "{dup13} (2013, Closed, row NOT struck → "
     "closeable_local) vs {dup15} (2015, Open, row struck → closeable_submit): almost the same "
     "words; the report decides."),
    ("Same AFI in two PEEL rounds", "{cl21} (PEEL 2021/22, struck → closeable_submit) vs "
     "{cl23} (PEEL 2023-25, not struck → in_sync): identical words; report and ref decide."),
    ("Template look-alike not on the list", "{hate}: 'make sure it records reports of hate "
     "crime accurately…' (Legitimacy 2016, struck) is not on the register; the register's "
     "'…anti-social behaviour accurately…' is a different item → not_on_hmicfrs_list."),
    ("Conflicts (5)", "{conflicts}"),
    ("Missing from force (5)", "{missing}"),
    ("Not on HMICFRS list (6)", "{notlist}: a 2015 and a 2016 item the register does not hold, "
     "and four force local actions in their own section (2 struck, 2 open)."),
    ("Non-item rows with strikethrough", "row 3 key (part struck), row 4 key (example date "
     "struck), and row {ghost}: a blank row whose contents were deleted but whose strikethrough "
     "formatting remains (no values) — not items, not in truth.csv."),
    ("Wording drift (not conflicts)", "stems dropped ('HMIC recommends that…', 'By 31 March "
     "2015 all forces should'), abbreviations (MSHT, S&S, BWV, ISAs, CoP, PCCs, CCs, QA, VAWG), "
     "misspellings (goverance, supervison, neccessary, accomodation, recieve), 'AFI n - ' "
     "prefixes, a run-on paste of the next paragraphs (Everyone's business), register text with "
     "stray footnote digits ('and 20', 'intelligence 86'), a Home Office/NPCC sentence left off "
     "the force copy of the digital recommendation, and one abridged 2013 text (1188) that "
     "stops after '(… Code of Practice)'."),
]


def write_readme(hm_rows, tr_rows, hr, ghost_row, note_row, lines):
    by_ref = {e["hm"][0]: e for e in E if e["hm"]}

    def loc(ref):
        e = by_ref[ref]
        frs = tr_rows[id(e)]
        f = (frs[0] if len(frs) == 1 else f"{frs[0]}–{frs[-1].split('!')[1]}") if frs else "—"
        return f"{ref} ({hm_rows[id(e)]} / {f})"

    def rows_where(pred):
        out = []
        for e in E:
            for fr, rid in zip(e["rows"], tr_rows[id(e)]):
                if pred(e, fr):
                    out.append(rid)
        return out

    text_only = rows_where(lambda e, fr: fr["strike"] == "text")
    revised = rows_where(lambda e, fr: isinstance(fr.get("target"), tuple))
    tgt_struck = rows_where(lambda e, fr: fr.get("target") == "struck")
    conflicts = "; ".join(f"{loc(e['hm'][0])}: {e['why']}" for e in E if e["cat"] == "conflict")
    missing = "; ".join(f"{e['hm'][0]} ({hm_rows[id(e)]}): {e['why']}" for e in E
                        if e["cat"] == "missing_from_force")
    notlist = ", ".join(tr_rows[id(e)][0] for e in E if e["cat"] == "not_on_hmicfrs_list")
    hate = [tr_rows[id(e)][0] for e in E if e["hm"] is None and "hate crime" in
            (e["rows"][0]["text"] or "")][0]
    fill = dict(text_only=", ".join(text_only), stale=", ".join(
        [loc(8126), loc(8392), loc(9872)]), revised=", ".join(revised),
        tgt_struck=", ".join(tgt_struck), partial=loc(8541), bwv=loc(11232), cdi=loc(10348),
        dup13=loc(1189), dup15=loc(5517), cl21=loc(12601), cl23=loc(14218), hate=hate,
        conflicts=conflicts, missing=missing, notlist=notlist, ghost=ghost_row)
    traps = "\n".join(f"- **{name}.** {body.format(**fill)}" for name, body in TRAPS)
    n_struck = len(rows_where(lambda e, fr: fr["strike"] in ("row", "text")))
    n_tr = sum(len(v) for v in tr_rows.values())
    items = [e for e in E if e["hm"]]
    ic = Counter(e["cat"] for e in E)
    lc = Counter(x[2] for x in lines)
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    first = {}
    for e in E:
        if e["rows"] and e["section"] not in first:
            first[e["section"]] = int(tr_rows[id(e)][0].split("!")[1]) - 1
    text = README.format(
        seed=SEED, force=FORCE, force_up=FORCE.upper(), n_hm=len(items),
        last_hm=len(items) + 1, n_tr=n_tr, n_lines=len(lines), sec2=first[L], sec3=first[LOC],
        note=note_row, traps=traps,
        line_counts=", ".join(f"{k} {lc[k]}" for k in order),
        item_counts=", ".join(f"{k} {ic[k]}" for k in order),
        n_open=sum(e["hm"][4] == "Open" for e in items),
        n_closed=sum(e["hm"][4] == "Closed" for e in items),
        n_struck=n_struck, n_open_tr=n_tr - n_struck,
        one_side=ic["closeable_submit"] + ic["closeable_local"])
    (OUT / "README.md").write_text(text, encoding="utf-8")

def main():
    OUT.mkdir(exist_ok=True)
    hm_rows, n_hm = build_hmicfrs()
    tr_rows, hr, ghost_row, note_row = build_tracker()
    lines = []
    for e in E:
        h = hm_rows.get(id(e), "")
        frs = tr_rows[id(e)]
        if not frs:
            lines.append((h, "", e["cat"], e["why"]))
        for f in frs:
            lines.append((h, f, e["cat"], e["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(hm_rows, tr_rows, hr, ghost_row, note_row, lines)
    counts = Counter(x[2] for x in lines)
    item_counts = Counter(e["cat"] for e in E)
    print("hmicfrs items:", n_hm, " force item rows:", sum(len(v) for v in tr_rows.values()))
    print("truth lines:", len(lines), dict(sorted(counts.items())))
    print("entries:", dict(sorted(item_counts.items())))
    print("header row", hr, "ghost row", ghost_row, "note row", note_row)


if __name__ == "__main__":
    main()
