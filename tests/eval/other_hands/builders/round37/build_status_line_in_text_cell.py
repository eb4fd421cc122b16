"""Build the evaluation case `status_line_in_text_cell` (round 37).

Layout: Staffordshire Police keeps its HMICFRS tracker like a document. Each item's cell
holds the recommendation text and, on their own lines inside the same cell (Alt+Enter), the
labelled lines the leads update: "Status: ...", "Lead: ...", "Update (Oct 24): ...", in varying
order and spelling. There is no status column; the other columns are No., Report (short, merged
down each report block, sometimes blank below the merge) and Type. The HMICFRS side is a CSV
register export.

Texts are real HMICFRS wording (Open Government Licence), copied from the casegen text lists
and /work/shared/data; the leads' lines and local actions are written as a force analyst would.

Run:  /work/main/.venv/bin/python build_status_line_in_text_cell.py
Rebuilds the case byte for byte (fixed seed, fixed workbook properties, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20241115
HERE = Path(__file__).resolve().parent
CASE = HERE / "status_line_in_text_cell"
FORCE = "Staffordshire Police"
rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# HMICFRS reports on the force's register
# --------------------------------------------------------------------------------------------
REPORTS = {
    "fa": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
           "licensing in police forces in England and Wales", "15/09/2015"),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           "24/10/2017"),
    "eff17": ("PEEL: Police effectiveness 2017 – Staffordshire Police", "22/03/2018"),
    "cdi": ("Crime data integrity inspection 2019 – Staffordshire Police", "10/09/2019"),
    "pw": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
           "of force", "26/02/2021"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire "
            "Police", "13/05/2022"),
}
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

SF_LEAD_STEM = ("Within twelve months, forces should review their leadership and governance "
                "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEAD_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
BWV_PARTS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]

# key: (report, id, type, text, status, status date)
H = {
    # Targeting the risk (2015), all-forces
    "A1": ("fa", 5101, NAT,
           "Within three months, all chief constables should assess how well the governance of "
           "firearms licensing in his or her force meets the standards set out in Authorised "
           "Professional Practice. Chief constables of forces where the governance standards are "
           "not being complied with should put in place immediately the correct arrangements and "
           "procedures in order to meet the standards in full.", "Complete", "14/03/2017"),
    "A2": ("fa", 5102, NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.",
           "Being progressed", "02/05/2024"),
    "A3": ("fa", 5103, NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.", "Complete", "21/11/2023"),
    "A4": ("fa", 5104, NAT,
           "Within three months, all chief constables should ensure that their arrangements in "
           "respect of the use of temporary permits are in accordance with the Home Office "
           "guidance; that temporary permits are properly recorded without delay on the National "
           "Firearms Licensing Management System; and that effective systems exist to ensure "
           "certificate holders are not permitted, at any time, to remain in unlawful possession "
           "of a firearm.", "Being progressed", "02/05/2024"),
    "A5": ("fa", 5105, NAT,
           "Within three months, all chief constables should ensure that systems designed to "
           "identify, prior to police attendance, whether a reported incident involves or is at "
           "the address of a firearm certificate holder are in place and are always applied by "
           "staff dispatching officers to incidents; and that officers understand the risk "
           "assessment which they should be undertaking in such circumstances, and their power, "
           "when appropriate, to seize firearms and firearm certificates.",
           "Awaiting review", "02/05/2024"),
    # Stolen freedom (2017), all-forces
    "B1": ("sf", 9251, NAT,
           SF_LEAD_STEM + "\n" + "\n".join("• " + b for b in SF_LEAD_BULLETS),
           "Being progressed", "19/06/2024"),
    "B2": ("sf", 9252, NAT,
           "Within six months, forces should have in place active information-sharing agreements "
           "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
           "safeguard victims better and to identify suspects as early as possible",
           "Being progressed", "19/06/2024"),
    "B3": ("sf", 9253, NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts under "
           "compulsion attributable to slavery or exploitation are afforded the protection of "
           "early and continuing consideration of the applicability of the section 45 defence.",
           "Complete", "08/02/2024"),
    "B4": ("sf", 9254, NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them under "
           "the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to "
           "be an adult victim of modern slavery or human trafficking.", "Complete", "30/09/2021"),
    "B5": ("sf", 9255, NAT,
           "Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any gaps "
           "in its crime-recording accuracy for these types of offences.",
           "Being progressed", "19/06/2024"),
    "B6": ("sf", 9256, NAT,
           "Immediately, forces should ensure that allegations or indications of modern slavery "
           "and human trafficking are thoroughly investigated and effectively supervised by teams "
           "and individuals with the skills and experience to undertake them (this should include "
           "the use where appropriate of joint intelligence teams and other means to obtain "
           "intelligence and evidence from agencies overseas).", "Being progressed", "19/06/2024"),
    "B7": ("sf", 9257, NAT,
           "Immediately, forces should review their use of preventative powers under the Modern "
           "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
           "deemed to pose a clear threat to others in respect of modern slavery and human "
           "trafficking offences are exploited.", "Superseded", "08/02/2024"),
    # PEEL effectiveness 2017, force level
    "C1": ("eff17", 9610, COC,
           "The force’s response to missing and absent children is a cause of concern to HMIC. "
           "HMIC found that the assessment of risk for children who go missing from home was "
           "inappropriate in some cases. We found some instances where children were classed as "
           "‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing "
           "children were sometimes incorrectly assessed at a lower grade. Children were "
           "incorrectly graded at a lower level and could have been exposed to an increased risk "
           "of harm.", "Being progressed", "11/01/2024"),
    "C2": ("eff17", 9611, REC,
           "To address this cause of concern, HMIC recommends the force should immediately review "
           "its approach to reports of missing children and take steps to ensure that:\n"
           + "\n".join("• " + b for b in MISSING_BULLETS), "Being progressed", "11/01/2024"),
    "C3": ("eff17", 9612, COC,
           "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
           "which allows an officer discretion to complete a DASH risk assessment in some crimes "
           "and incidents does not provide confidence that risk is always assessed appropriately. "
           "HMIC found that officers are not consistently completing a DASH in circumstances where "
           "force policy requires that they should do so. This means that some victims of "
           "domestic abuse who may be at risk of harm are not being appropriately "
           "risk-assessed.", "Complete", "17/07/2020"),
    "C4": ("eff17", 9613, REC,
           "Immediately, the force should take steps to ensure that there is effective "
           "supervision of the initial risk assessment process, specifically in relation to the "
           "completion of DASH risk assessment in appropriate cases. In cases where a DASH risk "
           "assessment is not completed the officer should record an assessment on the crime "
           "management system.", "Complete", "26/07/2024"),
    "C5": ("eff17", 9614, AFI,
           "The force should improve its understanding of suspects released under investigation "
           "and the management of those released on bail.", "Superseded", "13/05/2022"),
    "C6": ("eff17", 9615, AFI,
           "The force should ensure regular and active supervision of the quality and progress of "
           "investigations. This supervision should be properly recorded.",
           "Being progressed", "11/01/2024"),
    "C7": ("eff17", 9616, AFI,
           "The force should improve its ability to retrieve digital evidence from mobile phones, "
           "computers and other electronic devices quickly enough to ensure investigations are "
           "not delayed.", "Being progressed", "11/01/2024"),
    "C8": ("eff17", 9617, AFI,
           "The force should take steps to understand and address the reason behind why such a "
           "high proportion of victims of domestic abuse do not support the police "
           "investigation.", "Awaiting review", "11/01/2024"),
    "C9": ("eff17", 9618, AFI,
           "Staffordshire Police should consider ways of increasing the use of arrest, ancillary "
           "orders and other available powers, in order to improve the service it provides to "
           "victims of domestic abuse, offer the best possible protection and bring more "
           "perpetrators to justice.", "Complete", "17/07/2020"),
    "C10": ("eff17", 9619, AFI,
            "The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.",
            "Being progressed", "11/01/2024"),
    # Crime data integrity 2019, force level
    "D1": ("cdi", 10412, REC,
           "HMICFRS recommends that the force should immediately:put in place arrangements to "
           "ensure that:\n" + "\n".join("• " + b for b in CDI_BULLETS),
           "Being progressed", "04/04/2024"),
    "D2": ("cdi", 10413, REC,
           "Within three months, the force should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Being progressed", "04/04/2024"),
    "D3": ("cdi", 10414, AFI,
           "The force should make sure it records reports of rape and serious sexual offences "
           "accurately and without delay.", "Complete", "09/12/2022"),
    "D4": ("cdi", 10415, AFI,
           "The force should make sure it records reports of stalking and harassment accurately "
           "and without delay.", "Being progressed", "04/04/2024"),
    "D5": ("cdi", 10416, REC,
           "Within six months the force should revise its approach to cautions, cannabis warning "
           "and penalty notices for disorder to ensure that there is a clear and auditable "
           "explanation to the offender of the implications of receiving the warning and that, "
           "for victim-based crimes, there is a clear and auditable record that views of the "
           "victim are considered prior to their issue.", "Complete", "04/04/2024"),
    "D6": ("cdi", 10417, AFI,
           "The force should make sure officers and staff have the training they need to identify "
           "and respond to modern slavery and human trafficking.", "Being progressed",
           "04/04/2024"),
    # Disproportionate use of police powers (2021), all-forces
    "E1": ("pw", 12890, NAT,
           "By July 2022, forces should ensure that officers and staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management. This should be in addition to existing training on conflict management "
           "and de-escalation.", "Being progressed", "15/08/2024"),
    "E2": ("pw", 12891, NAT,
           "By July 2021, forces should ensure that communication skills are reinforced as part "
           "of the programme of continuing professional development for officers and staff, and "
           "that supervisors are supported to routinely and frequently debrief officers on these "
           "skills using body-worn video footage.", "Being progressed", "15/08/2024"),
    "E3": ("pw", 12892, NAT, "\n".join(BWV_PARTS), "Awaiting review", "15/08/2024"),
    "E4": ("pw", 12893, NAT,
           "By July 2021, forces should ensure they have effective internal monitoring processes "
           "on the use of force, to help them to identify and understand disproportionate use, "
           "explain the reasons and implement any necessary improvement action.",
           "Complete", "15/08/2024"),
    # PEEL 2021/22, force level
    "F0": ("p21", 14120, COC,
           "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
           "Being progressed", "03/09/2024"),
    "F5": ("p21", 14121, REC,
           "Within six months, the force should ensure all staff have received at least the "
           "lowest level of vetting clearance for their roles as quickly as possible, working to "
           "clear both the vetting backlog and new vetting renewals when they become due so that "
           "it complies fully with the national vetting guidelines.",
           "Being progressed", "03/09/2024"),
    "F1": ("p21", 14122, AFI,
           "The force should improve the timeliness of its response to calls for service "
           "involving vulnerable adults.", "Being progressed", "03/09/2024"),
    "F2": ("p21", 14123, AFI,
           "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.",
           "Being progressed", "03/09/2024"),
    "F3": ("p21", 14124, AFI,
           "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.",
           "Being progressed", "03/09/2024"),
    "F4": ("p21", 14125, AFI,
           "The force should improve how it works with partner organisations to safeguard people "
           "at risk from child sexual exploitation.", "Complete", "03/09/2024"),
    "F6": ("p21", 14126, AFI,
           "The force should make sure it consistently uses ancillary orders and other powers to "
           "protect victims of stalking and harassment.", "Being progressed", "03/09/2024"),
    "F7": ("p21", 14127, AFI,
           "The force should improve the way it manages the risk posed by offenders involved in "
           "county lines drug dealing.", "Being progressed", "03/09/2024"),
    "F8": ("p21", 14128, AFI,
           "The force should improve its understanding of the nature and scale of fraud in its "
           "area.", "Awaiting review", "03/09/2024"),
    "F9": ("p21", 14129, AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse.", "Being progressed", "03/09/2024"),
    "F10": ("p21", 14130, AFI,
            "The force should put plans in place to monitor, including through the gathering and "
            "analysis of staff feedback, team cultures and provide prompt remedial action for any "
            "issues it identifies.", "Complete", "03/09/2024"),
    "F11": ("p21", 14131, AFI,
            "The force should make sure it provides a confidential way for staff to raise "
            "concerns and that staff are aware of whistleblowing processes.",
            "Being progressed", "03/09/2024"),
    "F12": ("p21", 14132, AFI,
            "The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.", "Being progressed",
            "03/09/2024"),
    "F13": ("p21", 14133, AFI,
            "The force should undertake further work to gain a fuller understanding of current "
            "demand for its services, and likely future changes in demand. This is so it can make "
            "best use of its resources by matching them to demand to meet the needs of the "
            "public.", "Being progressed", "03/09/2024"),
    "F14": ("p21", 14134, AFI,
            "The force should develop its understanding of the links between its outcomes, "
            "outputs and costs.", "No further action required", "03/09/2024"),
    "F15": ("p21", 14135, AFI,
            "The force should make sure its performance framework gives senior leaders a clear "
            "picture of its response to violence against women and girls.", "Being progressed",
            "03/09/2024"),
    "F16": ("p21", 14136, AFI,
            "The force should evaluate its work to prevent knife crime and share what works "
            "across the force.", "Being progressed", "03/09/2024"),
    "F17": ("p21", 14137, AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "serious and organised crime.", "Complete", "03/09/2024"),
    "F18": ("p21", 14138, AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to honour-based abuse.", "Being progressed", "03/09/2024"),
}

# --------------------------------------------------------------------------------------------
# The force tracker: blocks of rows, each cell = text + labelled lines
# --------------------------------------------------------------------------------------------
# status label forms seen in the file (value goes after)
STATUS_LABELS = ["Status: {}", "STATUS - {}", "Current status: {}", "Status:{}", "Status – {}",
                 "status: {}", "Status : {}"]
LEAD_LABELS = ["Lead: {}", "Lead officer - {}", "Owner: {}", "LEAD: {}", "Lead – {}"]
UPD_LABELS = ["Update ({m}): {u}", "Update {m} - {u}", "Latest update ({m}): {u}",
              "UPDATE {m}: {u}", "Progress ({m}): {u}"]
MONTHS = ["Jul 24", "Aug 24", "Sep 24", "Oct 24", "Nov 24"]
ORDERS = [("s", "l", "u"), ("l", "s", "u"), ("l", "u", "s"), ("u", "s", "l"), ("s", "u", "l")]

OPEN_UPDATES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan and policy rewrite under way.",
    "Action plan agreed at Force Executive Team; next review at Organisational Learning Board.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
]
DONE_UPDATES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; evidence pack held by Organisational Learning.",
    "Already complete. Closure evidence with OPCC for the 56-day response.",
]


def cell_text(text, status=None, lead=None, update=None, *, s_label=None, l_label=None,
              u_label=None, month=None, order=None, gap=None):
    """Recommendation text, then the lead's labelled lines on their own lines."""
    s_label = s_label or rng.choice(STATUS_LABELS)
    l_label = l_label or rng.choice(LEAD_LABELS)
    u_label = u_label or rng.choice(UPD_LABELS)
    month = month or rng.choice(MONTHS)
    order = order or rng.choice(ORDERS)
    gap = rng.random() < 0.4 if gap is None else gap
    parts = {
        "s": s_label.format(status) if status else None,
        "l": l_label.format(lead) if lead else None,
        "u": u_label.format(m=month, u=update) if update else None,
    }
    lines = [parts[k] for k in order if parts[k]]
    return text + ("\n\n" if gap else "\n") + "\n".join(lines)


