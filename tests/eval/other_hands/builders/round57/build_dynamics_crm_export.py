"""Build the `dynamics_crm_export` evaluation case.

HMICFRS side: the definitive list as a force receives it from a Dynamics-365-style monitoring
portal ("Export to Excel" of the view "All Recommendations"): three hidden "(Do Not Modify)"
columns (record GUID, row checksum, modified-on), a Status (Active/Inactive) plus a Status
Reason, related-record columns named "Field (Inspection)", a lookup to the parent cause of
concern, a very-hidden "hiddenSheet" with metadata and option-set lists, and one column the
force's analyst typed in after export.

Force side: an ordinary organisational-learning tracker with title rows, report heading rows,
split rows, local actions and a RAG key.

Run:  /work/main/.venv/bin/python build_dynamics_crm_export.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import uuid
import zipfile
import base64
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public HMICFRS wording)

SEED = 5713
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "dynamics_crm_export"
FIXED_TIME = dt.datetime(2025, 2, 3, 9, 14, 0)

FORCE = "Cheshire Constabulary"
N = {k: v for k, v in T.NATIONAL.items()}


def nat(key, i):
    return N[key][2][i][1]


def d(y, m, dd):
    return dt.date(y, m, dd)


# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS inspection record name, publication date, force section heading)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (N["sas13"][0], d(2013, 7, 9), "Stop & Search powers (HMIC 2013) – national"),
    "everyone": (N["everyone"][0], d(2014, 3, 27), "Domestic abuse - Everyone's business (Mar 2014)"),
    "core": (N["core"][0], d(2014, 9, 4), "Core business (Sept 2014)"),
    "integrity": (N["integrity"][0], d(2015, 1, 30), "Integrity matters (Jan 2015)"),
    "firearms": (N["firearms"][0], d(2015, 9, 15), "Firearms licensing – Targeting the risk (Sept 2015)"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cheshire Constabulary", d(2017, 3, 2),
              "PEEL Effectiveness 2016 (published 02/03/2017)"),
    "stolen": (N["stolen"][0], d(2017, 10, 24), "Stolen Freedom – MSHT (Oct 2017)"),
    "efc17": (N["efc17"][0], d(2017, 11, 9), "PEEL Efficiency 2017 – national"),
    "leg17": (N["leg17"][0], d(2017, 12, 12), "PEEL Legitimacy 2017 – national (Dec 2017)"),
    "ncpi18": ("National child protection inspection 2018 – Cheshire Constabulary", d(2018, 6, 21),
               "NCPI 2018 (published 21/06/2018)"),
    "cdi19": ("Crime data integrity inspection 2019 – Cheshire Constabulary", d(2019, 9, 19),
              "CDI 2019 (published 19/09/2019)"),
    "powers": (N["powers"][0], d(2021, 2, 26), "Disproportionate use of police powers (Feb 2021)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire Constabulary",
               d(2022, 6, 23), "PEEL 2021/22 (published 23/06/2022)"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in Cheshire 2022",
                  d(2022, 8, 16), "Custody inspection 2022 (HMICFRS/HMIP)"),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Cheshire Constabulary",
               d(2024, 3, 14), "PEEL 2023-25 (published 14/03/2024)"),
    "local": (None, None, "Force actions (not HMICFRS)"),
}
FORCE_SECTION_ORDER = ["sas13", "everyone", "core", "integrity", "eff16", "firearms", "stolen",
                       "efc17", "leg17", "ncpi18", "cdi19", "powers", "peel21", "custody22",
                       "peel23", "local"]

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# HMICFRS comments (wording seen on the register, see research notes)
C_COMPLETE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_FLL = "Closure agreed by FLL following review of force evidence."
C_SUPER_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                "inspections. Where a cause of concern still exists this will appear in the "
                "register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
               "updated when this review is complete.")
C_NEW = "New recommendation"


def straight(s: str) -> str:
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def abbr(s: str, n: int = 4) -> str:
    """Apply the first n tracker abbreviations (not '&' for 'and')."""
    for pat, rep in T.ABBREVIATIONS[:n]:
        s = re.sub(pat, rep, s, flags=re.I)
    return s


# --------------------------------------------------------------------------------------
# Items.  fr(...) is one force row: ref shown, type word, text, rag, update, target, submitted
# --------------------------------------------------------------------------------------
def fr(text, rag, ref="same", typ=None, update=None, target=None, submitted=None, section=None,
       no=None):
    return dict(text=text, rag=rag, ref=ref, typ=typ, update=update, target=target,
                submitted=submitted, section=section, no=no)


ITEMS: list[dict] = []


def item(rid, rep, typ, text, state, reason, closed=None, comment=None, coc=None, cat=None,
         force=(), why="", note=None):
    ITEMS.append(dict(rid=rid, rep=rep, typ=typ, text=text, state=state, reason=reason,
                      closed=closed, comment=comment, coc=coc, cat=cat, force=list(force),
                      why=why, note=note))


def body(prefix: str) -> str:
    hits = [b for b in T.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


TB = T.TOPIC_BODIES
CDI_BODY = T.CDI_VICTIMS_BODY

# ---- Stop and search 2013 (national)
item(1403, "sas13", REC, nat("sas13", 0), "I", "Complete", d(2016, 5, 11), C_COMPLETE,
     cat="in_sync", why="closed on both: HMICFRS Inactive/Complete, force GREEN",
     force=[fr("Chief Constables & CoP should establish in the S&S APP a clear specification of "
               "what constitutes the effective and fair exercise of S&S powers, and guidance in "
               "this respect.", "GREEN", ref=None, typ="Nat Rec",
               update="Closed by HMICFRS May 2016.")])
item(1404, "sas13", REC, nat("sas13", 1), "I", "Superseded", d(2018, 3, 29), C_SUPER_PEEL,
     cat="closeable_local", why="HMICFRS Inactive/Superseded; force still AMBER",
     force=[fr(straight(nat("sas13", 1)), "AMBER", ref=None, typ="Nat Rec",
               update="S&S scrutiny panel now meets quarterly; BWV dip-sampling to be added.")])
item(1405, "sas13", REC, nat("sas13", 2), "I", "Complete", d(2016, 5, 11), C_COMPLETE,
     cat="in_sync", why="closed on both",
     force=[fr("Explain to the public the way S&S powers are used and arrange for S&S records "
               "to be scrutinised by community representatives (involving young people).",
               "Complete", ref=None, typ="Nat Rec", update="Community scrutiny panel in place.")])

# ---- Everyone's business 2014
item(2324, "everyone", REC, T.EVERYONE_PLAN, "A", "Being progressed", None, C_MONITOR,
     cat="closeable_submit", why="HMICFRS Active; force GREEN with evidence submitted",
     force=[fr("By September 2014 every force should establish and publish a DA action plan "
               "specifying the steps it will take to improve its approach to DA (developed with "
               "PCCs, DA support organisations and victims' representatives; after considering all "
               "recommendations in the report; with reference to DHRs and IPCC findings; drawing "
               "on CPS scrutiny panels and MARAC self-assessments).", "GREEN", ref=2324,
               typ="Nat Rec", update="DA action plan refreshed and republished Nov 2024. "
               "Evidence pack sent to FLL.", submitted=d(2024, 12, 2))])

# ---- Core business 2014
item(4822, "core", REC, nat("core", 0), "A", "Being progressed", None, C_REVIEWING,
     cat="missing_from_force", why="HMICFRS Active; no row in the force tracker",
     note="Not on tracker? check with Contact Centre")
item(4823, "core", REC, nat("core", 1), "I", "Complete", d(2017, 2, 8), C_COMPLETE,
     cat="in_sync", why="closed on both",
     force=[fr(nat("core", 1), "GREEN", ref=4823, typ="Nat Rec",
               update="Crime prevention activity recorded on Niche and evaluated by the "
               "problem-solving team.")])

# ---- Integrity matters 2015
item(5107, "integrity", REC, nat("integrity", 0), "I", "Complete", d(2016, 9, 27), C_COMPLETE,
     cat="missing_from_force",
     why="HMICFRS item (closed) with no force row; the tracker has no Integrity matters section")

# ---- Targeting the risk 2015
item(6210, "firearms", REC, nat("firearms", 0), "I", "Complete", d(2017, 1, 19), C_FLL,
     cat="in_sync", why="closed on both",
     force=[fr(nat("firearms", 0), "GREEN", ref=6210, typ="Nat Rec",
               update="Governance reviewed against APP; Firearms Licensing Board set up.")])
item(6211, "firearms", REC, nat("firearms", 1), "A", "Being progressed", None, C_MONITOR,
     cat="in_sync", why="open on both",
     force=[fr(nat("firearms", 1), "AMBER", ref=6211, typ="Nat Rec",
               update="Demand model refreshed; 4 additional enquiry officers recruited, 2 in post.",
               target="Jun-25")])
item(6212, "firearms", REC, nat("firearms", 2), "I", "No further action required",
     d(2019, 4, 3), "No further action required – superseded by national guidance on expired "
     "certificates.", cat="closeable_local",
     why="HMICFRS Inactive/No further action required; force AMBER",
     force=[fr(straight(nat("firearms", 2)), "AMBER", ref=6212, typ="Nat Rec",
               update="Work undertaken in area but still requires development to complete.")])
item(6213, "firearms", REC, nat("firearms", 3), "A", "Awaiting review", None,
     "Force update received 09/01/2025 reporting completion; awaiting review by FLL.",
     cat="closeable_submit",
     why="HMICFRS still Active (Awaiting review, though its comment says the force reported "
     "completion); force 'Pending sign off' = done",
     note="Evidence sent 09/01",
     force=[fr(nat("firearms", 3), "Pending sign off", ref=6213, typ="Nat Rec",
               update="Temporary permits now recorded on NFLMS same day. Evidence sent to FLL.",
               submitted=d(2025, 1, 9))])
item(6214, "firearms", REC, nat("firearms", 4), "A", "Being progressed", None, None,
     cat="in_sync", why="open on both",
     force=[fr(nat("firearms", 4), "Amber", ref=6214, typ="Nat Rec",
               update="STORM flag for certificate holders live; compliance audit due Q1.")])

# ---- PEEL effectiveness 2016 (force)
CAUSE_DA = T.CAUSES[0]
item(7301, "eff16", COC, CAUSE_DA, "I", "Complete", d(2018, 4, 27), C_AUTH,
     cat="in_sync", why="cause of concern closed on both",
     force=[fr(straight(CAUSE_DA), "GREEN", ref=7301, typ="CoC",
               update="Closed by HMICFRS April 2018.")])
item(7302, "eff16", REC, "HMIC recommends that the force should immediately: " + body("take steps to ensure that there is effective supervision of the initial") + ";",
     "I", "Complete", d(2018, 4, 27), C_AUTH, coc=7301, cat="closeable_local",
     why="HMICFRS Inactive/Complete; force AMBER",
     force=[fr("Take steps to ensure effective supervision of the initial risk assessment "
               "process, specifically in relation to the completion of DASH in appropriate cases.",
               "AMBER", ref=7302, typ="Rec",
               update="DASH supervisory review rate 87% – target 95%.", target="Mar-25")])
item(7303, "eff16", REC, "HMIC recommends that the force should immediately: " + body("cease the practice") + "; and",
     "I", "Complete", d(2018, 4, 27), C_AUTH, coc=7301, cat="in_sync", why="closed on both",
     force=[fr("Cease the practice of conducting DA risk assessments over the telephone and "
               "dealing with DA in the resolution centre.", "GREEN", ref=7303, typ="Rec",
               update="Telephone DASH stopped 2017.")])
item(7305, "eff16", AFI, "The force should " + body("improve the supervision of investigations") + ".", "A", "Being progressed", None,
     C_MONITOR, cat="in_sync", why="open on both",
     force=[fr("The force should " + body("improve the supervision of investigations") + ".", "AMBER", ref=7305, typ="AFI",
               update="Ready to move to GREEN status.")])
item(7306, "eff16", AFI, "The force should " + body("improve its understanding of suspects") + ".", "I", "Superseded", d(2024, 3, 14),
     "Superseded by 12416.", cat="closeable_local",
     why="HMICFRS Inactive/Superseded (by 12416, same wording, PEEL 2023-25); force row 7306 "
     "under PEEL Effectiveness 2016 still AMBER",
     force=[fr("The force should improve its understanding of suspects RUI and the management "
               "of those released on bail.", "AMBER", ref=7306, typ="AFI",
               update="RUI/bail dashboard in development.")])
item(7307, "eff16", AFI, "The force should " + body("improve its ability to retrieve digital") + ".", "I", "Complete", d(2019, 7, 30),
     C_COMPLETE, cat="in_sync", why="closed on both",
     force=[fr("The force should " + body("improve its ability to retrieve digital") + ".", "Complete", ref=7307, typ="AFI",
               update="DFU backlog cleared; kiosks in all hubs.")])

# ---- Stolen freedom 2017
SF_3_BULLETS = straight(T.SF_LEADERSHIP).replace(
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n", "")
SF_3_BULLETS = SF_3_BULLETS.replace("investigate it effectively;\n", "investigate it effectively; and\n")
assert SF_3_BULLETS != straight(T.SF_LEADERSHIP)
item(8301, "stolen", REC, nat("stolen", 0), "A", "Being progressed", None, C_MONITOR,
     cat="conflict", why="missing bullet: the force text drops the partnership-arrangements "
     "bullet (3 of 4 bullets)",
     force=[fr(SF_3_BULLETS, "AMBER", ref=8301, typ="Nat Rec",
               update="MSHT governance board chaired by ACC Crime; QA measures being built.")])
item(8302, "stolen", REC, nat("stolen", 1), "A", "Being progressed", None, C_MONITOR,
     cat="conflict", why="timescale: HMICFRS 'Within six months', force 'Within twelve months'",
     force=[fr("Within twelve months, forces should have in place active information-sharing "
               "agreements with other agencies to facilitate speedy exchange of intelligence and "
               "in order to safeguard victims better and to identify suspects as early as "
               "possible.", "GREEN", ref=8302, typ="Nat Rec",
               update="ISAs signed with 3 LAs and GLAA.")])
item(8303, "stolen", REC, nat("stolen", 2), "I", "Complete", d(2020, 2, 11), C_FLL,
     cat="closeable_local", why="HMICFRS Inactive/Complete; force RED",
     force=[fr(straight(nat("stolen", 2)), "RED", ref=None, typ="Nat Rec",
               update="Little work yet undertaken in this area. Unlikely to reach deadlines.")])
item(8304, "stolen", REC, nat("stolen", 3), "A", "Being progressed", None, None,
     cat="closeable_submit", why="HMICFRS Active; force GREEN",
     force=[fr("Immediately, forces should take steps to ensure they are fully compliant with the "
               "NRM process as it evolves and notify the HO of any individual suspected to be an "
               "adult victim of MSHT (Modern Slavery Act 2015 duty to notify).", "Green",
               ref=None, typ="Nat Rec",
               update="Completed. Evidence submitted to HMICFRS for closure.",
               submitted=d(2024, 10, 17))])
item(8305, "stolen", REC, nat("stolen", 4), "A", "Being progressed", None, C_MONITOR,
     cat="in_sync", why="open on both",
     force=[fr(abbr(nat("stolen", 4)), "AMBER", ref=None, typ="Nat Rec",
               update="FCR audit of MSHT crimes scheduled for Q4.")])
item(8306, "stolen", REC, nat("stolen", 6), "I", "Complete", d(2021, 6, 2), C_COMPLETE,
     cat="in_sync", why="closed on both",
     force=[fr(straight(nat("stolen", 6)), "GREEN", ref=None, typ="Nat Rec",
               update="Slavery and trafficking prevention orders now considered in every case.")])

# ---- PEEL efficiency 2017 (national)
item(8720, "efc17", REC, nat("efc17", 0), "I", "Superseded", d(2022, 6, 23),
     "Superseded by PEEL 2021/22 inspection findings.", cat="in_sync",
     why="closed on both (HMICFRS Superseded, force GREEN)",
     force=[fr("By September 2018, chief constables should produce an ambitious plan to improve "
               "digitally-enabled services within their force.", "GREEN", ref=8720, typ="Nat Rec",
               update="Digital strategy 2019-22 approved by COG.")])

# ---- PEEL legitimacy 2017 (national)
LEG_COC = nat("leg17", 0)
item(8540, "leg17", COC, LEG_COC, "A", "Being progressed", None, C_MONITOR, cat="in_sync",
     why="open on both",
     force=[fr(LEG_COC, "AMBER", ref=8540, typ="CoC",
               update="Disproportionality reported to S&S scrutiny panel quarterly.")])
item(8541, "leg17", REC, nat("leg17", 1), "I", "Complete", d(2021, 9, 14), C_COMPLETE, coc=8540,
     cat="in_sync", why="closed on both",
     force=[fr(straight(nat("leg17", 1)), "GREEN", ref=8541, typ="Nat Rec",
               update="S&S dashboard live in Qlik.")])
item(8542, "leg17", REC, nat("leg17", 2), "I", "Complete", d(2021, 9, 14), C_COMPLETE, coc=8540,
     cat="closeable_local", why="HMICFRS Inactive/Complete; force AMBER",
     force=[fr("Where forces identify disparities through monitoring, they should demonstrate to "
               "the public that they have carried out research and analysis to understand the "
               "reasons for the disparity and taken action to reduce it where necessary.",
               "AMBER", ref=8542, typ="Nat Rec",
               update="Academic partner commissioned for disparity research.")])
item(8543, "leg17", REC, nat("leg17", 3), "A", "Being progressed", None, None, coc=8540,
     cat="closeable_submit", why="HMICFRS Active; force GREEN",
     force=[fr(nat("leg17", 3), "GREEN", ref=8543, typ="Nat Rec",
               update="Annual S&S analysis published on the force website, Aug 2024.",
               submitted=d(2024, 9, 3))])
item(8544, "leg17", REC, nat("leg17", 4), "A", "Being progressed", None, C_MONITOR, coc=8540,
     cat="in_sync", why="open on both",
     force=[fr(abbr(nat("leg17", 4), 8), "AMBER", ref=8544, typ="Nat Rec",
               update="Unconscious bias input in PS training; 74% of S&S-active officers trained.")])

# ---- NCPI 2018 (force)
MISSING_BODY = body("review its approach to reports of missing children")
item(9010, "ncpi18", REC, "Within three months, the force should " + MISSING_BODY + ".", "I",
     "Complete", d(2019, 11, 5), C_FLL, cat="closeable_local",
     why="HMICFRS Inactive/Complete; force AMBER",
     force=[fr("Within 3 months, review approach to missing children: call takers use missing/"
               "absent category properly; call takers & frontline staff can identify CSE risk "
               "factors; supervisors oversee missing person enquiries.", "AMBER", ref=9010,
               typ="Rec", update="Absent category removed Oct 2019; refresher training ongoing.")])
item(9011, "ncpi18", REC, "Within six months the force should " +
     TB[1].format(t="child sexual exploitation") + ".", "A", "Being progressed", None, None,
     cat="closeable_submit", why="HMICFRS Active; force GREEN",
     force=[fr("Within six months the force should " + TB[1].format(t="CSE") + ".", "GREEN",
               ref=9011, typ="Rec", update="CSE team restructured under PPU; complete.",
               submitted=d(2024, 11, 20))])
item(9012, "ncpi18", REC, "Immediately, the force should " +
     TB[2].format(t="child sexual exploitation") + ".", "A", "Being progressed", None, C_MONITOR,
     cat="in_sync", why="open on both",
     force=[fr("Immediately, the force should " + TB[2].format(t="child sexual exploitation") +
               ".", "AMBER", ref=9012, typ="Rec", update="Joint CSE hub with LAs being scoped.")])

# ---- CDI 2019 (force): recommendation split into five bullet rows by the force
CDI_TEXT = "Within three months, the force should " + CDI_BODY + "."
cdi_bullets = [
    "at the point of report, victims are believed",
    "conversations between call handlers and callers are summarised accurately in the incident "
    "log, thus providing attending officers with full facts on which to base crime-recording "
    "decisions",
    "multiple crimes are always recorded when described within incident records or identified as "
    "part of other recorded crime investigations",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
cdi_updates = ["Victim-believed principle in all call-handler training. Complete.",
               "Incident log QA by FCR audit team – 96% compliant.",
               "Complete – audit Dec 2024.",
               "Complete.",
               "Online reports triaged in CMC since Apr 2024."]
cdi_rags = ["GREEN", "GREEN", "Complete", "GREEN", "GREEN"]
item(9370, "cdi19", REC, CDI_TEXT, "A", "Being progressed", None, C_MONITOR,
     cat="closeable_submit",
     why="HMICFRS Active; force split it into 5 bullet rows, every one GREEN/Complete",
     force=[fr(f"CDI rec 1({'abcde'[i]}) – arrangements to ensure that {b}.", cdi_rags[i],
               ref=9370, typ="Rec", update=cdi_updates[i], submitted=d(2025, 1, 14),
               no=("SPLIT", i, 5)) for i, b in enumerate(cdi_bullets)])
item(9371, "cdi19", AFI, "The force should " + body("take steps to ensure it fully complies with national crime") + ".", "I", "Complete", d(2022, 6, 23),
     C_COMPLETE, cat="in_sync", why="closed on both",
     force=[fr("The force should " + abbr(body("take steps to ensure it fully complies with national crime")) + ".", "GREEN", ref=9371, typ="AFI",
               update="Closed by HMICFRS June 2022.")])
item(9374, "cdi19", AFI, "The force should " + body("improve its use of its crime-recording") + ".", "A", "Being progressed", None, None,
     cat="conflict",
     why="reference: the force row carries HMICFRS ID 9347 for this text and report; the "
     "register ID is 9374 (9347 is not on the list)",
     force=[fr("The force should " + body("improve its use of its crime-recording") + ".", "AMBER", ref=9347, typ="AFI",
               update="Niche case file module upgrade planned for Q2 2025.", target="Sep-25")])

# ---- Disproportionate use of police powers 2021 (national)
item(10311, "powers", REC, nat("powers", 0), "A", "Being progressed", None, None,
     cat="in_sync", why="open on both",
     force=[fr(nat("powers", 0), "AMBER", ref=10311, typ="Nat Rec",
               update="Communication skills module in OST from April.", target="Jul-25")])
item(10312, "powers", REC, nat("powers", 1), "I", "Complete", d(2023, 10, 2), C_COMPLETE,
     cat="in_sync", why="closed on both",
     force=[fr(abbr(nat("powers", 1), 15), "Complete", ref=10312, typ="Nat Rec",
               update="CPD day includes BWV debrief; closed by HMICFRS Oct 2023.")])
bwv_rows = [
    "BWV (1) – ensure officers record on BWV (when available) the entirety of all S&S "
    "encounters, including traffic stops and use of force incidents",
    "BWV (2) – have a structured process for regularly reviewing and monitoring internally a "
    "sufficient sample of BWV footage to identify and disseminate learning and hold officers to "
    "account",
    "BWV (3) – provide external scrutiny panel members with access to samples of BWV footage of "
    "S&S encounters and use of force incidents, taking account of CoP APP safeguards",
]
bwv_upd = ["BWV activation compliance 91%.", "Monthly dip-sample by Dept Insp; learning log set up.",
           "Panel access agreed in principle; info-sharing agreement with OPCC being drafted."]
item(10313, "powers", REC, nat("powers", 2), "A", "Being progressed", None, C_MONITOR,
     cat="in_sync", why="open on both; the force split it into 3 rows (AMBER, AMBER, RED: all open)",
     force=[fr(t, ["AMBER", "AMBER", "RED"][i], ref=10313, typ="Nat Rec", update=bwv_upd[i],
               target="Sep-21 (revised Jun-25)", no=("SPLIT", i, 3))
            for i, t in enumerate(bwv_rows)])
item(10314, "powers", REC, nat("powers", 4), "A", "Being progressed", None, None,
     cat="closeable_submit", why="HMICFRS Active; force GREEN",
     force=[fr(nat("powers", 4), "GREEN", ref=10314, typ="Nat Rec",
               update="Use of force panel and quarterly disproportionality report in place. "
               "Completed.", submitted=d(2024, 6, 28))])

# ---- PEEL 2021/22 (force)
item(11020, "peel21", AFI, "The force should " + TB[12].format(t="domestic abuse") + ".", "A",
     "Being progressed", None, C_MONITOR, cat="missing_from_force",
     why="no force row: the tracker's nearest row is the stalking and harassment version "
     "(not on the list)")
item(11021, "peel21", AFI, "The force should " + body("make sure it has access to accurate data") + ".", "A", "Being progressed", None,
     None, cat="conflict",
     why="type: HMICFRS Area for improvement, force records it as a recommendation (Rec)",
     force=[fr("The force should " + body("make sure it has access to accurate data") + ".", "AMBER", ref=11021, typ="Rec",
               update="Performance Hub data quality workstream.")])
item(11022, "peel21", AFI, "The force should " + body("ensure all staff have received") + ".", "I", "Complete", d(2024, 3, 14),
     C_COMPLETE, cat="in_sync", why="closed on both",
     force=[fr("The force should ensure all staff have received at least the lowest level of "
               "vetting clearance for their roles as quickly as possible, clearing the backlog "
               "and renewals.", "GREEN", ref=11022, typ="AFI",
               update="Backlog cleared Dec 2023. Closed by HMICFRS.")])
item(11023, "peel21", AFI, "The force should " + body("make sure it provides a confidential way") + ".", "A", "Being progressed",
     d(2023, 11, 14), "Closure withdrawn 16/04/2024 – re-opened following PEEL 2023–25 fieldwork.",
     cat="closeable_submit",
     why="HMICFRS Active (re-opened; the Date Closed is left over from the withdrawn closure); "
     "force GREEN",
     note="Why re-opened?? raise at liaison mtg",
     force=[fr("The force should " + body("make sure it provides a confidential way") + ".", "GREEN", ref=11023, typ="AFI",
               update="Confidential reporting line relaunched; staff survey shows 82% awareness.",
               submitted=d(2023, 10, 6))])
item(11024, "peel21", AFI, "The force should " + body("review how it gathers and uses equality") + ".", "A", "Being progressed", None,
     None, cat="in_sync", why="open on both",
     force=[fr("The force should " + body("review how it gathers and uses equality") + ".", "AMBER", ref=11024, typ="AFI",
               update="HR system diversity fields being cleansed.")])
item(11025, "peel21", AFI, T.CONTROL_ROOM, "A", "Being progressed", None, None, cat="in_sync",
     why="open on both",
     force=[fr(T.CONTROL_ROOM, "AMBER", ref=11025, typ="AFI",
               update="Control room uplift of 12 call handlers; wellbeing survey Q3.")])
MH = TB[11].format(t="people with mental ill health")
item(11026, "peel21", AFI, "The force should " + MH + ".", "I", "Superseded", d(2024, 3, 14),
     "Superseded by 12418.", cat="closeable_local",
     why="HMICFRS Inactive/Superseded by 12418 (same wording, PEEL 2023-25); force row with ID "
     "11026 under PEEL 2021/22 is RED",
     force=[fr("The force should " + MH + ".", "RED", ref=11026, typ="AFI",
               update="Right Care Right Person go-live delayed to Apr 25.")])
item(11027, "peel21", AFI, "The force should " + body("develop a clear prevention strategy") + ".", "A", "Being progressed", None,
     None, cat="closeable_submit", why="HMICFRS Active; force Complete",
     force=[fr("The force should " + body("develop a clear prevention strategy") + ".", "Complete", ref=11027, typ="AFI",
               update="Prevention strategy 2024-27 signed off at COG.",
               submitted=d(2024, 8, 12))])
item(11028, "peel21", AFI, "The force should " + TB[1].format(t="rape and serious sexual "
     "offences") + ".", "A", "Being progressed", None, None, cat="in_sync", why="open on both",
     force=[fr("The force should " + TB[1].format(t="RASSO") + ".", "AMBER", ref=11028,
               typ="AFI", update="Op Soteria roll-out.")])
item(11029, "peel21", AFI, "The force should " + TB[9].format(t="county lines drug dealing") +
     ".", "I", "Complete", d(2024, 3, 14), C_COMPLETE, cat="closeable_local",
     why="HMICFRS Inactive/Complete; force AMBER",
     force=[fr("The force should " + TB[9].format(t="county lines drug dealing") + ".", "amber ",
               ref=11029, typ="AFI", update="Intel collection plan refresh.")])

# ---- Custody 2022 (force)
item(11305, "custody22", REC, "The force should, " + body("in conjunction with children") + ".", "A", "Being progressed", None,
     None, cat="in_sync", why="open on both",
     force=[fr("In conjunction with children's social care services, review how the force "
               "manages the detention of children (detained only when absolutely necessary; early "
               "assessment of need for alternative accommodation; record all actions and "
               "decisions; timely appropriate adult support).", "AMBER", ref=11305, typ="Rec",
               update="Concordat on children in custody signed with 2 of 4 LAs.")])
item(11306, "custody22", REC, "The force should improve the timeliness of adequate appropriate "
     "adult support for children who are arrested.", "A", "Being progressed", None, None,
     cat="conflict",
     why="report: same ID and text but the force files it under PEEL 2021/22, not the 2022 "
     "custody inspection",
     force=[fr("The force should improve the timeliness of adequate appropriate adult support "
               "for children who are arrested.", "AMBER", ref=11306, typ="Rec",
               update="AA contract re-tendered; out-of-hours cover gap.", section="peel21")])
item(11307, "custody22", AFI, "The force should make sure custody staff make a record of all "
     "actions taken and decisions made on the relevant documentation.", "I", "Complete",
     d(2023, 12, 5), C_FLL, cat="in_sync", why="closed on both",
     force=[fr("The force should make sure custody staff make a record of all actions taken and "
               "decisions made on the relevant documentation.", "GREEN", ref=11307, typ="AFI",
               update="Custody record audit 98%. Closed by HMICFRS.")])

# ---- PEEL 2023-25 (force)
CAUSE_INV = T.CAUSES[2]
item(12410, "peel23", COC, CAUSE_INV, "A", "Being progressed", None, C_NEW, cat="in_sync",
     why="open on both",
     force=[fr(CAUSE_INV, "RED", ref=12410, typ="CoC",
               update="Investigation Improvement Plan – Gold group chaired by DCC.")])
item(12411, "peel23", REC, "Within six months, the force should " + body("ensure regular and active supervision") + ".", "A",
     "Being progressed", None, C_NEW, coc=12410, cat="in_sync", why="open on both",
     force=[fr("Within six months, the force should " + body("ensure regular and active supervision") + ".", "AMBER", ref=12411,
               typ="Rec", update="Supervisor investigation review template live.",
               target=d(2024, 9, 14))])
item(12412, "peel23", REC, "Within six months, the force should " + body("conduct a review of officers") + ".", "A",
     "Awaiting review", None, C_NEW, coc=12410, cat="missing_from_force",
     why="HMICFRS Active; no force row")
item(12413, "peel23", AFI, "The force should " + TB[8].format(t="stalking and harassment") + ".",
     "A", "Being progressed", None, None, cat="in_sync", why="open on both",
     force=[fr("The force should " + TB[8].format(t="stalking and harassment") + ".", "AMBER",
               ref=12413, typ="AFI", update="SPO applications up 40%.")])
item(12414, "peel23", AFI, "The force should " +
     TB[10].format(t="violence against women and girls") + ".", "A", "Being progressed", None,
     None, cat="closeable_submit", why="HMICFRS Active; force GREEN",
     force=[fr("The force should " + TB[10].format(t="VAWG") + ".", "GREEN", ref=12414, typ="AFI",
               update="VAWG measures in Force Performance pack since Sept 24.",
               submitted=d(2024, 12, 9))])
item(12415, "peel23", AFI, "The force should " + body("make sure the corporate risk register") + ".", "A", "Being progressed", None,
     None, cat="in_sync", why="open on both",
     force=[fr("The force should " + body("make sure the corporate risk register") + ".", "AMBER", ref=12415, typ="AFI",
               update="Risk register reviewed at every COG.")])
item(12416, "peel23", AFI, "The force should " + body("improve its understanding of suspects") + ".", "A", "Being progressed", None,
     None, cat="in_sync",
     why="open on both (same wording as superseded 7306; this is the PEEL 2023-25 row 12416)",
     force=[fr("The force should " + body("improve its understanding of suspects") + ".", "AMBER", ref=12416, typ="AFI",
               update="RUI reviews built into Niche tasking.")])
item(12417, "peel23", AFI, "The force should " + body("review the support available") + ".", "A", "Being progressed", None,
     None, cat="in_sync", why="open on both",
     force=[fr("The force should " + body("review the support available") + ".", "AMBER", ref=12417, typ="AFI",
               update="Support offer for reporters under review with Staff Association.")])
item(12418, "peel23", AFI, "The force should " + MH + ".", "A", "Awaiting review", None, C_NEW,
     cat="missing_from_force",
     why="no force row: the tracker's identical text is row 11026 under PEEL 2021/22, which "
     "pairs with 11026", note="New - replaces 11026")
item(12419, "peel23", AFI, "The force should " +
     TB[14].format(t="online child sexual abuse") + ".", "A", "Awaiting review", None, C_NEW,
     cat="in_sync", why="open on both",
     force=[fr("The force should " + TB[14].format(t="online child sexual abuse") + ".",
               "AMBER", ref=12419, typ="AFI", update="POLIT growth bid in 25/26 budget.")])
item(12420, "peel23", AFI, "The force should " + body("put plans in place to monitor") + ".", "A", "Being progressed", None,
     None, cat="closeable_submit", why="HMICFRS Active; force 'Pending sign off' = done",
     force=[fr("The force should " + body("put plans in place to monitor") + ".", "Pending sign off", ref=12420, typ="AFI",
               update="Pending sign off by the chief officer lead.")])

# ---- Force rows with no HMICFRS item
FORCE_ONLY = [
    dict(section="eff16", after=7305, cat="not_on_hmicfrs_list",
         why="HMICFRS ID 7304 is not on the definitive list",
         row=fr("The force should " + TB[5].format(t="hate crime") + ".", "AMBER", ref=7304,
                typ="AFI", update="Hate crime recording audit quarterly.")),
    dict(section="firearms", after=6214, cat="not_on_hmicfrs_list",
         why="force's own internal-audit action (looks like 6210's governance wording)",
         row=fr("Internal audit action: " + T.LOCAL_ACTIONS[8].format(t="firearms licensing"),
                "GREEN", ref=None, typ="Local", update="Audit reported substantial assurance.",
                no="T091")),
    dict(section="peel21", after=11020, cat="not_on_hmicfrs_list",
         why="stalking and harassment version of the 'kept informed' AFI; the list has only the "
         "domestic abuse version (11020), which the tracker lacks",
         row=fr("The force should " + TB[12].format(t="stalking and harassment") + ".", "AMBER",
                ref=None, typ="AFI", update="Victim updates monitored via VCOP compliance.")),
    dict(section="peel21", after=11029, cat="not_on_hmicfrs_list",
         why="force's own action",
         row=fr("Force action - " + T.LOCAL_ACTIONS[2].format(t="domestic abuse"), "AMBER",
                ref=None, typ="Local", update="Q3 dip-sample done.", no="T088")),
    dict(section="peel23", after=12420, cat="not_on_hmicfrs_list",
         why="force's own action",
         row=fr("Local action: " + T.LOCAL_ACTIONS[0].format(t="rape and serious sexual offences"),
                "GREEN", ref=None, typ="Local", update="Report to FET 12/11/24.", no="T095")),
    dict(section="local", after=None, cat="not_on_hmicfrs_list",
         why="force's own action (JAC)",
         row=fr("JAC action: " + T.LOCAL_ACTIONS[6].format(t="violence against women and girls"),
                "AMBER", ref=None, typ="Local", update="Draft measures to JAC in March.",
                no="T096")),
]

OWNERS = ["Helen Marsh", "Helen Marsh", "Helen Marsh", "Gareth Pryce"]
LEADS = [x for x in T.LEADS if x]
SECTION_LEADS = {
    "sas13": ["ACC Local Policing", "C/Supt Bell"], "leg17": ["ACC Local Policing", "C/Supt Bell",
    "Head of Learning & Development"], "powers": ["ACC Local Policing", "C/Supt Bell",
    "Head of Learning & Development"], "everyone": ["Ch Supt Public Protection"],
    "eff16": ["Ch Supt Public Protection", "Det Ch Supt Force CID", "ACC Crime"],
    "core": ["Supt Contact Centre"], "firearms": ["Supt Firearms Licensing"],
    "stolen": ["Det Ch Supt Force CID", "Head of Intelligence", "Force Crime Registrar"],
    "efc17": ["Head of Corporate Development"], "ncpi18": ["Ch Supt Public Protection"],
    "cdi19": ["Force Crime Registrar", "Supt Contact Centre"],
    "custody22": ["Ch Insp Custody", "Head of Criminal Justice"],
    "local": ["Head of Corporate Development", "DCC"],
}


# --------------------------------------------------------------------------------------
# HMICFRS workbook (Dynamics "Export to Excel")
# --------------------------------------------------------------------------------------
def one_line(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "All Recommendations"
    headers = ["(Do Not Modify) Recommendation", "(Do Not Modify) Row Checksum",
               "(Do Not Modify) Modified On", "Recommendation ID", "Name", "Inspection",
               "Publication Date (Inspection)", "Type", "Recommendation Text",
               "Cause of Concern", "Status", "Status Reason", "Date Closed",
               "Latest HMICFRS Comment", "Owner", "OL notes (JB 03/02/25)"]
    ws.append(headers)
    names = {it["rid"]: one_line(it["text"])[:100] for it in ITEMS}
    rows = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][0].lower(), it["rid"]))
    hm_row = {}
    for r, it in enumerate(rows, start=2):
        g = uuid.UUID(int=rng.getrandbits(128), version=4)
        chk = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()
        if it["closed"] and it["state"] == "I":
            base = dt.datetime.combine(it["closed"], dt.time(0))
        else:
            base = dt.datetime(2024, 4, 1)
        mod = base + dt.timedelta(days=rng.randint(0, 200), hours=rng.randint(7, 18),
                                  minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if mod > dt.datetime(2025, 1, 31):
            mod = dt.datetime(2025, 1, 30, 16, 2, 11) - dt.timedelta(days=rng.randint(0, 40))
        title, pub, _ = REPORTS[it["rep"]]
        row = [str(g), chk, mod, it["rid"], names[it["rid"]], title, pub, it["typ"], it["text"],
               names[it["coc"]] if it["coc"] else None,
               "Active" if it["state"] == "A" else "Inactive", it["reason"], it["closed"],
               it["comment"], rng.choice(OWNERS), it["note"]]
        ws.append(row)
        hm_row[it["rid"]] = f"All Recommendations!{r}"
        ws.cell(r, 3).number_format = "dd/mm/yyyy hh:mm"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 13).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).alignment = Alignment(wrap_text=True, vertical="top")
        if it["note"]:
            ws.cell(r, 16).fill = PatternFill("solid", fgColor="FFFF00")
    last = ws.max_row
    for c in range(1, 4):
        ws.column_dimensions["ABC"[c - 1]].hidden = True
    widths = {"D": 14, "E": 40, "F": 45, "G": 14, "H": 20, "I": 80, "J": 30, "K": 10, "L": 22,
              "M": 12, "N": 50, "O": 16, "P": 34}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:P{last}"

    hs = wb.create_sheet("hiddenSheet")
    hs.sheet_state = "veryHidden"
    hs["A1"] = ("hmi_recommendation:" + base64.b64encode(
        bytes(rng.getrandbits(8) for _ in range(60))).decode())
    hs["A2"] = "hmi_recommendationid"
    hs["B2"] = "checksum"
    hs["C2"] = "modifiedon"
    for i, lname in enumerate(["hmi_registerid", "hmi_name", "hmi_inspectionid",
                               "hmi_inspection.hmi_publicationdate", "hmi_type", "hmi_text",
                               "hmi_causeofconcernid", "statecode", "statuscode", "hmi_dateclosed",
                               "hmi_latestcomment", "ownerid"], start=4):
        hs.cell(2, i, lname)
    opts = [("Type", [REC, AFI, COC, "National recommendation"]),
            ("Status", ["Active", "Inactive"]),
            ("Status Reason", ["Awaiting review", "Being progressed", "Complete", "Superseded",
                               "No further action required"])]
    col = 1
    for name, vals in opts:
        hs.cell(4, col, name)
        for j, v in enumerate(vals, start=5):
            hs.cell(j, col, v)
        col += 1
    for letter, src in (("H", "hiddenSheet!$A$5:$A$8"), ("K", "hiddenSheet!$B$5:$B$6"),
                        ("L", "hiddenSheet!$C$5:$C$9")):
        dv = DataValidation(type="list", formula1=src, allow_blank=True)
        dv.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(dv)
    return wb, hm_row


# --------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------
def build_tracker(hm_row):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning Team | v14 | last updated 31/01/2025 by JB | "
                "OFFICIAL")
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "RAG",
           "Progress update", "Target date", "Date submitted to HMICFRS"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    # gather rows per section
    sections: dict[str, list] = {k: [] for k in FORCE_SECTION_ORDER}
    for it in ITEMS:
        for f in it["force"]:
            sec = f["section"] or it["rep"]
            sections[sec].append(("item", it, f))
    for fo in FORCE_ONLY:
        lst = sections[fo["section"]]
        if fo["after"] is None:
            lst.append(("only", fo, fo["row"]))
        else:
            idx = max(i for i, e in enumerate(lst)
                      if e[0] == "item" and e[1]["rid"] == fo["after"]) if any(
                e[0] == "item" and e[1]["rid"] == fo["after"] for e in lst) else None
            if idx is None:
                # the 'after' item has no force row: insert where it would sort by ID
                idx = max((i for i, e in enumerate(lst)
                           if e[0] == "item" and e[1]["rid"] < fo["after"]), default=-1)
            lst.insert(idx + 1, ("only", fo, fo["row"]))
    fills = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}
    truth = []
    r = 5
    seq = 1
    for sec in FORCE_SECTION_ORDER:
        lst = sections[sec]
        if not lst:
            continue
        ws.cell(r, 1, REPORTS[sec][2])
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for kind, obj, f in lst:
            if isinstance(f["no"], tuple):  # split rows share one number plus a letter
                _, part, nparts = f["no"]
                no = f"T{seq:03d}{'abcde'[part]}"
                if part == nparts - 1:
                    seq += 1
            else:
                no = f["no"] or f"T{seq:03d}"
                if not f["no"]:
                    seq += 1
            if kind == "item":
                ref = obj["rid"] if f["ref"] == "same" else f["ref"]
            else:
                ref = f["ref"]
            pool = SECTION_LEADS.get(sec, LEADS)
            lead = rng.choice(pool) if rng.random() > 0.08 else None
            vals = [no, ref, f["typ"], f["text"], lead, f["rag"], f["update"], f["target"],
                    f["submitted"]]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="top")
            key = f["rag"].strip().upper()
            if key in fills:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=fills[key])
            frow = f"HMICFRS Tracker!{r}"
            if kind == "item":
                truth.append((hm_row[obj["rid"]], frow, obj["cat"], obj["why"]))
            else:
                truth.append(("", frow, obj["cat"], obj["why"]))
            r += 1
        if sec in ("stolen", "peel21", "cdi19"):
            pass  # no spacer after these sections (inconsistent, as kept by hand)
        else:
            r += 1
    r += 1
    key_rows = ["RAG key:", "GREEN – implemented / complete",
                "AMBER – work ongoing and anticipated to be implemented",
                "RED – beyond target date or at risk of not being implemented",
                "Pending sign off – evidence with chief officer lead before submission to HMICFRS"]
    for k in key_rows:
        ws.cell(r, 1, k).font = Font(italic=True, bold=(k == "RAG key:"))
        r += 1
    widths = {"A": 8, "B": 12, "C": 9, "D": 80, "E": 26, "F": 16, "G": 50, "H": 22, "I": 16}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"

    # summary sheet (counts typed in by hand at the last refresh: not items)
    s = wb.create_sheet("Summary")
    s["A1"] = "Tracker summary (as at 31/01/2025)"
    s["A1"].font = Font(bold=True)
    s.append([])
    s.append(["RAG", "Count"])
    counts: dict[str, int] = {}
    for it in ITEMS:
        for f in it["force"]:
            k = f["rag"].strip().upper()
            counts[k] = counts.get(k, 0) + 1
    for fo in FORCE_ONLY:
        k = fo["row"]["rag"].strip().upper()
        counts[k] = counts.get(k, 0) + 1
    for k in ["GREEN", "COMPLETE", "PENDING SIGN OFF", "AMBER", "RED"]:
        s.append([k.title() if k != "GREEN" and k != "AMBER" and k != "RED" else k,
                  counts.get(k, 0)])
    return wb, truth


# --------------------------------------------------------------------------------------
# deterministic save
# --------------------------------------------------------------------------------------
def save_fixed(wb, path: Path):
    wb.properties.created = FIXED_TIME
    wb.properties.creator = "HMICFRS Monitoring Portal" if "hmicfrs" in path.name else "JB"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-02-03T09:14:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    CASE.mkdir(parents=True, exist_ok=True)
    hwb, hm_row = build_hmicfrs()
    twb, truth = build_tracker(hm_row)
    for it in ITEMS:
        if not it["force"]:
            truth.append((hm_row[it["rid"]], "", it["cat"], it["why"]))

    def rowkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    truth.sort(key=rowkey)
    save_fixed(hwb, CASE / "hmicfrs.xlsx")
    save_fixed(twb, CASE / "tracker.xlsx")
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    counts: dict[str, int] = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print("HMICFRS items:", len(ITEMS), "truth lines:", len(truth), counts)


if __name__ == "__main__":
    main()
