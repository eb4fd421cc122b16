"""Build the evaluation case `rag_section_headings` (round 37).

Layout under test: a force tracker prepared for a Joint Audit Committee in which the items are
grouped under merged section-heading rows ("RED – off track", "AMBER – in progress, risks",
"GREEN – on track", "BLUE – complete, awaiting HMICFRS closure").  There is no status column:
an item's force status is the section it sits under.  The HMICFRS side is a register export
(CSV) of 51 items across 6 reports.

Texts: HMICFRS wording is real (reconcile/casegen/texts and /work/shared/data); the force's
rewordings, updates and local actions are written here as a force analyst would write them.

Run: /work/main/.venv/bin/python build_rag_section_headings.py
The output is byte-for-byte reproducible (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # write nothing under /work/main
from pathlib import Path

import importlib.util  # noqa: E402

# Load only the real text lists (reconcile/casegen/texts) as a standalone package, without
# importing the reconcile package itself.
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location("casegen_texts", _TEXTS / "__init__.py",
                                               submodule_search_locations=[str(_TEXTS)])
_texts = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _texts
_spec.loader.exec_module(_texts)
BWV_2021, CAUSES, CDI_VICTIMS_BODY = _texts.BWV_2021, _texts.CAUSES, _texts.CDI_VICTIMS_BODY
FIREARMS, MSHT_NRM, NATIONAL = _texts.FIREARMS, _texts.MSHT_NRM, _texts.NATIONAL
SAS_MONITORING_2017, SF_LEADERSHIP = _texts.SAS_MONITORING_2017, _texts.SF_LEADERSHIP

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

SEED = 37_2024_11
rng = random.Random(SEED)

CASE = "rag_section_headings"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
OUT.mkdir(exist_ok=True)

FORCE = "Cumbria Constabulary"
SHEET = "JAC Nov 24"
HM_FILE = "hmicfrs.csv"

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items
# --------------------------------------------------------------------------------------------
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

REPORTS = {
    "A": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "B": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          dt.date(2017, 10, 24)),
    "C": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "D": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "E": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
          "of force", dt.date(2021, 2, 26)),
    "F": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 13)),
}

fa = NATIONAL["firearms"][2]
sf = NATIONAL["stolen"][2]
lg = NATIONAL["leg17"][2]
pw = NATIONAL["powers"][2]
assert fa[1][1] == FIREARMS and sf[0][1] == SF_LEADERSHIP and sf[3][1] == MSHT_NRM
assert lg[1][1] == SAS_MONITORING_2017 and pw[2][1] == BWV_2021

CAPACITY_COC = CAUSES[2].replace("{force}", FORCE)
assert CAPACITY_COC.startswith("The force does not have the capacity")

# key: (id, report, type, text, HMICFRS status)
HM: dict[str, tuple[int, str, str, str, str]] = {
    "A1": (5131, "A", NAT, fa[0][1], "Complete"),
    "A2": (5132, "A", NAT, fa[1][1], "Complete"),
    "A3": (5133, "A", NAT, fa[2][1], "Complete"),
    "A4": (5134, "A", NAT, fa[3][1], "Being progressed"),
    "A5": (5135, "A", NAT, fa[4][1], "Complete"),
    "B1": (8612, "B", NAT, sf[0][1], "Being progressed"),
    "B2": (8613, "B", NAT, sf[1][1], "Complete"),
    "B3": (8614, "B", NAT, sf[2][1], "Being progressed"),
    "B4": (8615, "B", NAT, sf[3][1], "Complete"),
    "B5": (8616, "B", NAT, sf[4][1], "Being progressed"),
    "B6": (8617, "B", NAT, sf[5][1], "Superseded"),
    "B7": (8618, "B", NAT, sf[6][1], "Being progressed"),
    "C1": (8541, "C", COC, lg[0][1], "Complete"),
    "C2": (8542, "C", NAT, lg[1][1], "Being progressed"),
    "C3": (8543, "C", NAT, lg[2][1], "Being progressed"),
    "C4": (8544, "C", NAT, lg[3][1], "Complete"),
    "C5": (8545, "C", NAT, lg[4][1], "Being progressed"),
    "D1": (10231, "D", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
           "Being progressed"),
    "D2": (10232, "D", REC, "Within six months the force should provide call-handlers with "
           "specific, sound and comprehensible criteria against which they can assess threat, "
           "harm and risk.", "Complete"),
    "D3": (10233, "D", AFI, "The force should improve its use of its crime-recording and "
           "management system to better manage its case files and investigative processes.",
           "Being progressed"),
    "D4": (10234, "D", AFI, "The force should revise its approach to cautions, cannabis warning "
           "and penalty notices for disorder to ensure that there is a clear and auditable "
           "explanation to the offender of the implications of receiving the warning and that, "
           "for victim-based crimes, there is a clear and auditable record that views of the "
           "victim are considered prior to their issue.", "Being progressed"),
    "D5": (10235, "D", AFI, "The force should put in place arrangements to scrutinise audits of "
           "compliance with the APP on information management through the force information "
           "management governance structure.", "No further action required"),
    "D6": (10236, "D", AFI, "The force should make sure it records reports of stalking and "
           "harassment accurately and without delay.", "Being progressed"),
    "D7": (10237, "D", AFI, "The force should make sure it records reports of rape and serious "
           "sexual offences accurately and without delay.", "Complete"),
    "E1": (11408, "E", NAT, pw[0][1], "Being progressed"),
    "E2": (11409, "E", NAT, pw[1][1], "Being progressed"),
    "E3": (11410, "E", NAT, pw[2][1], "Being progressed"),
    "E4": (11411, "E", NAT, pw[3][1], "No further action required"),
    "E5": (11412, "E", NAT, pw[4][1], "Being progressed"),
    "F1": (12604, "F", COC, CAPACITY_COC, "Being progressed"),
    "F2": (12605, "F", REC, "Within six months the force should ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision should "
           "be properly recorded.", "Being progressed"),
    "F3": (12606, "F", REC, "Within six months the force should improve its ability to retrieve "
           "digital evidence from mobile phones, computers and other electronic devices quickly "
           "enough to ensure investigations are not delayed.", "Complete"),
    "F4": (12607, "F", AFI, "The force should improve its understanding of suspects released "
           "under investigation and the management of those released on bail.",
           "Being progressed"),
    "F5": (12608, "F", AFI, "The force should improve its understanding of the nature and scale "
           "of county lines drug dealing in its area.", "Being progressed"),
    "F6": (12609, "F", AFI, "The force should make sure investigations of domestic abuse are "
           "allocated to officers with the right skills and are effectively supervised.",
           "Being progressed"),
    "F7": (12610, "F", AFI, "The force should improve how it works with partner organisations "
           "to safeguard people at risk from child sexual exploitation.", "Complete"),
    "F8": (12611, "F", AFI, "The force should make sure officers and staff have the training "
           "they need to identify and respond to hate crime.", "Being progressed"),
    "F9": (12612, "F", AFI, "The force should make sure it consistently uses ancillary orders "
           "and other powers to protect victims of violence against women and girls.",
           "Being progressed"),
    "F10": (12613, "F", AFI, "The force should improve how it gathers, assesses and acts on "
            "intelligence about serious and organised crime.", "Complete"),
    "F11": (12614, "F", AFI, "The force should improve the timeliness of its response to calls "
            "for service involving people with mental ill health.", "Being progressed"),
    "F12": (12615, "F", AFI, "The force should make sure victims of residential burglary are "
            "kept informed about the progress of their case, in line with the Code of Practice "
            "for Victims of Crime.", "Being progressed"),
    "F13": (12616, "F", AFI, "The force should develop a future workforce plan that is aligned "
            "with its overall demand and budget. The plan should include future resource "
            "allocations, the mix of skills required by the workforce and behaviours expected "
            "of them.", "Being progressed"),
    "F14": (12617, "F", AFI, "The force should make sure the corporate risk register is actively "
            "used to mitigate and manage known risks.", "Superseded"),
    "F15": (12618, "F", AFI, "The force should make sure it provides a confidential way for "
            "staff to raise concerns and that staff are aware of whistleblowing processes.",
            "Being progressed"),
    "F16": (12619, "F", AFI, "The force should review how it gathers and uses equality and "
            "diversity data to improve its understanding of its workforce demographics.",
            "Awaiting review"),
    "F17": (12620, "F", AFI, "The force should make sure it has enough specialist capacity and "
            "capability to investigate online child sexual abuse.", "Being progressed"),
    "F18": (12621, "F", AFI, "The force should develop a problem-solving approach to anti-social "
            "behaviour, working with local communities and partners.", "Complete"),
    "F19": (12622, "F", AFI, "The force should make sure its performance framework gives senior "
            "leaders a clear picture of its response to rape and serious sexual offences.",
            "Being progressed"),
    "F20": (12623, "F", AFI, "The force should make sure it has access to accurate data and "
            "analysis to support effective performance management.", "Being progressed"),
    "F21": (12624, "F", AFI, "The force should evaluate its work to prevent knife crime and "
            "share what works across the force.", "Being progressed"),
    "F22": (12625, "F", AFI, "The force should put plans in place to monitor, including through "
            "the gathering and analysis of staff feedback, team cultures and provide prompt "
            "remedial action for any issues it identifies.", "Being progressed"),
}
CLOSED = {"Complete", "Superseded", "No further action required"}

# --------------------------------------------------------------------------------------------
# Force side: rows (key into HM or None), grouped by section
# --------------------------------------------------------------------------------------------
FR = {  # force report names as the tracker writes them
    "A": "Firearms licensing 2015", "B": "Stolen Freedom (MSHT) 2017",
    "C": "PEEL Legit 17 S&S", "D": "CDI 2019", "E": "Police powers spotlight (Feb 21)",
    "F": "PEEL 21/22",
}
D = dt.date

# Each row: key, section, ref, report, type, text, lead, update, target
# Keys of split parts carry a suffix ("B1a"); force-only rows start with "N".
ROWS: list[dict] = []


def row(key, section, ref, report, typ, text, lead, update, target):
    ROWS.append(dict(key=key, section=section, ref=ref, report=report, type=typ, text=text,
                     lead=lead, update=update, target=target))


# ---- Firearms 2015 -------------------------------------------------------------------------
row("A1", "BLUE", 5131, FR["A"], "National rec",
    "Assess how well the governance of firearms licensing meets the standards set out in APP; "
    "where standards are not met put the correct arrangements and procedures in place "
    "immediately.", "Supt Firearms Licensing",
    "Completed. Firearms Licensing Board in place since 2016; governance checked against APP "
    "annually.", "Dec-15")
row("A2", "AMBER", None, FR["A"], "National rec",
    "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
    "department and ensure it has the capacity to meet this demand and provide an efficient "
    "and effective service at all times.", "Supt Firearms Licensing",
    "Demand assessment done in 2016 but the renewals backlog has grown again since the 2023 "
    "surge. 2 x FEO posts out to advert. Keep open until backlog is under 4 weeks.",
    D(2025, 3, 31))
row("A3", "BLUE", None, FR["A"], "National rec",
    "Immediately, all chief constables should satisfy themselves that all appropriate action "
    "is being taken by their force with regard to 'total expired' licensing records.",
    "Supt Firearms Licensing",
    "All total expired records reviewed; weekly exception report to the Firearms Licensing "
    "Manager.", "Complete")
row("A4", "BLUE", 5134, FR["A"], "National rec",
    "Temporary permits - make sure arrangements are in line with HO guidance, permits are "
    "recorded on NFLMS without delay and systems exist so that certificate holders are never "
    "in unlawful possession of a firearm (within 3 months).", "Supt Firearms Licensing",
    "Completed. Evidence submitted to HMICFRS for closure (portal upload 12/09/2024).",
    D(2024, 9, 30))
row("A5", "BLUE", None, FR["A"], "National rec",
    "Within 3 months, all CCs should ensure that systems designed to identify, prior to police "
    "attendance, whether a reported incident involves or is at the address of a firearm "
    "certificate holder are in place and are always applied by staff dispatching officers to "
    "incidents; and that officers understand the risk assessment they should be undertaking "
    "and their power to seize firearms and certificates.", "Supt Contact Centre",
    "STORM flag for certificate holders live; dispatch SOP updated. Complete.", "Complete")

# ---- Stolen Freedom 2017 -------------------------------------------------------------------
SF_STEM = "Within 12 months review MSHT leadership & goverance arrangements to ensure that "
row("B1a", "BLUE", "8612a", FR["B"], "National rec",
    SF_STEM + "senior leaders prioritise the response to MSHT", "ACC Crime",
    "MSHT strategic lead at ACC level; quarterly MSHT Board chaired by ACC Crime. Complete.",
    "Complete")
row("B1b", "BLUE", "8612b", FR["B"], "National rec",
    SF_STEM + "every incident of MSHT identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively",
    "Det Ch Supt Force CID",
    "All MSHT incidents allocated to the Complex Crime Unit; tasking reviewed at the daily "
    "management meeting. Complete.", "Complete")
row("B1c", "AMBER", "8612c", FR["B"], "National rec",
    SF_STEM + "the force develops effective partnership arrangements to co-ordinate activity in "
    "order to share information and safeguard victims", "Det Ch Supt Force CID",
    "Partnership protocol with the district councils drafted; sign off by the Safeguarding "
    "Partnership slipped to the January board.", D(2025, 1, 31))
row("B1d", "GREEN", "8612d", FR["B"], "National rec",
    SF_STEM + "performance and QA measures are in place to allow senior leaders to assess the "
    "nature and quality of the service provided to victims", "Head of Corporate Development",
    "MSHT measures added to the Force Performance pack; QA dip-sample process being piloted.",
    D(2025, 3, 31))
row("B2", "AMBER", 8613, FR["B"], "National rec",
    "Within twelve months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence and in order to "
    "safeguard victims better and to identify suspects as early as possible.",
    "Head of Intelligence",
    "ISAs with Border Force and the GLAA signed. ISA with the county council still with legal "
    "services.", "Revised: 31/12/2024")
row("B3", "BLUE", None, FR["B"], "National rec",
    "Ensure all victims carrying out criminal acts under compulsion attributable to slavery or "
    "exploitation are afforded early and continuing consideration of the s45 defence.",
    "Head of Criminal Justice",
    "Section 45 guidance issued to all investigators and CPS liaison agreed. Complete - "
    "evidence pack ready to go to HMICFRS.", "Complete")
row("B4", "BLUE", 8615, FR["B"], "National rec",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves & are implementing the requirement under the Modern Slavery Act 2015 "
    "to notify the HO of any individual suspected to be an adult victim of MSHT.",
    "Ch Supt Public Protection",
    "Duty to Notify process embedded through the MASH; monthly compliance check by the FCR.",
    "Complete")
row("B5", "AMBER", 8616, FR["B"], "National rec",
    "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
    "for offences identified as MSHT and that sufficient audit capacity is available to the "
    "force crime registrar to provide reassurance that each force is identifying and managing "
    "any gaps in its crime-recording accuracy for these types of offences.",
    "Force Crime Registrar",
    "Complete - FCR audit of MSHT crimes (Q2) shows 96% compliance. Closure report drafted but "
    "grading to stay AMBER until the Q3 re-audit confirms the improvement has held.",
    D(2024, 12, 31))
row("B6", "RED", None, FR["B"], "National rec",
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them.", "Det Ch Supt Force CID",
    "Little work yet undertaken in this area. Complex Crime Unit restructure paused pending the "
    "Operating Model Review.", "TBC")
row("B7", "GREEN", 8618, FR["B"], "National rec",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited.", "Det Ch Supt Force CID",
    "Ready to move to BLUE status. Four STROs/STPOs obtained in 2024; guidance refreshed.",
    D(2024, 11, 30))

# ---- PEEL Legitimacy 2017 (S&S) ------------------------------------------------------------
row("C1", "BLUE", 8541, FR["C"], "Cause of Concern",
    "HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers is "
    "consistently reasonable and fair - over-representation of BAME people, and black people in "
    "particular, in S&S data which many forces are unable to explain.", "ACC Local Policing",
    "Addressed through recs 8542-8545. Closed.", "Complete")
row("C2", "BLUE", None, FR["C"], "National rec",
    "By July 2018 all forces should be regularly & frequently monitoring a comprehensive set of "
    "data on use of S&S powers to understand: - the reasons for any disproportionate "
    "representation of different ethnic groups in the use of S&S; - the extent to which find "
    "rates differ between ethnicities and across different types of searches (incl. separate "
    "find rates for drug possession and supply-type offences); and - the prevalence of "
    "possession-only drug searches and the extent to which these align with local or force "
    "priorities.", "ACC Local Policing",
    "Stop search dashboard live since April 2019. Completed. Evidence submitted to HMICFRS for "
    "closure.", "Complete")
row("C3", "AMBER", 8543, FR["C"], "National rec",
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have carried out research and analysis to understand the reasons for the "
    "disparity, and taken action to reduce the disparity where necessary.",
    "ACC Local Policing",
    "Research with the University of Cumbria commissioned; action plan to follow. Risk: "
    "academic partner capacity.", D(2025, 3, 31))
row("C4", "GREEN", None, FR["C"], "National rec",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.", "Head of Corporate Development",
    "2024 analysis published on the force website in July; next publication July 2025. "
    "Ongoing annual requirement.", "Jul-25")

# ---- CDI 2019 ------------------------------------------------------------------------------
row("D1", "AMBER", 10231, FR["D"], "Recommendation",
    "Within 3 months the force should put in place arrangements to ensure that:\n"
    "- at the point of report, victims are believed;\n"
    "- conversations between call handlers and callers are summarised accurately in the "
    "incident log, so attending officers have the full facts on which to base crime-recording "
    "decisions;\n"
    "- multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations; and\n"
    "- the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped.", "Force Crime Registrar",
    "Call handling QA in place; multiple crime recording checked by the Crime Standards team. "
    "Awaiting ABE/medical practice stopped. Remaining work on incident log summaries.",
    D(2024, 12, 31))
row("D2", "BLUE", None, FR["D"], "Recommendation",
    "Within six months the force should provide call-handlers with specific, sound & "
    "comprehensible criteria against which they can assess threat, harm and risk.",
    "Supt Contact Centre",
    "THRIVE+ criteria embedded in the command and control system February 2020.", "Complete")
row("D3", "BLUE", 10233, FR["D"], "AFI",
    "Improve use of the crime-recording and management system to better manage case files and "
    "investigative processes.", "Head of Criminal Justice",
    "Niche case file module live; workflow audit completed August 2024.", D(2024, 8, 31))
row("D4", "RED", None, FR["D"], "AFI",
    "The force should revise its approach to cautions, cannabis warnings and penalty notices for "
    "disorder so there is a clear & auditable explanation to the offender of the implications "
    "of receiving the warning and, for victim-based crimes, a clear & auditable record that the "
    "views of the victim are considered before issue.", "Head of Criminal Justice",
    "Two-tier out of court disposals framework delayed by national changes; will not be "
    "delivered by the target date.", D(2024, 6, 30))
row("D5", "AMBER", 10235, FR["D"], "AFI",
    "Put in place arrangements to scrutinise audits of compliance with the APP on information "
    "management through the force IM governance structure.", "Head of Information Management",
    "Information Management Board terms of reference being revised; audit schedule in draft.",
    D(2025, 1, 31))
row("D6", "GREEN", None, FR["D"], "Recommendation",
    "The force should make sure it records reports of stalking and harassment accurately and "
    "without delay.", "Force Crime Registrar",
    "Stalking & harassment recording audit scheduled for Q4; training delivered to the Crime "
    "Management Unit.", D(2025, 3, 31))
row("D7", "BLUE", 10237, FR["D"], "AFI",
    "The force should make sure it records reports of rape and serious sexual offences "
    "accurately and without delay.", "Force Crime Registrar",
    "Completed. June 2024 audit shows 98% recording accuracy for RASSO.", "Complete")

# ---- Police powers 2021 --------------------------------------------------------------------
row("E1", "GREEN", 11408, FR["E"], "National rec",
    "By July 2022, forces should ensure that officers & staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management & de-escalation.",
    "Head of Learning & Development",
    "Communication skills module built into the 2024/25 officer safety training cycle; 62% of "
    "frontline trained so far.", D(2025, 3, 31))
row("E2", "BLUE", None, FR["E"], "National rec",
    "By July 2021, forces should ensure that communication skills are reinforced as part of the "
    "programme of continuing professional development for officers and staff, and that "
    "supervisors are supported to routinely and frequently debrief officers on these skills "
    "using body-worn video footage.", "Head of Learning & Development",
    "CPD programme covers communication skills; supervisors' BWV debrief guide issued May 2023. "
    "Completed. Evidence submitted to HMICFRS for closure.", "Complete")
row("E3a", "BLUE", 11410, FR["E"], "National rec",
    "By Sept 2021 ensure officers record on BWV (when available) the entirety of all S&S "
    "encounters, including traffic stops and use of force incidents.", "ACC Local Policing",
    "BWV mandatory for all S&S and use of force; compliance 97% (Sept 2024).", "Complete")
row("E3b", "BLUE", 11410, FR["E"], "National rec",
    "By Sept 2021 have a structured process for regularly reviewing and monitoring internally a "
    "sufficient sample of BWV footage to identify and disseminate learning and hold officers to "
    "account.", "ACC Local Policing",
    "Monthly supervisor review of sampled footage reported to the Stop Search & Use of Force "
    "Board.", "Complete")
row("E3c", "BLUE", 11410, FR["E"], "National rec",
    "By Sept 2021 provide external scrutiny panel members with access to samples of BWV footage "
    "showing S&S encounters and use of force incidents, taking account of the safeguards in the "
    "CoP APP.", "ACC Local Policing",
    "Independent scrutiny panel has reviewed footage at every meeting since October 2021.",
    "Complete")
row("E5", "RED", None, FR["E"], "National rec",
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.", "ACC Local Policing",
    "Use of force data quality still poor (42% of forms incomplete); new reporting app delayed "
    "by the supplier.", D(2024, 9, 30))

# ---- PEEL 2021/22 --------------------------------------------------------------------------
row("F1", "AMBER", 12604, FR["F"], "Cause of Concern",
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the way "
    "that crimes are being investigated.", "DCC",
    "Investigation Improvement Plan in place, overseen by the DCC; see 12605 and 12606.",
    D(2025, 3, 31))
row("F2", "RED", 12605, FR["F"], "Recommendation",
    "Within 6 months the force should ensure regular & active supervision of the quality and "
    "progress of investigations. This supervison should be properly recorded.",
    "Det Ch Supt Force CID",
    "Supervisory review compliance 61% against a 90% target. Investigation Standards Unit "
    "recruitment behind plan.", D(2022, 11, 30))
row("F3", "AMBER", None, FR["F"], "Recommendation",
    "Within six months improve ability to retrieve digital evidence from mobile phones, "
    "computers and other electronic devices quickly enough to ensure investigations are not "
    "delayed.", "Det Ch Supt Force CID",
    "Complete - kiosks installed at all three hubs and the DFU backlog is under 30 days. "
    "Awaiting sign off at the Investigation Improvement Board.", D(2024, 11, 30))
row("F4", "BLUE", 12607, FR["F"], "AFI",
    "Improve understanding of suspects RUI and the management of those released on bail.",
    "Ch Insp Custody",
    "RUI/bail dashboard live; bail management team based in custody. Complete.", "Complete")
row("F5", "GREEN", None, FR["F"], "AFI",
    "The force should improve its understanding of the nature and scale of county lines drug "
    "dealing in its area.", "Head of Intelligence",
    "County lines problem profile refreshed September 2024; partnership intelligence feed "
    "agreed.", D(2025, 1, 31))
row("F6", "BLUE", None, FR["F"], "AFI",
    "Make sure investigations of DA are allocated to officers with the right skills and are "
    "effectively supervised.", "Ch Supt Public Protection",
    "DA allocation policy revised; all DA crimes allocated through the Crime Allocation Unit. "
    "Complete.", "Complete")
row("F7", "BLUE", 12610, FR["F"], "AFI",
    "The force should improve how it works with partner organisations to safeguard people at "
    "risk from child sexual exploitation.", "Ch Supt Public Protection",
    "Completed. Evidence submitted to HMICFRS for closure.", "Complete")
row("F8", "AMBER", 12611, FR["F"], "AFI",
    "Make sure officers and staff have the training they need to identify & respond to hate "
    "crime.", "Head of Learning & Development",
    "Hate crime e-learning launched; uptake 48%. Risk: abstraction over the summer.",
    D(2025, 2, 28))
row("F10", "RED", None, FR["F"], "AFI",
    "The force should improve how it gathers, assesses and acts on intelligence about serious "
    "and organised crime.", "Head of Intelligence",
    "Intelligence function review postponed to 2025/26 for funding reasons. Off track.",
    D(2024, 3, 31))
row("F11", "GREEN", 12614, FR["F"], "AFI",
    "Improve the timeliness of its response to calls for service involving people with mental "
    "ill health.", "Supt Contact Centre",
    "Right Care Right Person phase 2 live October 2024.", D(2025, 3, 31))
row("F12", "BLUE", None, FR["F"], "AFI",
    "The force should make sure victims of residential burglary are kept informed about the "
    "progress of their case, in line with the Victims' Code.", "ACC Local Policing",
    "Victim update compliance 91% (September 2024). Complete.", "Complete")
row("F13", "AMBER", None, FR["F"], "AFI",
    "Develop a future workforce plan aligned with overall demand & budget, incl. future "
    "resource allocations, the mix of skills required by the workforce and behaviours expected "
    "of them.", "Director of People",
    "Workforce plan drafted; depends on the MTFP settlement (February 2025).", D(2025, 4, 30))
row("F14", "GREEN", 12617, FR["F"], "AFI",
    "The force should make sure the corporate risk register is actively used to mitigate and "
    "manage known risks.", "Head of Corporate Development",
    "Risk register reviewed monthly at the Organisational Risk Board; deep dives scheduled.",
    D(2025, 3, 31))
row("F15", "BLUE", None, FR["F"], "AFI",
    "Make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes.", "Head of Professional Standards",
    "Confidential reporting line relaunched; awareness campaign complete.", "Complete")
row("F17", "RED", 12620, FR["F"], "AFI",
    "Make sure it has enough specialist capacity & capability to investigate online child "
    "sexual abuse.", "Det Ch Supt Force CID",
    "Referrals up 40% year on year; 3 of 5 POLIT posts vacant. Off track.", D(2024, 10, 31))
row("F18", "BLUE", None, FR["F"], "AFI",
    "Develop a problem-solving approach to ASB, working with local communities and partners.",
    "ACC Local Policing",
    "Problem-solving hub in place and OSARA training delivered to all neighbourhood teams. "
    "Complete.", "Complete")
row("F19", "AMBER", 12622, FR["F"], "AFI",
    "Make sure its performance framework gives senior leaders a clear picture of its response "
    "to rape and serious sexual offences.", "Det Ch Supt Force CID",
    "RASSO performance pack in development with the Op Soteria team.", D(2025, 1, 31))
row("F20", "AMBER", 12632, FR["F"], "AFI",
    "Make sure it has access to accurate data & analysis to support effective performance "
    "management.", "Head of Corporate Development",
    "Power BI performance suite phase 1 complete; phase 2 (data warehouse) delayed.",
    D(2025, 6, 30))
row("F21", "GREEN", None, FR["F"], "AFI",
    "Evaluate its work to prevent knife crime and share what works across the force.",
    "Head of Corporate Development",
    "Evaluation commissioned from the force analysts; report due March.", D(2025, 3, 31))
row("F22", "BLUE", None, FR["F"], "AFI",
    "Put plans in place to monitor team cultures (incl. through gathering and analysing staff "
    "feedback) and provide prompt remedial action for any issues identified.",
    "Director of People", "Pending sign off by the chief officer lead.", D(2024, 10, 31))

# ---- Not on the HMICFRS list ---------------------------------------------------------------
row("N1", "AMBER", 4823, "Core Business 2014", "National rec",
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed.", "ACC Local Policing",
    "Carried forward from the 2014 plan. Prevention activity recorded on Niche; evaluation "
    "framework still outstanding.", "TBC")
row("N6", "RED", None, "PEEL 2018/19", "AFI",
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due.", "Head of Professional Standards",
    "Vetting backlog 310 (October 2024); renewals overdue. On the corporate risk register.",
    D(2024, 3, 31))
row("N2", "GREEN", None, "Force improvement plan", "Force action",
    "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report findings "
    "to the Crime Standards Board", "Force Crime Registrar",
    "Q1 and Q2 dip samples complete; Q3 under way.", D(2025, 3, 31))
row("N3", "AMBER", None, "Force improvement plan", "Force action",
    "Local action: Rewrite the stalking and harassment policy and publish it on the intranet "
    "with a communications plan", "Ch Supt Public Protection",
    "Policy drafted; consultation with the stalking advocacy service under way.",
    D(2024, 12, 31))
row("N4", "BLUE", None, "Internal audit", "Force action",
    "Internal audit action: Internal audit of the firearms licensing governance arrangements "
    "(audit plan 2023/24)", "Supt Firearms Licensing",
    "Audit report issued with reasonable assurance. Complete.", "Complete")
row("N5", "GREEN", None, "JAC", "Force action",
    "JAC action: Add violence against women and girls measures to the monthly Force "
    "Performance pack", "Head of Corporate Development",
    "VAWG measures in the draft pack for December.", D(2024, 12, 31))

# Two leads left blank, as in real trackers (seeded choice among non-BLUE rows).
_blank = rng.sample([r["key"] for r in ROWS if r["section"] != "BLUE" and r["key"] != "F20"], 2)
for r in ROWS:
    if r["key"] in _blank:
        r["lead"] = None

# --------------------------------------------------------------------------------------------
# Truth: category per force row and per HMICFRS item
# --------------------------------------------------------------------------------------------
DONE_SECTIONS = {"BLUE"}  # GREEN here means "on track", i.e. still open
CONFLICTS = {
    "B2": "conflict: timescale - HMICFRS 'Within six months', tracker 'Within twelve months' "
          "(ref 8613 matches)",
    "D1": "conflict: missing bullet - tracker omits the bullet on triaging online reports of "
          "crime (ref 10231 matches)",
    "D6": "conflict: type - HMICFRS Area for improvement, tracker 'Recommendation' (text "
          "verbatim)",
    "F20": "conflict: reference - tracker ref 12632 (digits transposed, no such item), text is "
           "HMICFRS 12623",
}


def base(key: str) -> str:
    return re.sub(r"[a-d]$", "", key) if key[0] != "N" else key


SECTION_WORD = {"RED": "RED (off track)", "AMBER": "AMBER (in progress)",
                "GREEN": "GREEN (on track, still in progress)",
                "BLUE": "BLUE (complete, awaiting closure)"}


def categorise(key: str, section: str, parts: list[dict]) -> tuple[str, str]:
    hid, _, _, _, hstat = HM[key]
    hclosed = hstat in CLOSED
    if key in CONFLICTS:
        return "conflict", CONFLICTS[key]
    if len(parts) > 1:  # a split recommendation: done only when every part is BLUE
        secs = [p["section"] for p in parts]
        fdone = all(s in DONE_SECTIONS for s in secs)
        agg = "all parts BLUE" if fdone else "parts under " + "/".join(dict.fromkeys(secs))
        note = (f"split row (this part under {section}); item-level force status: {agg} -> "
                f"{'done' if fdone else 'open'}; HMICFRS {hstat}")
    else:
        fdone = section in DONE_SECTIONS
        note = f"section {SECTION_WORD[section]} -> force {'done' if fdone else 'open'}; " \
               f"HMICFRS {hstat}"
    if hclosed and fdone:
        return "in_sync", note + " -> closed on both"
    if not hclosed and not fdone:
        return "in_sync", note + " -> open on both"
    if not hclosed and fdone:
        return "closeable_submit", note
    return "closeable_local", note


TRAP_NOTES = {
    "B5": " [update says 'Complete' but the row sits under AMBER: the section decides]",
    "F3": " [update says 'Complete' but the row sits under AMBER: the section decides]",
    "B7": " [update says 'Ready to move to BLUE' but the row sits under GREEN: still open]",
    "F22": " [update only says 'Pending sign off' but the row sits under BLUE: done]",
    "C4": " [GREEN = on track, not done; HMICFRS has closed it]",
    "F14": " [GREEN = on track, not done; HMICFRS superseded it]",
}

# --------------------------------------------------------------------------------------------
# Write the HMICFRS CSV
# --------------------------------------------------------------------------------------------
hm_keys = sorted(HM, key=lambda k: (REPORTS[HM[k][1]][1], HM[k][0]))
hm_row: dict[str, int] = {}
status_date: dict[str, dt.date] = {}
for k in hm_keys:
    hid, rep, typ, text, stat = HM[k]
    pub = REPORTS[rep][1]
    if stat == "Being progressed" or stat == "Awaiting review":
        d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    else:
        lo = max(pub + dt.timedelta(days=200), dt.date(2016, 6, 1))
        d = lo + dt.timedelta(days=rng.randrange(0, (dt.date(2024, 10, 25) - lo).days))
    status_date[k] = d

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Force", "Recommendation ID", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"])
for i, k in enumerate(hm_keys):
    hid, rep, typ, text, stat = HM[k]
    title, pub = REPORTS[rep]
    w.writerow([FORCE, hid, title, pub.strftime("%d/%m/%Y"), typ, text, stat,
                status_date[k].strftime("%d/%m/%Y")])
    hm_row[k] = i + 2  # header is row 1
(OUT / HM_FILE).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

# --------------------------------------------------------------------------------------------
# Write the tracker workbook
# --------------------------------------------------------------------------------------------
SECTIONS = [
    ("RED", "RED – off track", "C00000", "FFFFFF"),
    ("AMBER", "AMBER – in progress, risks to delivery", "FFC000", "000000"),
    ("GREEN", "GREEN – on track", "00B050", "FFFFFF"),
    ("BLUE", "BLUE - complete, awaiting HMICFRS closure", "00B0F0", "000000"),
]
REPORT_ORDER = [FR[c] for c in "ABCDEF"] + ["Core Business 2014", "PEEL 2018/19",
                                            "Force improvement plan", "Internal audit", "JAC"]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin", color="808080")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
NCOL = 7

ws.cell(1, 1, f"{FORCE} – HMICFRS Recommendations & Areas for Improvement: Progress Report")
ws.cell(1, 1).font = Font(bold=True, size=14)
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NCOL)
ws.cell(2, 1, "Joint Audit Committee – 27 November 2024. Position as at 31 October 2024. "
              "Items are grouped by their BRAG grading as assessed by the lead officer.")
ws.cell(2, 1).font = Font(italic=True)
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=NCOL)
HEAD = ["Ref", "Report", "Type", "Recommendation", "Lead", "Latest update", "Target date"]
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(4, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.border = border
    cell.alignment = Alignment(wrap_text=True, vertical="center")

force_row: dict[str, int] = {}
r = 5
for si, (sec, label, fill, fontc) in enumerate(SECTIONS):
    items = [x for x in ROWS if x["section"] == sec]
    items.sort(key=lambda x: (REPORT_ORDER.index(x["report"]), x["key"][0],
                              int(re.sub(r"\D", "", x["key"]) or 0), x["key"]))
    if si > 0:
        r += 1  # a blank spacer row before each section after the first
    ws.cell(r, 1, f"{label} ({len(items)})")
    ws.cell(r, 1).font = Font(bold=True, color=fontc, size=12)
    for c in range(1, NCOL + 1):
        ws.cell(r, c).fill = PatternFill("solid", fgColor=fill)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    r += 1
    for x in items:
        vals = [x["ref"], x["report"], x["type"], x["text"], x["lead"], x["update"],
                x["target"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = wrap
            cell.border = border
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        force_row[x["key"]] = r
        r += 1

r += 1
ws.cell(r, 1, "Key:").font = Font(bold=True)
r += 1
for txt in [
    "RED – off track: target date missed or cannot be delivered without intervention "
    "(rationale required).",
    "AMBER – work in progress; risks or dependencies to delivery.",
    "GREEN – work in progress and on track to deliver by the target date.",
    "BLUE – action complete; evidence held and submitted, or to be submitted, to HMICFRS for "
    "closure.",
    "Ref = HMICFRS monitoring portal ID where known. Force actions carry no HMICFRS ref.",
]:
    ws.cell(r, 1, txt).font = Font(italic=True, size=9)
    r += 1

for col, width in zip("ABCDEFG", [9, 22, 15, 70, 22, 50, 13]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "A5"
FIXED = dt.datetime(2024, 11, 4, 9, 30, 0)
wb.properties.creator = "Strategic Planning & Insight"
wb.properties.created = FIXED
tmp = OUT / "tracker.tmp.xlsx"
wb.save(tmp)

# Make the workbook byte-for-byte reproducible: fixed zip timestamps and modified date.
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT / "tracker.xlsx", "w",
                                                  zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                          rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
tmp.unlink()

# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
lines: list[tuple[str, str, str, str]] = []
force_by_base: dict[str, list[dict]] = {}
for x in ROWS:
    force_by_base.setdefault(base(x["key"]), []).append(x)

for k in hm_keys:
    hr = f"{HM_FILE}!{hm_row[k]}"
    parts = force_by_base.get(k, [])
    if not parts:
        hid, _, typ, _, stat = HM[k]
        why = f"HMICFRS {hid} ({stat}) has no row in the tracker"
        if k == "E4":
            why += " (addressed to the Home Office and NPCC, never picked up by the force)"
        lines.append((hr, "", "missing_from_force", why))
        continue
    for p in sorted(parts, key=lambda p: force_row[p["key"]]):
        cat, why = categorise(k, p["section"], parts)
        why += TRAP_NOTES.get(k, "")
        lines.append((hr, f"{SHEET}!{force_row[p['key']]}", cat, why))

NOT_ON = {
    "N1": "Core Business 2014 item (ref 4823) not on the HMICFRS list: query with HMICFRS",
    "N6": "PEEL 2018/19 vetting AFI: report not on the HMICFRS list, query with HMICFRS",
    "N2": "force's own local action", "N3": "force's own local action",
    "N4": "internal audit action, not an HMICFRS item", "N5": "JAC action, not an HMICFRS item",
}
for k in ["N1", "N6", "N2", "N3", "N4", "N5"]:
    lines.append(("", f"{SHEET}!{force_row[k]}", "not_on_hmicfrs_list", NOT_ON[k]))

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(lines)
(OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

counts: dict[str, int] = {}
for _, _, c, _ in lines:
    counts[c] = counts.get(c, 0) + 1
print("HMICFRS items:", len(hm_keys), "tracker item rows:", len(ROWS), "truth lines:", len(lines))
print(counts)
print({k: force_row[k] for k in sorted(force_row, key=force_row.get)})