def abbrev(t):
    for a, b in [("modern slavery and human trafficking", "MSHT"), ("domestic abuse", "DA"),
                 ("stop and search", "S&S"), ("body-worn video", "BWV"),
                 ("College of Policing", "CoP"), ("Authorised Professional Practice", "APP"),
                 ("information-sharing agreements", "ISAs"), ("officers and staff",
                                                                "officers & staff")]:
        t = t.replace(a, b)
    return t


def stripstem(t):
    return t.replace("HMIC recommends the force should immediately ",
                     "The force should immediately ").replace(
        "HMICFRS recommends that the force should immediately:",
        "The force should immediately ")


# Force row spec: dict(no, type, cell, key (HMICFRS key or None), cat, why)
BLOCKS: list[tuple[str, list[dict]]] = []
R = []  # running list for the current block


def row(no, typ, cell, key, cat, why):
    R.append(dict(no=no, type=typ, cell=cell, key=key, cat=cat, why=why))


def H_text(k):
    return H[k][3]


# ---- Core Business 2014 (not on the HMICFRS list any more) ----
R = []
row(1, "Nat rec", cell_text(
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed.", "In progress", "Head of Corporate Development",
    "Crime prevention tactics log being built into Niche; evaluation framework with Analysis.",
    order=("s", "l", "u"), s_label="Status: {}"),
    None, "not_on_hmicfrs_list",
    "Core Business 2014 national rec still tracked by the force (Status: In progress) but not "
    "on the HMICFRS register export; query with HMICFRS.")
