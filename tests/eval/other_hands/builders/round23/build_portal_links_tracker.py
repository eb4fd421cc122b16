"""Build the `portal_links_tracker` evaluation case (round 23).

Hertfordshire Constabulary keeps an xlsx tracker with NO reference column: column A "Open"
holds, on most rows, an Excel hyperlink to the item's record on the HMICFRS monitoring portal
(or the older justiceinspectorates.gov.uk register page). The register id is only in the link
address. HMICFRS side: a register export with the ids as plain integers.

Run: /work/main/.venv/bin/python build_portal_links_tracker.py   (rebuilds byte for byte)
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, "/work/main")
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

from reconcile.casegen.texts import BODIES, CONTROL_ROOM, NATIONAL  # noqa: E402

SEED = 2323
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "portal_links_tracker"
OUT.mkdir(exist_ok=True)

FORCE = "Hertfordshire Constabulary"
SLUG = "hertfordshire"
FIXED = dt.datetime(2025, 3, 10, 9, 0, 0)


def nat(key, i):
    return NATIONAL[key][2][i][1]


def body(fragment):
    hits = [b for b in BODIES if fragment in b]
    assert len(hits) == 1, fragment
    return hits[0]


REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "every": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Hertfordshire Constabulary", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "eff17": ("PEEL: Police effectiveness 2017 – Hertfordshire Constabulary", dt.date(2018, 3, 22)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Hertfordshire Constabulary", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Hertfordshire Constabulary", dt.date(2019, 10, 17)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL 2021/22: An inspection of Hertfordshire Constabulary", dt.date(2022, 4, 28)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in Hertfordshire", dt.date(2022, 9, 6)),
    "peel23": ("PEEL 2023–2025: An inspection of Hertfordshire Constabulary", dt.date(2024, 6, 13)),
}

NR, REC, AFI = "National recommendation", "Recommendation", "Area for improvement"
OPEN_N, OPEN_P, DONE = "Awaiting review", "Being progressed", "Complete"
C_NEW = "New recommendation"
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Legitimacy "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")

STALK = ("The force should make sure investigations of stalking and harassment are allocated to "
         "officers with the right skills and are effectively supervised.")
MSHT_SCALE = ("The force should improve its understanding of the nature and scale of modern "
              "slavery and human trafficking in its area.")
MH_TIME = ("The force should improve the timeliness of its response to calls for service "
           "involving people with mental ill health.")

# HMICFRS register: key -> (id, report, type, text, status, last updated, comment)
H = {
    "1186": (1186, "sas13", NR, nat("sas13", 0), DONE, dt.date(2016, 2, 11), C_DONE),
    "1187": (1187, "sas13", NR, nat("sas13", 1), DONE, dt.date(2016, 2, 11), C_DONE),
    "1188": (1188, "sas13", NR, nat("sas13", 2), DONE, dt.date(2017, 12, 12), C_SUPER),
    "2318": (2318, "every", NR, nat("everyone", 0), DONE, dt.date(2015, 6, 30), C_DONE),
    "4819": (4819, "core", NR, nat("core", 0), OPEN_P, dt.date(2018, 4, 5), C_REVIEW),
    "4820": (4820, "core", NR, nat("core", 1), DONE, dt.date(2016, 9, 1), C_DONE),
    "905": (905, "integ", NR, nat("integrity", 0), OPEN_P, dt.date(2019, 1, 14), C_MON),
    "5531": (5531, "sas15", NR, nat("sas15", 0), OPEN_P, dt.date(2020, 7, 2), C_MON),
    "6102": (6102, "fire", NR, nat("firearms", 0), DONE, dt.date(2016, 5, 19), C_DONE),
    "6103": (6103, "fire", NR, nat("firearms", 1), OPEN_P, dt.date(2023, 11, 8), C_MON),
    "6105": (6105, "fire", NR, nat("firearms", 3), OPEN_P, dt.date(2023, 11, 8), C_MON),
    "6106": (6106, "fire", NR, nat("firearms", 4), OPEN_P, dt.date(2023, 11, 8), C_MON),
    "7409": (7409, "eff16", REC,
             "HMIC recommends that within six months the force should: " + body("missing children") + ";",
             DONE, dt.date(2018, 3, 22), C_AUTH),
    "8601": (8601, "stolen", NR, nat("stolen", 0), OPEN_P, dt.date(2021, 3, 1), C_MON),
    "8602": (8602, "stolen", NR, nat("stolen", 1), DONE, dt.date(2019, 6, 20), C_DONE),
    "8604": (8604, "stolen", NR, nat("stolen", 3), OPEN_P, dt.date(2021, 3, 1), C_MON),
    "8605": (8605, "stolen", NR, nat("stolen", 4), OPEN_P, dt.date(2021, 3, 1), C_MON),
    "8490": (8490, "efc17", NR, nat("efc17", 0), DONE, dt.date(2020, 1, 16), C_DONE),
    "8541": (8541, "leg17", NR, nat("leg17", 1), OPEN_P, dt.date(2022, 8, 3), C_MON),
    "8543": (8543, "leg17", NR, nat("leg17", 4), DONE, dt.date(2021, 9, 27), C_DONE),
    "8342": (8342, "eff17", AFI, MSHT_SCALE, OPEN_P, dt.date(2019, 5, 2), C_MON),
    "8344": (8344, "eff17", AFI,
             "The force should improve how it works with partner organisations to safeguard "
             "people at risk from child sexual exploitation.", DONE, dt.date(2019, 5, 2), C_DONE),
    "8345": (8345, "eff17", REC,
             "Within six months the force should " + body("initial risk assessment") + ".",
             OPEN_P, dt.date(2019, 5, 2), C_MON),
    "9111": (9111, "peel18", REC,
             "To address this cause of concern, HMIC recommends the force should immediately "
             + body("improve the supervision of investigations") + ".",
             OPEN_P, dt.date(2022, 4, 28), C_MON),
    "9112": (9112, "peel18", AFI, STALK, DONE, dt.date(2022, 4, 28), C_DONE),
    "9113": (9113, "peel18", AFI, "The force should " + body("assess the demand placed on its firearms") + ".",
             OPEN_P, dt.date(2022, 4, 28), C_MON),
    "9114": (9114, "peel18", AFI, "The force should " + body("vetting clearance") + ".",
             DONE, dt.date(2021, 2, 9), C_DONE),
    "9620": (9620, "cdi19", REC,
             "Within three months, the force should " + body("at the point of report, victims are believed") + ".",
             OPEN_P, dt.date(2021, 6, 30), C_MON),
    "9621": (9621, "cdi19", AFI, "The force should " + body("crime-recording and management system") + ".",
             DONE, dt.date(2021, 6, 30), C_DONE),
    "10210": (10210, "powers", NR, nat("powers", 0), OPEN_P, dt.date(2023, 2, 14), C_MON),
    "10211": (10211, "powers", NR, nat("powers", 1), DONE, dt.date(2022, 3, 10), C_DONE),
    "10212": (10212, "powers", NR, nat("powers", 2), OPEN_P, dt.date(2023, 2, 14), C_MON),
    "10213": (10213, "powers", NR, nat("powers", 3), DONE, dt.date(2022, 3, 10),
              "Not for forces to implement. No further action for the force."),
    "10214": (10214, "powers", NR, nat("powers", 4), OPEN_P, dt.date(2023, 2, 14), C_MON),
    "11840": (11840, "peel21", AFI, STALK, OPEN_P, dt.date(2024, 6, 13), C_MON),
    "11842": (11842, "peel21", AFI,
              "The force should make sure victims of domestic abuse are kept informed about the "
              "progress of their case, in line with the Code of Practice for Victims of Crime.",
              OPEN_P, dt.date(2024, 6, 13), C_MON),
    "11843": (11843, "peel21", AFI, MH_TIME, DONE, dt.date(2024, 6, 13), C_AUTH),
    "11844": (11844, "peel21", AFI, CONTROL_ROOM, OPEN_P, dt.date(2024, 6, 13), C_MON),
    "11845": (11845, "peel21", AFI,
              "The force should " + body("access to accurate data and analysis") + ".",
              DONE, dt.date(2024, 6, 13), C_DONE),
    "11846": (11846, "peel21", AFI, "The force should " + body("clear prevention strategy") + ".",
              OPEN_P, dt.date(2024, 6, 13), C_MON),
    "12150": (12150, "cust22", REC, "The force should, " + body("detention of children") + ".",
              OPEN_N, dt.date(2022, 9, 6), C_NEW),
    "13301": (13301, "peel23", AFI,
              "The force should make sure its analysis of violence against women and girls "
              "informs its strategic assessment and control strategy.",
              OPEN_N, dt.date(2024, 6, 13), C_NEW),
    "13302": (13302, "peel23", AFI,
              "The force should improve how it gathers, assesses and acts on intelligence about "
              "county lines drug dealing.", OPEN_N, dt.date(2024, 6, 13), C_NEW),
    "13303": (13303, "peel23", AFI, "The force should " + body("confidential way for staff") + ".",
              OPEN_N, dt.date(2024, 6, 13), C_NEW),
    "13304": (13304, "peel23", AFI, MH_TIME, OPEN_N, dt.date(2024, 6, 13), C_NEW),
}

PORTAL = "https://hmicfrs.justiceinspectorates.gov.uk/recommendations/{slug}/{id}/"
OLD = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{slug}/{id}/"

# Tracker rows: (hmicfrs key or None, link (style, slug, id, suffix) or None, report label,
#                type label, text as the force wrote it, owner, RAG, update, category, why)
T = []


def row(key, link, report, typ, text, owner, rag, update, cat, why):
    T.append((key, link, report, typ, text, owner, rag, update, cat, why))


S = "Stop & search (HMIC national)"
row("1186", ("old", SLUG, 1186, ""), S, "National rec",
    "CCs and CoP to set out in the S&S APP what effective and fair use of S&S looks like.",
    "ACC Local Policing", "GREEN", "APP published by CoP; force S&S policy aligned 2015.",
    "in_sync", "link id 1186; HMICFRS Complete, force GREEN")
row("1187", ("old", SLUG, 1187, ""), S, "National rec",
    "Establish or improve monitoring of the way officers use stop and search (law, equality, Code A, public trust).",
    "ACC Local Policing", "GREEN", "Monthly S&S dashboard in place; reviewed at Stop Search Scrutiny Board.",
    "in_sync", "link id 1187; HMICFRS Complete, force GREEN")
TWIN_SAS = ("CCs, in consultation with PCC, to comply with the Code of Practice by explaining S&S use "
            "to the public and arranging community scrutiny of S&S records (involving young people).")
row("1188", ("old", SLUG, 1188, ""), S, "National rec", TWIN_SAS,
    "Supt Community Engagement", "AMBER", "Youth scrutiny panel being recruited with the OPCC.",
    "closeable_local", "link id 1188 (2013 report; near-identical to 5531): HMICFRS Complete (superseded comment), force AMBER")
row("2318", ("old", SLUG, 2318, ""), "Everyone's business (DA) 2014", "National rec",
    "By Sept 2014 establish and publish a DA action plan (PCC, support orgs, DHRs/IPCC findings, MARAC).",
    "Ch Supt Public Protection", "GREEN", "DA action plan published September 2014; refreshed annually.",
    "in_sync", "link id 2318; Complete / GREEN")
row("4819", ("old", SLUG, 4819, ""), "Core Business 2014", "National rec",
    "Provide call-handlers with specific, sound and comprehensible THRIVE criteria to assess threat, harm and risk.",
    "Supt Contact Centre", "GREEN", "Completed. Evidence submitted to HMICFRS for closure.",
    "closeable_submit", "link id 4819; HMICFRS Being progressed, force GREEN")
row("4820", ("old", SLUG, 4820, ""), "Core Business 2014", "National rec",
    "Crime prevention / disruption activity to be systematically recorded and evaluated.",
    "Head of Corporate Development", "Complete", "Disruption tactics recorded on Athena and evaluated quarterly.",
    "in_sync", "link id 4820; Complete / Complete")
row("905", ("old", SLUG, 905, ""), "Integrity Matters 2015", "National rec",
    "Satisfy ourselves that misconduct investigations ending in 'no further action' are fair and free of discrimination.",
    "Head of Professional Standards", "AMBER", "Disproportionality dip-sample of NFA outcomes under way with BCH PSD.",
    "in_sync", "link id 905; Being progressed / AMBER")
row("5531", ("old", SLUG, 5531, ""), S, "National rec", TWIN_SAS,
    "Supt Community Engagement", "AMBER", "See 2013 entry above - same work stream.",
    "in_sync", "link id 5531 (2015 report; same tracker text and report label as the 1188 row): Being progressed / AMBER")
F = "Firearms licensing (Targeting the risk) 2015"
row("6102", ("old", SLUG, 6102, ""), F, "National rec",
    "Assess governance of firearms licensing against APP; put correct arrangements in place where not met.",
    "Supt Firearms Licensing", "GREEN", "Governance assessed against APP Dec 2015; compliant.",
    "in_sync", "link id 6102; Complete / GREEN")
row("6103", ("old", SLUG, 6103, "?tab=updates"), F, "National rec",
    "Assess the demand placed on the firearms licensing department and ensure it has the capacity to meet it.",
    "Supt Firearms Licensing", "GREEN", "Demand review done; 3 additional FEOs funded in 2023/24 budget. Ready for closure.",
    "closeable_submit", "link id 6103 (national 2015 item; near-identical PEEL 2018/19 AFI 9113 has no row): Being progressed / GREEN")
row("6105", ("old", SLUG, 6105, ""), F, "National rec",
    "Temporary permits: in line with HO guidance, recorded on NFLMS without delay, no unlawful possession.",
    "Supt Firearms Licensing", "AMBER", "NFLMS recording audit scheduled Q1 2025/26.",
    "in_sync", "link id 6105; Being progressed / AMBER")
row("7409", ("old", SLUG, 7409, ""), "PEEL Effectiveness 2016", "Recommendation (CoC)",
    "Missing children: call takers to use missing/absent correctly, spot CSE risk; supervisors to oversee missing enquiries.",
    "Ch Supt Public Protection", "AMBER", "Missing persons policy rewrite with partners; awaiting sign off.",
    "closeable_local", "link id 7409; HMICFRS Complete (authorised for closure), force AMBER")
row(None, ("old", SLUG, 7407, ""), "PEEL Effectiveness", "AFI",
    "Improve understanding of the nature and scale of MSHT in Hertfordshire.",
    "Det Ch Supt Force CID", "AMBER", "MSHT problem profile being refreshed.",
    "not_on_hmicfrs_list", "link id 7407 (the 2016 effectiveness AFI) is not on the register export; its near-identical 2017 twin 8342 has its own row below")
row("8342", ("portal", SLUG, 8342, ""), "PEEL Effectiveness", "AFI",
    "Improve understanding of the nature and scale of MSHT in Hertfordshire.",
    "Det Ch Supt Force CID", "AMBER", "MSHT problem profile being refreshed; see 2016 entry.",
    "in_sync", "link id 8342 (same text and report label as the 7407 row): Being progressed / AMBER")
row("8344", ("portal", SLUG, 8344, ""), "PEEL Effectiveness 2017", "AFI",
    "Work with partners to safeguard people at risk from CSE.",
    "Ch Supt Public Protection", "GREEN", "Joint CSE hub with HCC Children's Services operating since 2018.",
    "in_sync", "link id 8344; Complete / GREEN")
row("8345", ("portal", SLUG, 8345, ""), "PEEL Effectiveness 2017", "Recommendation",
    "Within 6 months - effective supervision of initial DASH risk assessments.",
    "Ch Supt Public Protection", "Complete", "Completed. Evidence submitted to HMICFRS for closure.",
    "closeable_submit", "link id 8345; Being progressed / Complete")
M = "Stolen freedom (MSHT) 2017"
row("8601", ("portal", SLUG, 8601, ""), M, "National rec",
    "Within six months, review MSHT leadership and governance so that: senior leaders prioritise MSHT; every "
    "incident is properly resourced; partnership arrangements share information and safeguard victims; "
    "performance and QA measures are in place.",
    "Det Ch Supt Force CID", "AMBER", "MSHT governance board ToR drafted.",
    "conflict", "link id 8601; HMICFRS text says 'Within twelve months', tracker says 'Within six months' (timescale differs); both open")
row("8602", ("portal", SLUG, 8602, ""), M, "National rec",
    "Active information-sharing agreements with other agencies on MSHT intelligence (6 months).",
    "Head of Intelligence", "Complete", "ISA signed with Herts County Council and Immigration Enforcement.",
    "in_sync", "link id 8602; Complete / Complete")
row("8605", ("portal", SLUG, 8605, ""), M, "National rec",
    "Full NCRS compliance for MSHT offences; FCR audit capacity.",
    "Force Crime Registrar", "GREEN", "FCR audit of MSHT crimes completed; 97% compliant.",
    "closeable_submit", "link id 8605; Being progressed / GREEN")
row("8490", ("portal", SLUG, 8490, ""), "PEEL Efficiency 2017 (national)", "National rec",
    "Produce an ambitious plan to improve digitally-enabled services.",
    "Head of IT & Digital", "Amber", "Digital strategy refresh ongoing (BCH collaboration).",
    "closeable_local", "link id 8490; HMICFRS Complete, force Amber")
L = "PEEL Legitimacy 2017 (national)"
row("8541", ("portal", SLUG, 8541, ""), L, "National rec",
    "By July 2018 monitor S&S data to understand the reasons for disproportionate representation of ethnic groups.",
    "ACC Local Policing", "AMBER", "Disproportionality analysis in S&S dashboard; explanation work continuing.",
    "in_sync", "split row 1 of 3 (bullet 1) of 8541; link id 8541; Being progressed / AMBER")
row("8541", ("portal", SLUG, 8541, ""), L, "National rec",
    "... understand how find rates differ by ethnicity and search type (incl. drug possession vs supply).",
    "ACC Local Policing", "AMBER", "Find rate by ethnicity added to dashboard Q3.",
    "in_sync", "split row 2 of 3 (bullet 2) of 8541; Being progressed / AMBER")
row("8541", ("portal", SLUG, 8541, ""), L, "National rec",
    "... understand prevalence of possession-only drug searches and fit with local/force priorities.",
    "ACC Local Policing", "AMBER", "Work undertaken in area but still requires development to complete.",
    "in_sync", "split row 3 of 3 (bullet 3) of 8541; Being progressed / AMBER")
row("8543", ("portal", SLUG, 8543, ""), L, "National rec",
    "All S&S officers trained on unconscious bias and the CoP APP on S&S.",
    "Head of Learning & Development", "AMBER", "Refresher e-learning relaunched; completion 82%.",
    "closeable_local", "link id 8543; HMICFRS Complete, force AMBER")
P18 = "PEEL 2018/19"
row("9111", ("portal", SLUG, 9111, ""), P18, "AFI",
    "Improve supervision of investigations - plans set, reviewed and recorded; victims get a consistently good service.",
    "Det Ch Supt Force CID", "AMBER", "Investigation standards team dip-sampling monthly.",
    "conflict", "link id 9111; HMICFRS type Recommendation (cause of concern), tracker says AFI; both open")
row("9112", ("portal", SLUG, 9112, ""), P18, "AFI",
    "Stalking & harassment investigations allocated to officers with the right skills and effectively supervised.",
    "Det Ch Supt Force CID", "AMBER", "Stalking SPOC in each CSP area; supervision audit due.",
    "closeable_local", "link id 9112 (2018/19 twin of 11840): HMICFRS Complete, force AMBER")
row("11840", ("portal", SLUG, 11840, ""), P18, "AFI",
    "Stalking & harassment investigations allocated to officers with the right skills and effectively supervised.",
    "Det Ch Supt Force CID", "AMBER", "As above - repeated in 2021/22 report.",
    "conflict", "link id 11840 is the PEEL 2021/22 AFI but the tracker's report column says PEEL 2018/19 (copied from the row above); report differs; both open")
row("9114", ("portal", SLUG, 9114, ""), P18, "AFI",
    "Clear the vetting backlog and renewals so all staff hold at least the lowest level of vetting (national vetting guidelines).",
    "Head of Professional Standards", "GREEN", "Backlog cleared March 2020.",
    "in_sync", "link id 9114; Complete / GREEN")
row(None, ("old", "bedfordshire", 8552, ""), "PEEL Legitimacy 2017 (Beds)", "Recommendation",
    "Within six months Bedfordshire Police should ensure all staff hold at least the lowest level of vetting clearance (BCH joint PSD).",
    "BCH Joint Professional Standards", "AMBER", "Tracked here as the joint PSD is hosted by Herts.",
    "not_on_hmicfrs_list", "link points to a Bedfordshire record (bedfordshire/8552), not on the Hertfordshire register; near-identical to Herts AFI 9114 which has its own row")
row("9620", None, "CDI 2019", "Recommendation",
    "Within three months: victims believed at point of report; call summaries accurate in the incident log; multiple "
    "crimes always recorded; stop waiting for medical/ABE results before recording; triage online reports for risk.",
    "Force Crime Registrar", "AMBER", "Online reporting triage went live Jan; ABE recording practice still being audited.",
    "in_sync", "no link; matched by text (only CDI 2019 recommendation): Being progressed / AMBER")
row("9621", ("portal", SLUG, 9621, ""), "CDI 2019", "AFI",
    "Better use of the crime recording system (Athena) to manage case files.",
    "Force Crime Registrar", "GREEN", "Athena case file module training complete.",
    "in_sync", "link id 9621; Complete / GREEN")
PW = "Disproportionate use of police powers 2021"
row("10210", ("portal", SLUG, 10210, ""), PW, "National rec",
    "By July 2022 officers and staff to have effective communication skills in line with the NPCC conflict management guidelines.",
    "Head of Learning & Development", "AMBER", "Comms skills module in 2024 OST programme.",
    "in_sync", "link id 10210; Being progressed / AMBER")
row("10211", ("portal", SLUG, 10211, ""), PW, "National rec",
    "By July 2021 reinforce communication skills through CPD; supervisors to debrief using BWV.",
    "Head of Learning & Development", "Complete", "Included in CPD days; BWV debrief guide issued.",
    "in_sync", "link id 10211; Complete / Complete")
row("10212", ("portal", SLUG, 10212, ""), PW, "National rec",
    "By Sept 2021: BWV to record all S&S and use of force; structured internal review of BWV; scrutiny panel access to BWV.",
    "ACC Local Policing", "GREEN", "All three elements in place; panel viewing BWV since Nov 2021.",
    "closeable_submit", "link id 10212; Being progressed / GREEN")
row("10213", ("portal", SLUG, 10213, ""), PW, "National rec",
    "HO and NPCC to improve quality of use of force data for publication.",
    "ACC Local Policing", "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation.",
    "in_sync", "link id 10213; HMICFRS Complete (no action for the force), force WHITE = not ours/done")
row("10214", ("portal", SLUG, 10214, ""), PW, "National rec",
    "By July 2021 effective internal monitoring of use of force to identify and explain disproportionate use.",
    "ACC Local Policing", "GREEN", "Use of force scrutiny panel in place; quarterly report to Police Performance Board.",
    "closeable_submit", "link id 10214; Being progressed / GREEN")
P21 = "PEEL 21/22"
row(None, None, P21, "Local action",
    "Dip-sample 50 stalking & harassment crime reports each quarter and report to the Crime Standards Board.",
    "Det Ch Supt Force CID", "AMBER", "Q3 sample done.",
    "not_on_hmicfrs_list", "force's own local action, no link")
row("11842", ("portal", SLUG, 11842, ""), P21, "AFI",
    "DA victims kept informed of case progress in line with the Victims' Code.",
    "Ch Supt Public Protection", "GREEN", "Victim update compliance 94%; audit evidence on SharePoint.",
    "closeable_submit", "link id 11842; Being progressed / GREEN")
row("11843", ("portal", SLUG, 11843, ""), P21, "AFI",
    "Improve timeliness of response to calls involving people with mental ill health.",
    "Supt Contact Centre", "AMBER", "Right Care Right Person phase 2 under way.",
    "closeable_local", "link id 11843 (2021/22 twin of 13304): HMICFRS Complete, force AMBER")
row("11844", ("portal", SLUG, 11844, ""), P21, "AFI",
    "Sufficient resources in the control room to meet its resourcing model and demand, considering staff wellbeing.",
    "Supt Contact Centre", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "in_sync", "link id 11844; Being progressed / RED")
row("11845", ("portal", SLUG, 11845, ""), P21, "AFI",
    "Access to accurate data and analysis for performance management.",
    "Head of Corporate Development", "GREEN", "Power BI performance suite live.",
    "in_sync", "link id 11845; Complete / GREEN")
row("11846", ("portal", SLUG, 11846, ""), P21, "AFI",
    "Clear prevention strategy targeting those most at risk.",
    "ACC Local Policing", "GREEN", "Prevention strategy 2023-26 approved at Chief Officer Group.",
    "closeable_submit", "link id 11846; Being progressed / GREEN")
row("12150", ("portal", SLUG, 12150, ""), "Custody inspection 2022", "Recommendation",
    "With children's social care, review detention of children: detain only when necessary; early alternative "
    "accommodation; record all decisions; timely appropriate adults.",
    "Ch Insp Custody", "AMBER", "Concordat on children in custody being renegotiated with HCC.",
    "in_sync", "link id 12150; Awaiting review / AMBER")
P23 = "PEEL 23-25"
row("13301", None, P23, "AFI",
    "VAWG analysis to inform the strategic assessment and control strategy.",
    "Head of Intelligence", "AMBER", "Awaiting allocation.",
    "in_sync", "no link (new item, not yet linked); matched by text: Awaiting review / AMBER")
row("13303", ("portal", SLUG, 13303, ""), P23, "AFI",
    "Confidential route for staff to raise concerns; staff aware of whistleblowing.",
    "Head of Professional Standards", "GREEN", "Integrity line relaunched; staff survey shows 88% awareness.",
    "closeable_submit", "link id 13303; Awaiting review / GREEN")
row("13304", ("portal", SLUG, 13304, ""), P23, "AFI",
    "Improve timeliness of response to calls involving people with mental ill health.",
    "Supt Contact Centre", "AMBER", "Repeat of 2021/22 AFI; RCRP phase 2.",
    "in_sync", "link id 13304 (2023-25 twin of 11843, same tracker text): Awaiting review / AMBER")
row(None, None, P23, "Local action",
    "Review the contact centre demand profile as part of the force management statement.",
    "Supt Contact Centre", "AMBER", None,
    "not_on_hmicfrs_list", "force's own local action, no link")

MISSING = {
    "6106": "no tracker row (no link to 6106, no text match)",
    "8604": "no tracker row (NRM compliance)",
    "9113": "no tracker row; its near-identical national twin 6103 has the firearms demand row",
    "13302": "no tracker row (county lines intelligence)",
}


def stable_save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Hertfordshire Constabulary"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-10T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- HMICFRS register export
hwb = Workbook()
hws = hwb.active
hws.title = "Recommendations"
hdr = ["Recommendation ID", "Force", "Report", "Published", "Type", "Recommendation",
       "Status", "Status date", "Latest comment"]
hws.append(hdr)
for c in hws[1]:
    c.font = Font(bold=True)
order = sorted(H, key=lambda k: (REPORTS[H[k][1]][1], H[k][0]))
hrow = {}
for k in order:
    i, rep, typ, text, st, sd, com = H[k]
    hws.append([i, FORCE, REPORTS[rep][0], REPORTS[rep][1], typ, text, st, sd, com])
    r = hws.max_row
    hrow[k] = r
    hws.cell(r, 4).number_format = "dd/mm/yyyy"
    hws.cell(r, 8).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHI", [18, 26, 50, 12, 24, 90, 18, 12, 50]):
    hws.column_dimensions[col].width = w
stable_save(hwb, OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------- force tracker
FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF", "COMPLETE": "C6EFCE"}
twb = Workbook()
tws = twb.active
tws.title = "Tracker"
tws["A1"] = "Hertfordshire Constabulary - HMICFRS Recommendations & AFIs Tracker"
tws["A1"].font = Font(bold=True, size=14)
tws["A2"] = ("Strategic Planning, Performance & Risk. Last refreshed 07/03/2025. "
             "Click the link in column A to open the item on the HMICFRS monitoring portal.")
tws.append([])
tws.append(["Open", "Report", "Type", "Recommendation / AFI (summary)", "Owner", "RAG", "Update"])
HEADER_ROW = tws.max_row
for c in tws[HEADER_ROW]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
trow = []
for key, link, report, typ, text, owner, rag, update, cat, why in T:
    tws.append([None, report, typ, text, owner, rag, update])
    r = tws.max_row
    trow.append(r)
    a = tws.cell(r, 1)
    if link:
        style, slug, lid, suffix = link
        url = (PORTAL if style == "portal" else OLD).format(slug=slug, id=lid) + suffix
        a.value = rng.choice(["Open record", "Open record", "Link"])
        a.hyperlink = url
        a.style = "Hyperlink"
    tws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="top")
    tws.cell(r, 6).fill = PatternFill("solid", fgColor=FILL[rag.upper()])
tws.append([])
tws.append(["RAG: GREEN implemented / Complete; AMBER in progress; RED off track; "
            "WHITE not Herts responsibility to deliver. Rows without a link are local actions or "
            "items not yet on the portal."])
LEGEND_ROW = tws.max_row
for col, w in zip("ABCDEFG", [13, 30, 16, 80, 28, 10, 55]):
    tws.column_dimensions[col].width = w
tws.freeze_panes = f"A{HEADER_ROW + 1}"
stable_save(twb, OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
lines = []
for (key, link, *_rest), r in zip(T, trow):
    cat, why = _rest[-2], _rest[-1]
    lines.append((f"Recommendations!{hrow[key]}" if key else "", f"Tracker!{r}", cat, why))
for k, why in MISSING.items():
    lines.append((f"Recommendations!{hrow[k]}", "", "missing_from_force", f"id {k}: {why}"))
matched = {k for k, *_ in T if k} | set(MISSING)
assert matched == set(H), set(H) ^ matched
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
print("hmicfrs items", len(H), "tracker item rows", len(T), "header row", HEADER_ROW,
      "legend row", LEGEND_ROW)
