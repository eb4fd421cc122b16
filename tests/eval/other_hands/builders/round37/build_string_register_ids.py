"""Build the evaluation case `string_register_ids` (round 37).

HMICFRS side: an export from a newer monitoring portal in which every item's id is a structured
text code:  <FAMILY>-<YEAR>-<FORCE>-<KIND><NN>[suffix]  for force-level reports
(PEEL-2023-CAM-AFI-04, PEEL-2023-CAM-COC-01, PEEL-2023-CAM-R02, CDI-2019-CAM-R02a) and
NAT-<YEAR>-<TOPIC>-R<NN> for all-forces reports (NAT-2017-MSHT-R02).
Force side: Cambridgeshire Constabulary's tracker, quoting those codes in a "Portal ID" column,
often written differently.

Texts: real HMICFRS wording (Open Government Licence) from /work/shared/data/real_recommendations.csv
and the casegen text lists; the force's shortened wording, updates and local actions are written
here as a force analyst would write them.

Run: /work/main/.venv/bin/python build_string_register_ids.py   (rebuilds byte for byte)
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
    BWV_2021, CDI_VICTIMS_BODY, CONTROL_ROOM, FIREARMS, NATIONAL, SF_LEADERSHIP,
)

SEED = 20261206
random.seed(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "string_register_ids"
FIXED_TS = (2024, 11, 4, 9, 0, 0)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ----------------------------------------------------------------------------- reports
REPORTS = {
    "PEEL23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – "
               "Cambridgeshire Constabulary", dt.date(2023, 5, 18)),
    "PEEL21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – "
               "Cambridgeshire Constabulary", dt.date(2021, 11, 12)),
    "CDI19": ("Crime data integrity inspection 2019 – Cambridgeshire Constabulary",
              dt.date(2019, 9, 12)),
    "MSHT17": (NATIONAL["stolen"][0], dt.date(*NATIONAL["stolen"][1])),
    "POW21": (NATIONAL["powers"][0], dt.date(*NATIONAL["powers"][1])),
    "FAL15": (NATIONAL["firearms"][0], dt.date(*NATIONAL["firearms"][1])),
}

stolen = [t for _, t in NATIONAL["stolen"][2]]
powers = [t for _, t in NATIONAL["powers"][2]]
fal = [t for _, t in NATIONAL["firearms"][2]]
assert powers[2] == BWV_2021 and fal[1] == FIREARMS and stolen[0] == SF_LEADERSHIP

CDI_R01 = "Within six months the force should " + CDI_VICTIMS_BODY + "."
CAUTIONS = ("Within three months, the force should revise its approach to cautions, cannabis "
            "warning and penalty notices for disorder to ensure ")


def afi(body: str) -> str:
    return f"The force should {body}."


# (id, report, type, parent, text, status, comment)
ITEMS: list[tuple[str, str, str, str, str, str, str]] = [
    # PEEL 2023/24 --------------------------------------------------------------
    ("PEEL-2023-CAM-COC-01", "PEEL23", COC, "",
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Being progressed", ""),
    ("PEEL-2023-CAM-R01", "PEEL23", REC, "PEEL-2023-CAM-COC-01",
     "Within six months, the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", ""),
    ("PEEL-2023-CAM-R02", "PEEL23", REC, "PEEL-2023-CAM-COC-01",
     "Within six months, the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Being progressed", ""),
    ("PEEL-2023-CAM-R03", "PEEL23", REC, "PEEL-2023-CAM-COC-01",
     "Within six months, the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "Awaiting review", ""),
    ("PEEL-2023-CAM-AFI-01", "PEEL23", AFI, "", CONTROL_ROOM, "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-02", "PEEL23", AFI, "",
     afi("make sure victims of stalking and harassment are kept informed about the progress of "
         "their case, in line with the Code of Practice for Victims of Crime"),
     "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-03", "PEEL23", AFI, "",
     afi("evaluate its work to prevent knife crime and share what works across the force"),
     "Completed", "Authorised for closure following revisit activity."),
    ("PEEL-2023-CAM-AFI-04", "PEEL23", AFI, "",
     afi("improve how it works with partner organisations to safeguard people at risk from "
         "child sexual exploitation"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-05", "PEEL23", AFI, "",
     afi("develop a problem-solving approach to anti-social behaviour, working with local "
         "communities and partners"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-06", "PEEL23", AFI, "",
     afi("make sure investigations of rape and serious sexual offences are allocated to "
         "officers with the right skills and are effectively supervised"),
     "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-07", "PEEL23", AFI, "",
     afi("make sure it consistently uses ancillary orders and other powers to protect victims "
         "of domestic abuse"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-08", "PEEL23", AFI, "",
     afi("make sure it provides a confidential way for staff to raise concerns and that staff "
         "are aware of whistleblowing processes"),
     "Completed", "This recommendation is complete."),
    ("PEEL-2023-CAM-AFI-09", "PEEL23", AFI, "",
     afi("review how it gathers and uses equality and diversity data to improve its "
         "understanding of its workforce demographics"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-10", "PEEL23", AFI, "",
     afi("ensure all staff have received at least the lowest level of vetting clearance for "
         "their roles as quickly as possible, working to clear both the vetting backlog and new "
         "vetting renewals when they become due so that it complies fully with the national "
         "vetting guidelines"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-11", "PEEL23", AFI, "",
     afi("improve the way it manages the risk posed by offenders involved in county lines drug "
         "dealing"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-12", "PEEL23", AFI, "",
     afi("improve how it gathers, assesses and acts on intelligence about serious and organised "
         "crime"), "Being progressed", ""),
    ("PEEL-2023-CAM-AFI-13", "PEEL23", AFI, "",
     afi("make sure its performance framework gives senior leaders a clear picture of its "
         "response to violence against women and girls"), "Awaiting review", ""),
    ("PEEL-2023-CAM-AFI-14", "PEEL23", AFI, "",
     afi("make sure it has enough specialist capacity and capability to investigate online "
         "child sexual abuse"), "Being progressed", ""),
    # PEEL 2021/22 --------------------------------------------------------------
    ("PEEL-2021-CAM-AFI-01", "PEEL21", AFI, "",
     afi("develop its understanding of the links between its outcomes, outputs and costs"),
     "Superseded", "Superseded by PEEL 2023/24 inspection findings."),
    ("PEEL-2021-CAM-AFI-02", "PEEL21", AFI, "",
     afi("undertake further work to gain a fuller understanding of current demand for its "
         "services, and likely future changes in demand. This is so it can make best use of its "
         "resources by matching them to demand to meet the needs of the public"),
     "Superseded", "Superseded by PEEL 2023/24 inspection findings."),
    ("PEEL-2021-CAM-AFI-03", "PEEL21", AFI, "",
     afi("take steps to ensure that there is effective supervision of the initial risk "
         "assessment process, specifically in relation to the completion of DASH risk "
         "assessment in appropriate cases"), "Completed", ""),
    ("PEEL-2021-CAM-AFI-04", "PEEL21", AFI, "",
     afi("develop a future workforce plan that is aligned with its overall demand and budget. "
         "The plan should include future resource allocations, the mix of skills required by "
         "the workforce and behaviours expected of them"),
     "Superseded", "Superseded by PEEL 2023/24 inspection findings."),
    ("PEEL-2021-CAM-AFI-05", "PEEL21", AFI, "",
     afi("improve the supervision of investigations, so that investigation plans are set, "
         "reviewed and recorded and victims receive a consistently good service"),
     "Being progressed", ""),
    ("PEEL-2021-CAM-AFI-06", "PEEL21", AFI, "",
     afi("make sure officers and staff have the training they need to identify and respond to "
         "honour-based abuse"), "Completed", ""),
    ("PEEL-2021-CAM-AFI-07", "PEEL21", AFI, "",
     afi("put plans in place to monitor, including through the gathering and analysis of staff "
         "feedback, team cultures and provide prompt remedial action for any issues it "
         "identifies"), "Being progressed", ""),
    ("PEEL-2021-CAM-AFI-08", "PEEL21", AFI, "",
     afi("make sure its analysis of serious and organised crime informs its strategic "
         "assessment and control strategy"),
     "Superseded", "Superseded by PEEL-2023-CAM-AFI-12."),
    ("PEEL-2021-CAM-AFI-09", "PEEL21", AFI, "",
     afi("specify in succession plans how it intends to improve diversity across all levels of "
         "the force. This should include offering increased direct-entry opportunities"),
     "Being progressed", ""),
    ("PEEL-2021-CAM-AFI-10", "PEEL21", AFI, "",
     afi("make sure it has access to accurate data and analysis to support effective "
         "performance management"), "Completed", "This recommendation is complete."),
    ("PEEL-2021-CAM-AFI-11", "PEEL21", AFI, "",
     afi("make sure it provides accessible information for all staff and members of the public "
         "on how they can raise concerns and access confidential support (including through "
         "external agencies)"), "Being progressed", ""),
    ("PEEL-2021-CAM-AFI-12", "PEEL21", AFI, "",
     afi("improve the timeliness of its response to calls for service involving people with "
         "mental ill health"), "Superseded", "Superseded by PEEL 2023/24 inspection findings."),
    # CDI 2019 ------------------------------------------------------------------
    ("CDI-2019-CAM-R01", "CDI19", REC, "", CDI_R01, "Being progressed", ""),
    ("CDI-2019-CAM-R02a", "CDI19", REC, "",
     CAUTIONS + "that there is a clear and auditable explanation to the offender of the "
     "implications of receiving the warning; and", "Completed", ""),
    ("CDI-2019-CAM-R02b", "CDI19", REC, "",
     CAUTIONS + "that, for victim-based crimes, there is a clear and auditable record that "
     "views of the victim are considered prior to their issue.", "Being progressed", ""),
    ("CDI-2019-CAM-R03", "CDI19", REC, "",
     "Within six months, the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.",
     "Superseded", "Superseded by PEEL-2023-CAM-R01."),
    ("CDI-2019-CAM-AFI-01", "CDI19", AFI, "",
     afi("make sure it records reports of rape and serious sexual offences accurately and "
         "without delay"), "Completed", ""),
    ("CDI-2019-CAM-AFI-02", "CDI19", AFI, "",
     afi("make sure it records reports of hate crime accurately and without delay"),
     "Completed", ""),
    ("CDI-2019-CAM-AFI-03", "CDI19", AFI, "",
     afi("make sure it records reports of stalking and harassment accurately and without "
         "delay"), "Being progressed", ""),
    ("CDI-2019-CAM-AFI-04", "CDI19", AFI, "",
     afi("make sure it records reports of sexual offences against children accurately and "
         "without delay"), "No further action required",
     "Area re-inspected under the 2023 crime data integrity programme."),
    # Stolen freedom 2017 (national) ------------------------------------------------
    *[(f"NAT-2017-MSHT-R{i + 1:02d}", "MSHT17", NAT, "", t, s, c) for i, (t, s, c) in enumerate([
        (stolen[0], "Being progressed", ""),
        (stolen[1], "Completed", ""),
        (stolen[2], "Completed", ""),
        (stolen[3], "Being progressed", ""),
        (stolen[4], "Being progressed", ""),
        (stolen[5], "Being progressed", ""),
        (stolen[6], "Completed", ""),
    ])],
    # Disproportionate use of police powers 2021 (national); R04 is for HO/NPCC, not listed
    ("NAT-2021-POW-R01", "POW21", NAT, "", powers[0], "Being progressed", ""),
    ("NAT-2021-POW-R02", "POW21", NAT, "", powers[1], "Completed", ""),
    ("NAT-2021-POW-R03", "POW21", NAT, "", powers[2], "Being progressed", ""),
    ("NAT-2021-POW-R05", "POW21", NAT, "", powers[4], "Being progressed", ""),
    # Targeting the risk 2015 (national) -------------------------------------------
    ("NAT-2015-FAL-R01", "FAL15", NAT, "", fal[0], "Completed", ""),
    ("NAT-2015-FAL-R02", "FAL15", NAT, "", fal[1], "Completed", ""),
    ("NAT-2015-FAL-R03", "FAL15", NAT, "", fal[2], "Completed", ""),
    ("NAT-2015-FAL-R04", "FAL15", NAT, "", fal[3], "Awaiting review", ""),
    ("NAT-2015-FAL-R05", "FAL15", NAT, "", fal[4], "Completed", ""),
]
assert len({i[0] for i in ITEMS}) == len(ITEMS)

# ----------------------------------------------------------------------------- force tracker
# Section headings (the force's own report-title rows), then rows:
# (Portal ID as written, Report, text, owner, status, update, true portal id or None, category, why)
SECTIONS: list[tuple[str, list[tuple]]] = []

SECTIONS.append(("PEEL 2023/24 – Police effectiveness, efficiency & legitimacy (published May 2023)"
                 " – 1 cause of concern, 3 recommendations, 14 AFIs", [
    ("PEEL-2023-CAM-COC-01", "PEEL 23",
     "CoC: capacity & capability to investigate crime effectively – failings in the way crimes "
     "are investigated", "ACC Crime", "On track",
     "Investigation Improvement Plan v3 to Strategic Board 12/09/24. Monitored through HMICFRS "
     "Engage meetings.", "PEEL-2023-CAM-COC-01", "in_sync", "exact id; open on both"),
    ("PEEL-2023-CAM-R01", "PEEL 23",
     "Regular & active supervision of the quality and progress of investigations – supervision "
     "to be properly recorded", "Det Ch Supt Force CID", "On track",
     "Supervisory review template live on Athena 01/24. Dip sample Q2: 71% compliant (target "
     "90%).", "PEEL-2023-CAM-R01", "in_sync", "exact id; open on both"),
    ("PEEL-2023-CAM-R02", "PEEL 23",
     "Within 3 months – improve retrieval of digital evidence from phones, computers & other "
     "devices so investigations are not delayed", "Head of Digital Forensics", "Overdue",
     "DFU backlog 412 devices at 30/09. Kiosk roll-out slipped to Q1 2025.",
     "PEEL-2023-CAM-R02", "conflict",
     "exact id, but tracker says 'within 3 months' where HMICFRS says within six months "
     "(timescale differs)"),
    ("peel-2023-cam-r03", "PEEL 23",
     "Improve understanding of suspects released under investigation (RUI) and management of "
     "those on bail", "Head of Criminal Justice", "Complete",
     "Bail & RUI dashboard live; weekly review by custody inspectors. Evidence pack sent to "
     "HMICFRS FLL 14/10/24.", "PEEL-2023-CAM-R03", "closeable_submit",
     "id in lower case; HMICFRS awaiting review, force complete"),
    ("PEEL-2023-CAM-AFI-01", "PEEL 23",
     "Sufficient resources in the control room to meet demand, taking account of staff "
     "wellbeing", "Supt Contact Centre", "On track",
     "Resourcing model agreed. 22 call handlers in training; attrition still high.",
     "PEEL-2023-CAM-AFI-01", "in_sync", "exact id; open on both"),
    ("PEEL 2023 CAM AFI 02", "PEEL 23",
     "Keep victims of stalking & harassment updated on progress of their case in line with the "
     "Victims' Code", "Ch Supt Public Protection", "Complete",
     "VCOP compliance 93% (Sept). Ready to move to GREEN status.",
     "PEEL-2023-CAM-AFI-02", "closeable_submit",
     "id with spaces for hyphens; HMICFRS open, force complete"),
    ("PEEL-2023-CAM-AFI-03", "PEEL 23",
     "Evaluate knife crime prevention work & share what works across the force",
     "ACC Local Policing", "Closed", "Closed by HMICFRS 02/08/24.",
     "PEEL-2023-CAM-AFI-03", "in_sync", "exact id; closed on both"),
    ("AFI-04", None,
     "Work with partners to safeguard people at risk from CSE", "Ch Supt Public Protection",
     "On track", "Joint exploitation hub with the County Council from April 2024.",
     "PEEL-2023-CAM-AFI-04", "in_sync",
     "partial id 'AFI-04' (three reports have an AFI-04); the PEEL 2023/24 heading and the text "
     "settle it; open on both"),
    ("PEEL-2023-CAM-AFI-5", "PEEL 23",
     "Problem-solving approach to ASB with local communities & partners", "ACC Local Policing",
     "Complete",
     "OSARA training delivered to all neighbourhood teams; problem-solving plans on tasking.",
     "PEEL-2023-CAM-AFI-05", "closeable_submit",
     "id without the leading zero (AFI-5 = AFI-05); HMICFRS open, force complete"),
    ("PEEL-2022-CAM-AFI-06", "PEEL 23",
     "RASSO investigations allocated to officers with the right skills & effectively "
     "supervised", "Det Ch Supt Force CID", "On track",
     "Op Soteria roll-out; all RASSO crimes now with the specialist team.",
     "PEEL-2023-CAM-AFI-06", "conflict",
     "id wrong by one character (2022 for 2023; no such portal item); text and heading are "
     "PEEL-2023-CAM-AFI-06: reference conflict"),
    ("PEEL-2023-CAM-AFI-07 (see also R03)", "PEEL 23",
     "Consistent use of ancillary orders & other powers (DVPN/DVPO, bail conditions) to protect "
     "DA victims", "Ch Supt Public Protection", "On track",
     "DVPO use up 18% on last year. Linked to the bail work under R03.",
     "PEEL-2023-CAM-AFI-07", "in_sync",
     "id with a trailing note '(see also R03)' which is not this row's id; open on both"),
    ("PEEL-2023-CAM-AFI-08", "PEEL 23",
     "Confidential route for staff to raise concerns; staff aware of whistleblowing process",
     "Head of Professional Standards", "On track",
     "Integrity line relaunch planned for the January 2025 comms campaign.",
     "PEEL-2023-CAM-AFI-08", "closeable_local",
     "exact id; HMICFRS completed (closed), force still on track"),
    ("", "PEEL 23",
     "Review how we gather & use equality and diversity data to understand workforce "
     "demographics", "Director of People", "Complete",
     "E&D data refresh complete; self-declaration rate now 89%. Submitted for closure.",
     "PEEL-2023-CAM-AFI-09", "closeable_submit",
     "no Portal ID; text matches PEEL-2023-CAM-AFI-09; HMICFRS open, force complete"),
    ("PEEL-2023-CAM-AFI-10", "PEEL 23",
     "Vetting – action 1: clear the vetting backlog so all staff hold at least the lowest level "
     "of clearance for their role", "Head of Professional Standards", "On track",
     "Backlog 146 (Oct), down from 410. Extra vetting officers funded to March 2025.",
     "PEEL-2023-CAM-AFI-10", "in_sync",
     "split by action: first of two rows for AFI-10 (backlog); open on both"),
    ("PEEL-2023-CAM-AFI-10", "PEEL 23",
     "Vetting – action 2: renewals process so vetting is renewed when due, in line with the "
     "national vetting guidelines", "Head of Professional Standards", "On track",
     "Renewals tracker built in Core-Vet; 38 renewals overdue.",
     "PEEL-2023-CAM-AFI-10", "in_sync",
     "split by action: second of two rows for AFI-10 (renewals); open on both"),
    ("PEEL-2023-CAM-AFI-12", "PEEL 23",
     "Manage the risk posed by offenders involved in county lines drug dealing",
     "Head of Intelligence", "Complete",
     "County lines nominals adopted onto the IOM cohort; Op Orochi activity monthly.",
     "PEEL-2023-CAM-AFI-11", "conflict",
     "quotes AFI-12 (wrong by one character) but the text is AFI-11 (county lines offenders); "
     "AFI-12 has its own row below: reference conflict"),
    ("PEEL-2023-CAM-AFI-12", "PEEL 23",
     "Improve how we gather, assess & act on intelligence about SOC", "Head of Intelligence",
     "On track", "Intelligence development plan; SOC tasking via the fortnightly TTCG.",
     "PEEL-2023-CAM-AFI-12", "in_sync", "exact id and text; open on both"),
    ("PEEL2023-CAM-AFI-14", "PEEL 23",
     "Specialist capacity & capability to investigate online CSA (POLIT)",
     "Det Ch Supt Force CID", "Complete",
     "POLIT uplift of 4 DCs in post Aug 2024. Pending sign off by the chief officer lead.",
     "PEEL-2023-CAM-AFI-14", "closeable_submit",
     "id missing a hyphen; HMICFRS open, force complete"),
    ("Local", "PEEL 23",
     "Force action – Task & Finish group to review the domestic abuse policy and report to the "
     "Force Executive Team (PEEL debrief)", "Ch Supt Public Protection", "On track",
     "T&F group has met 3 times; policy draft to FET December 2024.",
     None, "not_on_hmicfrs_list", "force's own local action, marked 'Local'"),
]))

SECTIONS.append(("PEEL 2021/22 (published November 2021) – AFIs carried forward", [
    ("PEEL-2021-CAM-AFI-01", "PEEL 21/22",
     "Understand the links between outcomes, outputs & costs", "Director of Finance", "Closed",
     "Superseded by PEEL 23 – closed on the portal.", "PEEL-2021-CAM-AFI-01", "in_sync",
     "exact id; HMICFRS superseded, force closed"),
    ("AFI-02", "PEEL 21/22",
     "Fuller understanding of current & future demand so resources are matched to demand",
     "Head of Corporate Development", "On track",
     "Demand modelling to be refreshed for FMS 2025.", "PEEL-2021-CAM-AFI-02",
     "closeable_local",
     "partial id 'AFI-02' under the PEEL 2021/22 heading; HMICFRS superseded, force open"),
    ("PEEL-2021-CAM-AFI-03", "PEEL 21/22",
     "Effective supervision of the initial DA risk assessment (DASH completion)",
     "Ch Supt Public Protection", "Closed", "HMICFRS accepted closure November 2023.",
     "PEEL-2021-CAM-AFI-03", "in_sync", "exact id; closed on both"),
    ("peel-2021-cam-afi-04", "PEEL 21/22",
     "Future workforce plan aligned to demand & budget (resource allocation, skills mix, "
     "behaviours)", "Director of People", "Overdue",
     "Workforce plan delayed pending the 2025/26 budget settlement.", "PEEL-2021-CAM-AFI-04",
     "closeable_local", "id in lower case; HMICFRS superseded, force overdue (open)"),
    ("PEEL-2021-CAM-AFI-05", "PEEL 21/22",
     "Improve supervision of investigations – plans set, reviewed & recorded; consistent "
     "service to victims", "Det Ch Supt Force CID", "On track",
     "Delivered through the PEEL 23 investigation plan (see PEEL-2023-CAM-R01).",
     "PEEL-2021-CAM-AFI-05", "in_sync",
     "exact id (the other id is in the update, not the Portal ID); open on both"),
    ("PEEL 2021 CAM AFI 06", "PEEL 21/22",
     "Training for officers & staff to identify and respond to honour-based abuse",
     "Head of Learning & Development", "Complete",
     "HBA e-learning 94% completion. Closed by HMICFRS 06/24 – move to Closed.",
     "PEEL-2021-CAM-AFI-06", "in_sync",
     "id with spaces; HMICFRS completed, force complete (done on both)"),
    ("PEEL-2021-CAM-AFI-07", "PEEL 21/22",
     "Monitor team cultures (incl. staff feedback) & take prompt remedial action",
     "Director of People", "Complete",
     "Culture dashboard & pulse survey in place. Submitted for closure 03/10/24.",
     "PEEL-2021-CAM-AFI-07", "closeable_submit", "exact id; HMICFRS open, force complete"),
    ("PEEL-2021-CAM-AFI-08", "PEEL 21/22",
     "SOC analysis to inform the strategic assessment & control strategy",
     "Head of Intelligence", "Closed", "Superseded – now tracked under PEEL-2023-CAM-AFI-12.",
     "PEEL-2021-CAM-AFI-08", "in_sync", "exact id; HMICFRS superseded, force closed"),
    ("PEEL-2021-CAM-AFI-10", "PEEL 21/22",
     "Access to accurate data & analysis for performance management",
     "Head of Corporate Development", "On track",
     "Power BI performance pack phase 2 in development.", "PEEL-2021-CAM-AFI-10",
     "closeable_local", "exact id; HMICFRS completed, force still on track"),
    ("2021-CAM-AFI-11", "PEEL 21/22",
     "Accessible info for staff & public on raising concerns / confidential support incl. "
     "external agencies", "Head of Professional Standards", "Complete",
     "Web page & intranet updated; Crimestoppers integrity line promoted.",
     "PEEL-2021-CAM-AFI-11", "closeable_submit",
     "id with the leading 'PEEL-' dropped; HMICFRS open, force complete"),
    ("PEEL-2021-CAM-AFI-12", "PEEL 21/22",
     "Timeliness of response to calls involving people with mental ill health",
     "Supt Contact Centre", "Complete",
     "Right Care Right Person phase 1 live. Shown as superseded on the portal.",
     "PEEL-2021-CAM-AFI-12", "in_sync", "exact id; HMICFRS superseded, force complete"),
]))

_bullets = [
    ("a", "Victims believed at the point of report", "Call handling script & THRIVE+ updated. "
     "Audit Q2 2024: 97%."),
    ("b", "Call handler / caller conversations summarised accurately in the incident log",
     "Incident log QA by control room supervisors; 94% in audit."),
    ("c", "Multiple crimes always recorded when described in incident records or found in "
     "other investigations", "FCR audit Q2 2024 – compliant."),
    ("d", "Stop waiting for medical examination / video interview results before making "
     "crime-recording decisions", "Practice stopped; briefing to all CID and safeguarding "
     "teams."),
    ("e", "Online crime reports triaged on receipt for ongoing risk to the victim / wider "
     "public", "Single online home triage in the Demand Hub since March 2023."),
]
SECTIONS.append(("Crime Data Integrity 2019 (published 12 September 2019)", [
    *[(f"CDI-2019-CAM-R01{s}", "CDI 2019", t, "Force Crime Registrar", "Complete", u,
       "CDI-2019-CAM-R01", "closeable_submit",
       f"force's own bullet split of R01 (R01{s} = bullet {i + 1} of 5; the portal has no "
       f"R01{s}); every part complete, HMICFRS open")
      for i, (s, t, u) in enumerate(_bullets)],
    ("cdi-2019-cam-r02a", "CDI 2019",
     "Cautions, cannabis warnings & PNDs – clear, auditable explanation to the offender of the "
     "implications", "Head of Criminal Justice", "Closed", "Closed by HMICFRS 2021.",
     "CDI-2019-CAM-R02a", "in_sync",
     "lower-case id of the portal's own sub-item R02a (not R02b); closed on both"),
    ("CDI 2019 CAM R02b", "CDI 2019",
     "Cautions, cannabis warnings & PNDs – victim-based crime: auditable record that the "
     "victim's views were considered before issue", "Head of Criminal Justice", "Complete",
     "OOCD scrutiny panel: victim's views recorded in 97% of the sample.",
     "CDI-2019-CAM-R02b", "closeable_submit",
     "id with spaces, portal sub-item R02b; HMICFRS open, force complete"),
    ("CDI-2019-CAM-R03", "CDI 2019",
     "Better use of the crime recording system (Athena) to manage case files & investigations",
     "Head of Information Management", "On track", "Athena case file module training ongoing.",
     "CDI-2019-CAM-R03", "closeable_local", "exact id; HMICFRS superseded, force open"),
    ("CDI-2019-CAM-AFI-01", "CDI 2019",
     "Record RASSO reports accurately & without delay", "Force Crime Registrar", "Closed", "",
     "CDI-2019-CAM-AFI-01", "in_sync", "exact id; closed on both"),
    ("CAM-AFI-02", "CDI 2019",
     "Record hate crime reports accurately & without delay", "Force Crime Registrar", "Closed",
     "FCR audit 2022 – 95% compliance.", "CDI-2019-CAM-AFI-02", "in_sync",
     "partial id 'CAM-AFI-02' under the CDI heading; closed on both"),
    ("CDI-2019-CAM-AFI-03", "CDI 2019",
     "Record stalking & harassment accurately & without delay", "Force Crime Registrar",
     "On track", "S&H recording audit Q3; compliance 84%.", "CDI-2019-CAM-AFI-03", "in_sync",
     "exact id; open on both"),
    ("CDI-2019-CAM-AFI-04", "CDI 2019",
     "Record sexual offences against children accurately & without delay",
     "Force Crime Registrar", "Overdue", "Audit slipped – FCR vacancy.", "CDI-2019-CAM-AFI-04",
     "closeable_local", "exact id; HMICFRS no further action required (closed), force overdue"),
    ("", "CDI 2019",
     "Dip-sample 50 rape crime reports each quarter and report findings to the Crime Standards "
     "Board", "Force Crime Registrar", "On track", "Q2 dip sample complete.",
     None, "not_on_hmicfrs_list",
     "force's own local action (no Portal ID); close to CDI-2019-CAM-AFI-01 in topic only"),
]))

SECTIONS.append(("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                 "published 24 October 2017", [
    ("NAT-2017-MSHT-R01", "Stolen Freedom 2017",
     "Within 12 months review MSHT leadership & governance to ensure:\n"
     "• senior leaders prioritise the response to MSHT;\n"
     "• every MSHT incident identified to police is allocated appropriate resources with the "
     "skills, experience & capacity to investigate it;\n"
     "• performance & QA measures allow senior leaders to assess the nature & quality of the "
     "service to victims.", "Det Supt Exploitation", "On track",
     "Exploitation Board (chair Det Supt) meets monthly; MSHT performance pack in place.",
     "NAT-2017-MSHT-R01", "conflict",
     "exact id, but the tracker lists 3 of the 4 bullets: the partnership-arrangements bullet "
     "is missing"),
    ("NAT-2017-MSHT-R02 – closed 2019", "Stolen Freedom 2017",
     "Active information-sharing agreements with other agencies – speedy exchange of intel, "
     "safeguard victims, identify suspects early", "Head of Intelligence", "Closed",
     "ISAs in place with all five district councils and Border Force.", "NAT-2017-MSHT-R02",
     "in_sync", "id with a trailing note; closed on both"),
    ("R03", None,
     "Early & continuing consideration of the s45 defence for victims who offend under "
     "compulsion", "Head of Criminal Justice", "On track",
     "s45 guidance refresh with CPS; awaiting CPS sign-off.", "NAT-2017-MSHT-R03",
     "closeable_local",
     "partial id 'R03' under the MSHT heading; HMICFRS completed, force open"),
    ("nat 2017 msht r04", "Stolen Freedom 2017",
     "Full compliance with the NRM process & duty to notify the HO of suspected adult victims "
     "(MSA 2015)", "Ch Supt Public Protection", "Complete",
     "NRM / duty to notify dashboard; 100% of DtN submitted Q1–Q2.", "NAT-2017-MSHT-R04",
     "closeable_submit", "lower case with spaces; HMICFRS open, force complete"),
    ("NAT-2017-MSHT-R05", "Stolen Freedom 2017",
     "MSHT allegations thoroughly investigated & supervised by teams with the right skills & "
     "experience (incl. JITs / intelligence from overseas)", "Det Ch Supt Force CID",
     "On track", "All MSHT crimes allocated to the Exploitation Hub; DI review at day 7.",
     "NAT-2017-MSHT-R06", "conflict",
     "quotes R05 (wrong by one character) but the text is R06 (investigation and supervision); "
     "R05 (NCRS recording) has no row: reference conflict"),
    ("NAT-2017-MSHT-R07", "Stolen Freedom 2017",
     "Review use of preventative powers under the MSA 2015 (STPOs / SROs)",
     "Det Supt Exploitation", "Closed", "3 STPOs obtained 2019–20.", "NAT-2017-MSHT-R07",
     "in_sync", "exact id; closed on both"),
    ("n/a (local)", "Stolen Freedom 2017",
     "Refresh the MSHT problem profile and add it to the control strategy",
     "Head of Intelligence", "On track", "Problem profile commissioned from the analysts.",
     None, "not_on_hmicfrs_list", "force's own local action, marked 'n/a (local)'"),
]))

SECTIONS.append(("Disproportionate use of police powers – spotlight on S&S and use of force "
                 "(Feb 2021)", [
    ("NAT-2021-POW-R01", "Police powers 2021",
     "By July 2022 – effective communication skills for officers & staff (National Policing "
     "Guidelines on Conflict Management)", "Head of Learning & Development", "On track",
     "Conflict management module in OST 2024/25.", "NAT-2021-POW-R01", "in_sync",
     "exact id; open on both"),
    ("NAT-2021-POW-R02", "Police powers 2021",
     "By July 2021 – communication skills in CPD; supervisors debrief officers using BWV",
     "Head of Learning & Development", "Complete", "Closed by HMICFRS 2023.",
     "NAT-2021-POW-R02", "in_sync", "exact id; HMICFRS completed, force complete"),
    ("NAT-2021-POW-R03", "Police powers 2021",
     "By Sept 2021, BWV: (1) record the whole of every S&S and use of force encounter; "
     "(2) structured internal review of a sample of footage; (3) scrutiny panel access to "
     "samples of footage", "ACC Local Policing", "Complete",
     "All 3 strands complete; S&S scrutiny panel views footage quarterly.",
     "NAT-2021-POW-R03", "closeable_submit", "exact id; HMICFRS open, force complete"),
    ("NAT-2021-POW-R04", "Police powers 2021",
     "HO / NPCC – quality of data on use of force to effect a S&S, sufficient for publication",
     "ACC Local Policing", "Closed", "Not for the force – Home Office / NPCC action (WHITE).",
     None, "not_on_hmicfrs_list",
     "R04 is addressed to the Home Office and NPCC and is not on the portal list"),
    ("NAT-2021-POW-R05", "Police powers 2021",
     "By July 2021 – internal monitoring of use of force to identify & understand "
     "disproportionate use, explain reasons & act", "ACC Local Policing", "Overdue",
     "UoF dashboard built; disproportionality analysis not yet to the Legitimacy Board.",
     "NAT-2021-POW-R05", "in_sync", "exact id; open on both (overdue is open)"),
]))

SECTIONS.append(("Targeting the Risk (Firearms Licensing) 2015", [
    ("NAT-2015-FAL-R01", "Firearms licensing 2015",
     "Assess FLU governance against APP; put correct arrangements in place where not compliant",
     "Supt Firearms Licensing", "Closed", "", "NAT-2015-FAL-R01", "in_sync",
     "exact id; closed on both"),
    ("NAT-2015-FAL-R02", "Firearms licensing 2015",
     "Within 3 months assess demand on the FLU and make sure it has capacity to meet it",
     "Supt Firearms Licensing", "Closed", "", "NAT-2015-FAL-R02", "in_sync",
     "exact id; closed on both"),
    ("", "Firearms licensing 2015",
     "Action on 'total expired' licensing records", "Supt Firearms Licensing", "Closed",
     "All total expired records reviewed 2016.", "NAT-2015-FAL-R03", "in_sync",
     "no Portal ID; text matches R03; closed on both"),
    ("NAT-2015-FAL-R04", "Firearms licensing 2015",
     "Temporary permits per HO guidance, recorded on NFLMS without delay; no certificate holder "
     "left in unlawful possession", "Supt Firearms Licensing", "Closed",
     "Audit 2016 – compliant.", "NAT-2015-FAL-R04", "closeable_submit",
     "exact id; HMICFRS still awaiting review, force closed (done)"),
    ("NAT-2015-FAL-R05", "Firearms licensing 2015",
     "Systems to flag firearm certificate holders before attendance; officers understand the "
     "risk assessment & power to seize", "Supt Firearms Licensing", "Closed", "",
     "NAT-2015-FAL-R05", "in_sync", "exact id; closed on both"),
]))

MISSING = {
    "PEEL-2023-CAM-AFI-13": "no force row (VAWG performance framework AFI never transcribed); "
                            "HMICFRS awaiting review",
    "PEEL-2021-CAM-AFI-09": "no force row (succession plans / diversity); HMICFRS open",
    "NAT-2017-MSHT-R05": "no force row: the row quoting R05 is really R06 (see conflict); "
                         "NCRS recording of MSHT offences is untracked; HMICFRS open",
}

# ----------------------------------------------------------------------------- helpers


def stable_save(wb: Workbook, path: Path) -> None:
    """Save with fixed timestamps so the file rebuilds byte for byte."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                              rb"\g<1>2024-11-04T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def status_date(status: str, pub: dt.date) -> dt.date:
    if status == "Awaiting review":
        return pub
    lo = max(pub + dt.timedelta(days=60), dt.date(2019, 1, 1))
    span = (dt.date(2024, 10, 25) - lo).days
    return lo + dt.timedelta(days=random.randint(0, max(span, 1)))