BLOCKS.append(("Core Business 2014", R))

# ---- Firearms 2015 ----
R = []
row(2, "Nat rec", cell_text(H_text("A1"), "Complete", "Supt Firearms Licensing",
                            "APP governance self-assessment signed off at FLB.",
                            s_label="Status: {}"),
    "A1", "in_sync", "HMICFRS Complete; cell Status: Complete -> closed on both sides.")
row(3, "Nat rec", cell_text(
    H_text("A2"), "In progress", "Supt Firearms Licensing",
    "Demand review complete; business case for 2 additional FEOs with Finance, decision due "
    "Jan 25.", s_label="STATUS - {}", u_label="Update ({m}): {u}", month="Oct 24",
    order=("u", "s", "l")),
    "A2", "in_sync",
    "TRAP: update line says the demand review is complete, but the STATUS line says In progress "
    "-> force open; HMICFRS Being progressed -> open on both.")
row(4, "Nat rec", cell_text(
    H_text("A3").replace("‘total expired’", "'total expired'"), None, "Firearms Licensing Manager",
    "Weekly report of total expired records now run by the licensing team.",
    order=("l", "u"), month="Sep 24"),
    "A3", "closeable_local",
    "No status line in the cell: open by default (sheet note); HMICFRS Complete -> close the "
    "force's own entry.")
row(5, "Nat rec", cell_text(H_text("A4"), "Completed", "Supt Firearms Licensing",
                            "Temporary permits audit done; NFLMS entries reconciled.",
                            s_label="Status: {}"),
    "A4", "closeable_submit", "Status: Completed; HMICFRS Being progressed -> submit for closure.")
BLOCKS.append(("Firearms licensing 2015", R))
# A5 not in the tracker.

# ---- Stolen Freedom (MSHT) 2017 ----
R = []
for i, (sub, lbl, val) in enumerate(zip("abcd", ["Status: {}", "STATUS - {}", "Status:{}",
                                                    "Current status: {}"],
                                          ["Complete", "Complete", "Completed",
                                           "Complete (signed off 12/09/24)"])):
    txt = abbrev(SF_LEAD_STEM) + "\n• " + abbrev(SF_LEAD_BULLETS[i])
    row(f"6{sub}", "Nat rec", cell_text(txt, val, "Det Ch Supt Force CID",
                                        rng.choice(DONE_UPDATES), s_label=lbl),
        "B1", "closeable_submit",
        f"Split row: bullet {i + 1} of 4 of the MSHT leadership rec, status line says done; all "
        "four bullet rows done; HMICFRS Being progressed -> submit for closure.")
row(7, "Nat rec", cell_text(
    "Within twelve months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
    "identify suspects as early as possible.", "In progress", "Head of Intelligence",
    "ISA with Stoke-on-Trent City Council signed; county council ISA in draft.",
    s_label="Status: {}"),
    "B2", "conflict",
    "Timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' (both open).")
row(8, "Nat rec", cell_text(abbrev(H_text("B3")), "Open", "Head of Criminal Justice",
                            rng.choice(OPEN_UPDATES), s_label="Current status: {}"),
    "B3", "closeable_local", "Current status: Open; HMICFRS Complete -> close locally.")
row(9, "Nat rec", cell_text(abbrev(H_text("B4")), "COMPLETE", "Det Ch Supt Force CID",
                            rng.choice(DONE_UPDATES), s_label="STATUS - {}"),
    "B4", "in_sync", "STATUS - COMPLETE; HMICFRS Complete -> closed on both.")
row(10, "Nat rec", cell_text(
    abbrev(H_text("B5")), "Awaiting sign-off", "Force Crime Registrar",
    "MSHT NCRS audit completed by FCR; evidence with DCC for sign-off.",
    s_label="Position: {}", order=("l", "s", "u")),
    "B5", "closeable_submit",
    "Position: Awaiting sign-off = lead has declared complete (sheet note); HMICFRS Being "
    "progressed -> submit.")
row(11, "Nat rec", cell_text(abbrev(H_text("B6")), "In progress", "Det Ch Supt Force CID",
                             rng.choice(OPEN_UPDATES), s_label="Status: {}"),
    "B6", "in_sync", "Status: In progress; HMICFRS Being progressed -> open on both.")
row(12, "Nat rec", cell_text(abbrev(H_text("B7")), "Ongoing", "Head of Criminal Justice",
                             "STRO/STPO usage reviewed quarterly at MSHT tactical meeting.",
                             s_label="STATUS - {}", order=("s", "l", "u")),
    "B7", "closeable_local", "STATUS - Ongoing; HMICFRS Superseded (closed) -> close locally.")
BLOCKS.append(("Stolen Freedom (MSHT) 2017", R))

# ---- PEEL Legitimacy 2017 national (not on the HMICFRS list) ----
R = []
row(13, "Nat rec", cell_text(
    "By July 2018, and ongoing following that date, forces should ensure that all officers who "
    "use stop and search powers have been provided with, and understand, training on "
    "unconscious bias and College of Policing APP on stop and search.", "Complete",
    "Head of Learning & Development", "Unconscious bias module in the S&S refresher since 2019.",
    s_label="Status: {}"),
    None, "not_on_hmicfrs_list",
    "PEEL Legitimacy 2017 national rec tracked by the force as Complete; not on the HMICFRS "
    "export -> query with HMICFRS.")
BLOCKS.append(("PEEL Legit 17 S&S", R))

# ---- PEEL Eff 17 ----
R = []
row(14, "CoC", cell_text(H_text("C1"), "In progress", "Ch Supt Public Protection",
                         rng.choice(OPEN_UPDATES), s_label="Status: {}"),
    "C1", "in_sync", "Status: In progress; HMICFRS Being progressed -> open on both.")
row(15, "Rec", cell_text(
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• " + MISSING_BULLETS[0] + "\n"
    "• " + MISSING_BULLETS[1].replace("; and", "."),
    "In progress", "Ch Supt Public Protection",
    "Missing from home training for call takers delivered Q2.", s_label="Current status: {}"),
    "C2", "conflict",
    "Missing bullet: the tracker copies only the first two of the three bullets (supervisors' "
    "oversight of missing person enquiries dropped); both open.")