# ----------------------------------------------------------------------------- build


def build() -> None:
    OUT.mkdir(exist_ok=True)
    truth: list[tuple[str, str, str, str]] = []

    # HMICFRS portal export ---------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Portal export"
    head = ["ID", "Report title", "Published", "Type", "Linked to", "Text", "Status",
            "Status date", "Comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    hrow: dict[str, str] = {}
    hstat: dict[str, str] = {}
    for it in sorted(ITEMS, key=lambda x: x[0]):
        iid, rep, typ, parent, text, status, comment = it
        title, pub = REPORTS[rep]
        ws.append([iid, title, pub, typ, parent or None, text, status,
                   status_date(status, pub), comment or None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        hrow[iid] = f"Portal export!{r}"
        hstat[iid] = status
    for col, w in zip("ABCDEFGHI", (24, 50, 12, 22, 22, 90, 24, 12, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    stable_save(wb, OUT / "hmicfrs.xlsx")

    # Force tracker -----------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Cambridgeshire Constabulary – HMICFRS Recommendations & AFI Tracker"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Organisational Learning Team. Last updated 04/11/2024. Portal IDs as shown on "
               "the HMICFRS monitoring portal."])
    ws.append([])
    ws.append(["Portal ID", "Report", "Recommendation", "Owner", "Status", "Update"])
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    closed_fill = PatternFill("solid", fgColor="D9D9D9")
    seen: set[str] = set()
    open_w, done_w = {"on track", "overdue"}, {"complete", "closed"}
    for si, (heading, rows) in enumerate(SECTIONS):
        if si:
            ws.append([])
        ws.append([heading])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = head_fill
        for (pid, rep, text, owner, status, update, true_id, cat, why) in rows:
            ws.append([pid or None, rep, text, owner, status, update or None])
            r = ws.max_row
            for c in (3, 6):
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            if status == "Closed":
                for c in range(1, 7):
                    ws.cell(r, c).fill = closed_fill
            frow = f"Tracker!{r}"
            # consistency check of the label against the two statuses
            fs = status.lower()
            assert fs in open_w | done_w, status
            if true_id is not None:
                hs = "closed" if hstat[true_id] in ("Completed", "Superseded",
                                                    "No further action required") else "open"
                fdone = fs in done_w
                if cat != "conflict":
                    want = {("open", True): "closeable_submit", ("closed", False):
                            "closeable_local"}.get((hs, fdone), "in_sync")
                    assert cat == want, (pid, cat, want)
                seen.add(true_id)
                truth.append((hrow[true_id], frow, cat, why))
            else:
                assert cat == "not_on_hmicfrs_list"
                truth.append(("", frow, cat, why))
    ws.append([])
    ws.append(["Status: On track / Overdue = open; Complete = force has finished, awaiting "
               "HMICFRS closure; Closed = closed on the portal (grey rows kept for audit)."])
    for col, w in zip("ABCDEF", (30, 18, 70, 28, 12, 60)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    key = wb.create_sheet("Key")
    for line in (["Status", "Meaning"],
                 ["On track", "Work under way and expected to meet the deadline"],
                 ["Overdue", "Past the deadline or unlikely to be delivered (rationale needed)"],
                 ["Complete", "Implemented; evidence with the sign-off lead / submitted"],
                 ["Closed", "Closed by HMICFRS on the monitoring portal"]):
        key.append(line)
    stable_save(wb, OUT / "tracker.xlsx")

    for iid, why in MISSING.items():
        assert iid not in seen and hstat[iid] in ("Awaiting review", "Being progressed")
        truth.append((hrow[iid], "", "missing_from_force", why))
    assert seen | set(MISSING) == set(hrow), set(hrow) - seen - set(MISSING)

    def key_of(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    truth.sort(key=key_of)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)


if __name__ == "__main__":
    build()