row(16, "Cause for Concern", cell_text(H_text("C3").replace("force's", "forces"), "Complete",
                                       "Ch Supt Public Protection", rng.choice(DONE_UPDATES),
                                       s_label="status: {}"),
    "C3", "in_sync", "status: Complete; HMICFRS Complete -> closed on both.")
row(17, "Rec", cell_text(
    H_text("C4"), "In progress", "Ch Supt Public Protection",
    "DASH completion rate now 96%; supervisor review audit complete, 2nd audit due Jan 25.",
    s_label="Status: {}", u_label="Update ({m}): {u}", month="Sep 24", order=("u", "l", "s")),
    "C4", "closeable_local",
    "TRAP: text says 'completion/not completed', update says an audit is 'complete', but Status: "
    "In progress -> force open; HMICFRS Complete -> close locally.")
row(18, "AFI", cell_text(H_text("C5"), "Closed – superseded by PEEL 21/22", "Head of Criminal "
                                                                             "Justice", None,
                         s_label="Status: {}"),
    "C5", "in_sync", "Status: Closed (superseded); HMICFRS Superseded -> closed on both.")
row(19, "AFI", cell_text(
    H_text("C7"), "Green", "Head of Digital Forensics", "Completed. Evidence submitted to HMICFRS "
    "for closure.", order=("s", "l", "u"), s_label="RAG: {}"),
    "C7", "closeable_submit",
    "'RAG: Green' line with 'Completed. Evidence submitted' update -> force done; HMICFRS Being "
    "progressed -> submit.")
row(20, "AFI", cell_text(H_text("C8"), None, "Ch Supt Public Protection",
                         "Victim survey analysis commissioned from the OPCC.",
                         order=("l", "u")),
    "C8", "in_sync", "No status line -> open by default; HMICFRS Awaiting review -> open on both.")
row(21, "Area for Improvement", cell_text(
    H_text("C9").replace("Staffordshire Police should", "The force should"), "Complete",
    "Ch Supt Public Protection", rng.choice(DONE_UPDATES), s_label="STATUS - {}"),
    "C9", "in_sync", "STATUS - Complete; HMICFRS Complete -> closed on both.")
row(22, "AFI", cell_text(H_text("C10"), "Amber", "Head of Criminal Justice",
                         rng.choice(OPEN_UPDATES), s_label="Current status: {}"),
    "C10", "in_sync", "Current status: Amber -> open; HMICFRS Being progressed -> open on both.")
BLOCKS.append(("PEEL Eff 17", R))
# C6 is filed under PEEL 21/22 below.

# ---- CDI 2019 ----
R = []
row(23, "Rec", cell_text(stripstem(H_text("D1")), "In progress", "Force Crime Registrar",
                         "Online crime triage live since June; victims-believed audit Q4.",
                         s_label="Status – {}", gap=True),
    "D1", "in_sync",
    "Five bullet lines inside the cell before the labelled lines; Status – In progress; HMICFRS "
    "Being progressed -> open on both.")
row(24, "Rec", cell_text(H_text("D2"), "Implemented", "Supt Contact Centre",
                         "THRIVE+ criteria in the contact centre since Feb 24.",
                         s_label="Status - {}"),
    "D2", "closeable_submit", "Status - Implemented; HMICFRS Being progressed -> submit.")
row(25, "AFI", cell_text(H_text("D3"), "Complete", "Force Crime Registrar",
                         rng.choice(DONE_UPDATES), s_label="Status: {}"),
    "D3", "in_sync", "Status: Complete; HMICFRS Complete -> closed on both.")
row(26, "Local action", cell_text(
    "Force action - Dip-sample 50 rape and serious sexual offences crime reports each quarter "
    "and report findings to the Crime Standards Board", "Complete", "Force Crime Registrar",
    "Q1-Q4 dip samples done, now business as usual.", s_label="Status: {}"),
    None, "not_on_hmicfrs_list", "The force's own local action (Type 'Local action').")
row(27, "Rec", cell_text(H_text("D5"), "In progress", "Head of Criminal Justice",
                         "Out of court disposals policy rewritten; victim-views field added "
                         "to Niche, go-live Dec 24.", s_label="STATUS - {}"),
    "D5", "closeable_local", "STATUS - In progress; HMICFRS Complete -> close locally.")
row(28, "AFI", cell_text(abbrev(H_text("D6")), "Open", "Head of Learning & Development",
                         rng.choice(OPEN_UPDATES), s_label="Status: {}"),
    "D6", "in_sync", "Status: Open; HMICFRS Being progressed -> open on both.")
BLOCKS.append(("CDI 2019", R))
# D4 not in the tracker.

# ---- Police powers (Feb 21) ----
R = []
row(29, "Nat rec", cell_text(H_text("E1"), "Complete", "Head of Learning & Development",
                             "Conflict management & communication input in OST since Apr 22.",
                             s_label="Status: {}"),
    "E1", "closeable_submit", "Status: Complete; HMICFRS Being progressed -> submit.")
row(30, "Nat rec", cell_text(abbrev(H_text("E2")), "Open", "Head of Learning & Development",
                             rng.choice(OPEN_UPDATES), s_label="Current status: {}"),
    "E2", "in_sync", "Current status: Open; HMICFRS Being progressed -> open on both.")
row(31, "Nat rec", cell_text(abbrev(H_text("E3")), "Completed", "ACC Local Policing",
                             "BWV review process and scrutiny panel access in place.",
                             s_label="Status: {}", order=("l", "s", "u")),
    "E3", "closeable_submit",
    "Three recommendation lines, then Status: Completed; HMICFRS Awaiting review -> submit.")
row(32, "Nat rec", cell_text(
    H_text("E4"), "Amber", "ACC Local Policing", "Use of force dashboard in build.",
    order=("s", "l", "u"), s_label="RAG status: {}"),
    "E4", "closeable_local", "RAG status: Amber -> open; HMICFRS Complete -> close locally.")
row(33, "Local action", cell_text(
    "Local action: Add stop and search and use of force measures to the monthly Force "
    "Performance pack", None, "Head of Corporate Development", None, order=("l",)),
    None, "not_on_hmicfrs_list", "The force's own local action; no status line (open).")
BLOCKS.append(("Police powers (Feb 21)", R))

# ---- PEEL 21/22 ----
R = []
row(34, "CoC", cell_text(H_text("F0"), "In progress", "Head of Professional Standards",
                         "Vetting backlog down from 1,140 to 410.", s_label="Status: {}"),
    "F0", "in_sync", "Status: In progress; HMICFRS Being progressed -> open on both.")
row(35, "AFI", cell_text(H_text("F5"), "In progress", "Head of Professional Standards",
                         "Vetting renewals plan agreed; 3 temporary vetting officers in post.",
                         s_label="STATUS - {}"),
    "F5", "conflict",
    "Type differs: HMICFRS Recommendation (accompanying the vetting cause of concern), tracker "
    "Type 'AFI'; both open.")
row(36, "AFI", cell_text(H_text("F1"), "In progress", "Supt Contact Centre",
                         rng.choice(OPEN_UPDATES), s_label="Status: {}"),
    "F1", "in_sync", "Status: In progress; HMICFRS Being progressed -> open on both.")
row(37, "AFI", cell_text(abbrev(H_text("F2")), "Complete", "Ch Supt Public Protection",
                         "Victim contact contracts in Niche; VCOP compliance 92%.",
                         s_label="STATUS – {}"),
    "F2", "closeable_submit", "STATUS – Complete; HMICFRS Being progressed -> submit.")
row(38, "AFI", cell_text(H_text("F3"), None, "Det Ch Supt Force CID",
                         "RASSO investigation teams restructured under Op Soteria.",
                         order=("u", "l")),
    "F3", "in_sync", "No status line -> open by default; HMICFRS Being progressed -> open on both.")
row(39, "AFI", cell_text(
    H_text("F4"), "Open", "Ch Supt Public Protection",
    "Joint CSE training with both local authorities completed in July; multi-agency audit "
    "outstanding.", s_label="Current status: {}", u_label="Update ({m}): {u}", month="Aug 24"),
    "F4", "closeable_local",
    "TRAP: update says joint training 'completed', Current status: Open -> force open; HMICFRS "
    "Complete -> close locally.")
row(40, "AFI", cell_text(H_text("F6"), "Awaiting sign-off", "Ch Supt Public Protection",
                         "SPO/NHO usage doubled; evidence with DCC.", s_label="Position: {}"),
    "F6", "closeable_submit", "Position: Awaiting sign-off -> force done; HMICFRS Being "
    "progressed -> submit.")
row(41, "AFI", cell_text(H_text("F7"), "Open", "Det Ch Supt Force CID",
                         rng.choice(OPEN_UPDATES), s_label="Status: {}"),
    "F7", "in_sync", "Status: Open; HMICFRS Being progressed -> open on both.")
row(42, "AFI", cell_text(H_text("F8"), "Not started", "Head of Economic Crime", None,
                         s_label="Status: {}"),
    "F8", "in_sync", "Status: Not started; HMICFRS Awaiting review -> open on both.")
row(43, "AFI", cell_text(H_text("F10"), "Completed", "Director of People",
                         rng.choice(DONE_UPDATES), s_label="Status: {}"),
    "F10", "in_sync", "Status: Completed; HMICFRS Complete -> closed on both.")
row(44, "AFI", cell_text(
    H_text("F11"), "Amber", "Head of Professional Standards", "Ready to move to GREEN status.",
    s_label="RAG: {}", u_label="Update ({m}): {u}", month="Nov 24", order=("s", "l", "u")),
    "F11", "in_sync",
    "TRAP: update says 'Ready to move to GREEN status' but the RAG line is Amber -> open; "
    "HMICFRS Being progressed -> open on both.")
row(45, "AFI", cell_text(H_text("F12"), "Complete (signed off by DCC 03/10/2024)",
                         "Director of People", "Workforce diversity dashboard live.",
                         s_label="Status: {}"),
    "F12", "closeable_submit", "Status: Complete (signed off); HMICFRS Being progressed -> "
    "submit.")
row(46, "AFI", cell_text(H_text("F13"), "In progress", "Head of Corporate Development",
                         "FMS 2025 demand modelling under way.", s_label="Status : {}"),
    "F13", "in_sync", "Status : In progress; HMICFRS Being progressed -> open on both.")
row(47, "AFI", cell_text(H_text("F14"), None, "Director of Finance",
                         "Activity-based costing pilot with Finance.", order=("l", "u")),
    "F14", "closeable_local",
    "No status line -> open by default; HMICFRS No further action required (closed) -> close "
    "locally.")
row(48, "AFI", cell_text(abbrev(H_text("F15")), "Ongoing", "ACC Crime",
                         rng.choice(OPEN_UPDATES), s_label="Current position: {}"),
    "F15", "in_sync", "Current position: Ongoing; HMICFRS Being progressed -> open on both.")
row(49, "AFI", cell_text(
    H_text("F16"), "In progress", "Supt Neighbourhood Policing",
    "Evaluation of Op Sceptre week of action complete; force-wide learning event planned Feb 25.",
    s_label="STATUS - {}", u_label="Update ({m}): {u}", month="Nov 24", order=("u", "s", "l")),
    "F16", "in_sync",
    "TRAP: update says an evaluation is 'complete', STATUS - In progress -> open; HMICFRS Being "
    "progressed -> open on both.")
row(50, "AFI", cell_text(H_text("F17"), "Closed", "Head of Intelligence",
                         rng.choice(DONE_UPDATES), s_label="Status: {}"),
    "F17", "in_sync", "Status: Closed; HMICFRS Complete -> closed on both.")
row(51, "AFI", cell_text(H_text("C6").replace("supervision", "supervison", 1), "In progress",
                         "Det Ch Supt Force CID", "Investigation standards dip-sampling monthly.",
                         s_label="Status: {}"),
    "C6", "conflict",
    "Report differs: HMICFRS has it under PEEL effectiveness 2017, the tracker files it in the "
    "PEEL 21/22 block (carried forward); both open.")
# below the merged PEEL 21/22 report cell: report left blank
MERGE_F = len(R)
row(52, "AFI", cell_text(H_text("F18"), "Complete", "Ch Supt Public Protection",
                         "HBA/FM e-learning completion 94%.", s_label="Status:{}"),
    "F18", "closeable_submit",
    "Report cell blank below the merged PEEL 21/22 block; Status:Complete; HMICFRS Being "
    "progressed -> submit.")
row(53, "Local action", cell_text(
    "Task & Finish group to review the stalking and harassment policy and report to the Force "
    "Executive Team", "In progress", "Ch Supt Public Protection", "Draft policy out to "
    "consultation.", s_label="STATUS - {}"),
    None, "not_on_hmicfrs_list",
    "The force's own local action, Report cell blank below the merged PEEL 21/22 block.")
BLOCKS.append(("PEEL 21/22", R))
# F9 not in the tracker.

MISSING = {
    "A5": "Firearms 2015 rec on firearm-holder addresses at dispatch: no row in the tracker.",
    "D4": "CDI 2019 AFI on recording stalking and harassment: not in the tracker (the similar "
          "RASSO recording AFI is, row 25).",
    "F9": "PEEL 21/22 AFI on online child sexual abuse capacity: no row in the tracker.",
}

# --------------------------------------------------------------------------------------------
# write the HMICFRS CSV
# --------------------------------------------------------------------------------------------
CASE.mkdir(parents=True, exist_ok=True)
order_keys = sorted(H, key=lambda k: H[k][1])
hm_row = {}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status last updated"])
for i, k in enumerate(order_keys):
    rep, rid, typ, text, status, sdate = H[k]
    title, pub = REPORTS[rep]
    w.writerow([rid, FORCE, title, pub, typ, text, status, sdate])
    hm_row[k] = f"hmicfrs.csv!{i + 2}"
(CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

# --------------------------------------------------------------------------------------------
# write the force tracker
# --------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Tracker"
bold = Font(bold=True)
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
wrap_top = Alignment(wrap_text=True, vertical="top")
ws["A1"] = "Staffordshire Police – HMICFRS Recommendations, AFIs & Causes of Concern Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Strategic Planning & Performance – Organisational Learning.  Last updated: "
            "15/11/2024.  Report to Joint Audit Committee December 2024.")
ws["A3"] = ("How to read this sheet: each cell holds the HMICFRS wording followed by the lead's "
            "lines (Status / Lead / Update). Where no status line has been added the item is "
            "OPEN. 'Awaiting sign-off' = the lead has declared the item complete and the evidence "
            "is with the DCC for sign-off before submission to HMICFRS. Closed items stay on the "
            "sheet until HMICFRS confirms closure.")
ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells("A3:D3")
ws.row_dimensions[3].height = 48
HEADER_ROW = 5
for c, h in enumerate(["No.", "Report", "Type",
                       "Recommendation / AFI  (Status, Lead and latest Update on the lines "
                       "below the text)"], start=1):
    cell = ws.cell(HEADER_ROW, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = head_fill
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = box
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 110
ws.freeze_panes = "A6"

force_row_of = []  # (row id, spec)
r = HEADER_ROW + 1
for name, rows in BLOCKS:
    start = r
    for spec in rows:
        ws.cell(r, 1, spec["no"])
        ws.cell(r, 3, spec["type"])
        ws.cell(r, 4, spec["cell"])
        for c in range(1, 5):
            ws.cell(r, c).alignment = wrap_top
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 15 * (spec["cell"].count("\n") + 1
                                            + len(spec["cell"]) // 140)
        force_row_of.append((f"Tracker!{r}", spec))
        r += 1
    ws.cell(start, 2, name)
    ws.cell(start, 2).font = bold
    ws.cell(start, 2).alignment = wrap_top
    end = r - 1
    if name == "PEEL 21/22":
        end = start + MERGE_F - 1  # the last rows were added below the merge, Report left blank
    if end > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
LAST_ITEM_ROW = r - 1
ws.cell(r + 1, 1, "Key: Status Complete / Completed / Closed / Implemented / Awaiting sign-off / "
                  "RAG Green = done. In progress / Open / Ongoing / Not started / RAG Amber or "
                  "Red = open. No status line = open.")
ws.cell(r + 1, 1).font = Font(italic=True)

wb.properties.creator = "Organisational Learning"
wb.properties.created = dt.datetime(2024, 11, 15, 9, 0, 0)
wb.properties.modified = dt.datetime(2024, 11, 15, 9, 0, 0)
raw = io.BytesIO()
wb.save(raw)
# re-zip with fixed timestamps so the file rebuilds byte for byte
out = io.BytesIO()
with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 15, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now()
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-11-15T09:00:00Z\g<2>", data)
        zout.writestr(zi, data)
(CASE / "tracker.xlsx").write_bytes(out.getvalue())

# --------------------------------------------------------------------------------------------
# truth
# --------------------------------------------------------------------------------------------
lines = []
seen = set()
for rid, spec in force_row_of:
    hk = spec["key"]
    lines.append((hm_row[hk] if hk else "", rid, spec["cat"], spec["why"]))
    if hk:
        seen.add(hk)
for k in order_keys:
    if k not in seen:
        assert k in MISSING, k
        lines.append((hm_row[k], "", "missing_from_force", MISSING[k]))
assert set(MISSING) == set(H) - seen


def sort_key(t):
    hr = int(t[0].split("!")[1]) if t[0] else 10_000
    fr = int(t[1].split("!")[1]) if t[1] else 10_000
    return (hr, fr)


lines.sort(key=sort_key)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(lines)
(CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

# --------------------------------------------------------------------------------------------
# README (written with the case so the whole folder rebuilds)
# --------------------------------------------------------------------------------------------
README = """# Case `status_line_in_text_cell` (round 37)

Built by `../build_status_line_in_text_cell.py` (seed `20241115`; rebuilds all four files byte
for byte: fixed workbook properties and zip timestamps). Force: Staffordshire Police (fictional
register ids and some inferred publication dates; all recommendation texts are real HMICFRS
wording, OGL).

## Files
- `hmicfrs.csv`: HMICFRS register export, UTF-8 with BOM, CRLF, header on row 1, 51 items on
  rows 2-52 (multi-line texts are quoted fields; one record = one Excel row). Columns:
  `Recommendation ID` (plain register integer), `Force`, `Report title`, `Publication date`
  (dd/mm/yyyy), `Type` (National recommendation / Recommendation / Area for improvement / Cause
  of concern), `Recommendation`, `Status` (Awaiting review, Being progressed = open; Complete,
  Superseded, No further action required = closed), `Status last updated`.
  Six reports: Targeting the risk 2015 (5), Stolen freedom 2017 (7), PEEL effectiveness 2017
  (10), Crime data integrity 2019 (6), Disproportionate use of police powers 2021 (4), PEEL
  2021/22 (19).
- `tracker.xlsx`, sheet `Tracker`: rows 1-3 title, owner/date line, a "how to read" note
  (merged A3:D3): "Where no status line has been added the item is OPEN. 'Awaiting sign-off' =
  the lead has declared the item complete ..."; row 4 blank; row 5 header `No. | Report | Type |
  Recommendation / AFI (Status, Lead and latest Update on the lines below the text)`; 56 item
  rows 6-61; row 62 blank; row 63 a status key (not an item). No status, owner, date or
  reference column: each column-D cell is the recommendation text, optionally a blank line, then
  Alt+Enter lines `Status…`, `Lead…`, `Update (Mon yy)…` in varying order. `Report` is a short
  name written once per block and merged down (B7:B10, B11:B20, B22:B30, B31:B36, B37:B41,
  B42:B59); single-row blocks (rows 6, 21) are unmerged; rows 60-61 were added below the PEEL
  21/22 merge and their Report cell is blank (they belong to PEEL 21/22). `No.` is the force's
  running number (1-53, split rows 6a-6d), never an HMICFRS reference.
- `truth.csv`: 59 lines.

## How the truth reads a force status
Only the labelled status line decides: Status / STATUS - / Status: / Status – / status: /
Status : / Current status: / Position: / Current position: / RAG: / RAG status:.
Done = Complete, Completed, COMPLETE, Complete (signed off …), Closed, Closed – superseded …,
Implemented, Awaiting sign-off (sheet note: lead has declared it complete), RAG Green.
Open = In progress, Open, Ongoing, Not started, RAG Amber, and no status line at all (sheet
note). The Update/Progress line never decides, even when it says "complete".

## Traps
1. Status inside the text cell, labels and order vary; the status line is first, middle or last.
2. Update line says something is complete while the status line says open: rows 8 (A2,
   in_sync), 25 (C4: text also says "completion"/"not completed"; HMICFRS Complete ->
   closeable_local), 47 (F4, "training completed", Current status: Open -> closeable_local),
   57 (F16, in_sync); row 52: update "Ready to move to GREEN status" but RAG: Amber -> open.
3. No status line = open: rows 9 (A3, HMICFRS Complete -> closeable_local), 28 (C8, in_sync),
   46 (F3, in_sync), 55 (F14, HMICFRS No further action required -> closeable_local), 41 (local).
4. "Position: Awaiting sign-off" = done: rows 18 (B5), 48 (F6) -> closeable_submit.
5. Multi-line recommendation text before the labelled lines: row 31 (CDI, 5 bullets; in_sync),
   row 39 (BWV, three lines; closeable_submit), rows 23, 11-14.
6. Split recommendation: HMICFRS 9251 (MSHT leadership, 4 bullets) = tracker rows 11-14 (6a-6d),
   one bullet each, every one done -> 4 lines closeable_submit, same hmicfrs_row.
7. Conflicts (all open on both sides): row 15 "Within twelve months" vs HMICFRS "Within six
   months" (9252); row 23 drops the third bullet (supervisors' oversight) of 9611; row 59 is
   PEEL effectiveness 2017 AFI 9615 filed in the PEEL 21/22 block (report differs; also typo
   "supervison"); row 43 Type "AFI" vs HMICFRS Recommendation (14121, vetting).
8. Missing from force: 5105 (firearms dispatch checks), 10415 (CDI stalking recording; the
   near-identical RASSO recording AFI 10414 is in the tracker at row 33), 14129 (online CSA).
9. Not on HMICFRS list: row 6 (Core Business 2014 national rec), row 21 (PEEL legitimacy 2017
   unconscious bias rec), local actions rows 34, 41, 61 (Type "Local action"; 61 sits under the
   blank Report cell below the PEEL 21/22 merge, as does matched row 60).
10. Cosmetic, not conflicts: abbreviations (MSHT, DA, S&S, BWV, CoP, APP, ISAs, "officers &
   staff"), stems dropped ("HMICFRS recommends that", "Staffordshire Police should" -> "The force
   should"), straight vs curly quotes, stray footnote "86" only on the HMICFRS side, type
   spellings "Nat rec", "CoC", "Cause for Concern", "Area for Improvement".

## Counts (truth lines)
in_sync 25 · closeable_submit 14 (11 items; 4 lines are the split) · closeable_local 8 ·
conflict 4 · missing_from_force 3 · not_on_hmicfrs_list 5 · total 59.
Closed on one side only: 19 of 51 HMICFRS items.
"""
(CASE / "README.md").write_text(README, encoding="utf-8")

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(H), " force item rows:", len(force_row_of),
          " truth lines:", len(lines), " last item row:", LAST_ITEM_ROW)
    print(Counter(x[2] for x in lines))
