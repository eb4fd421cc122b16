"""Build the evaluation case `greyed_out_done_rows` (round 35).

Layout: a force tracker (xlsx, openpyxl, real fills and font colours) in which the analyst
greys out the whole row of a finished item (fill BFBFBF, usually font 808080) instead of
updating its RAG; the RAG of greyed rows is often stale (Amber, Green, "In progress") or
cleared. Report heading rows are a dark blue band, the column header row is dark grey, and a
few open rows of the PEEL 2021/22 block carry light zebra banding (F2F2F2) that does not mean
closed. The HMICFRS side is a register export (xlsx) of 55 items across 6 reports.

Run:  /work/main/.venv/bin/python build_greyed_out_done_rows.py
Rebuilds greyed_out_done_rows/{hmicfrs.xlsx,tracker.xlsx,truth.csv} byte for byte
(fixed seed, fixed workbook timestamps, fixed zip entry times). README.md is written by hand.

Texts: real HMICFRS recommendation texts (Open Government Licence) copied from the project's
text lists (casegen/texts national.py, force.py, tracker.py); the force's rewordings, progress
updates and local actions are written here as a force analyst would write them.
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
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 20261206
random.seed(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "greyed_out_done_rows"
CASE.mkdir(exist_ok=True)

FORCE = "Cheshire Constabulary"

# --------------------------------------------------------------------------------------------
# Colours
GREY_CLOSED = "BFBFBF"     # "White, Background 1, Darker 25%": the analyst's closed grey
GREY_FONT = "808080"       # grey font on most closed rows
BAND = "F2F2F2"            # "White, Background 1, Darker 5%": zebra banding, NOT closure
HEADER_FILL = "595959"     # column header row (dark grey, white bold text)
HEADING_FILL = "1F4E78"    # report heading rows (dark blue band, white bold text)
RAG_FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050"}

# --------------------------------------------------------------------------------------------
# Real texts (copied from casegen/texts; OGL)
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed."
)
DASH_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)

# --------------------------------------------------------------------------------------------
# Reports on the HMICFRS register: key -> (title, publication date)
REPORTS = {
    "FA": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
           "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "SF": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           dt.date(2017, 10, 24)),
    "LG": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "CDI": ("Crime data integrity inspection 2019 – Cheshire Constabulary", dt.date(2019, 9, 26)),
    "PW": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
           "of force", dt.date(2021, 2, 26)),
    "PEEL": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
             "Constabulary", dt.date(2022, 5, 13)),
}

# HMICFRS items: (key, id, report, type, text, status, status date)
# Status vocabulary as seen on the register: Awaiting review / Being progressed (open),
# Complete / Superseded (closed).
H: list[tuple] = []


def h(key, rid, rep, typ, text, status, sdate):
    H.append((key, rid, rep, typ, text, status, sdate))


D = dt.date
# Firearms 2015
h("FA1", 5118, "FA", NAT, "Within three months, all chief constables should assess how well the governance "
  "of firearms licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied with "
  "should put in place immediately the correct arrangements and procedures in order to meet the "
  "standards in full.", "Complete", D(2017, 3, 6))
h("FA2", 5119, "FA", NAT, "Within three months, all chief constables should assess the demand placed on their "
  "firearms licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.", "Being progressed", D(2024, 6, 3))
h("FA3", 5120, "FA", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate "
  "action is being taken by their force with regard to ‘total expired’ licensing records.",
  "Complete", D(2016, 11, 21))
h("FA4", 5121, "FA", NAT, "Within three months, all chief constables should ensure that their arrangements "
  "in respect of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.", "Awaiting review",
  D(2023, 2, 14))
h("FA5", 5122, "FA", NAT, "Within three months, all chief constables should ensure that systems designed "
  "to identify, prior to police attendance, whether a reported incident involves or is at the "
  "address of a firearm certificate holder are in place and are always applied by staff "
  "dispatching officers to incidents; and that officers understand the risk assessment which they "
  "should be undertaking in such circumstances, and their power, when appropriate, to seize "
  "firearms and firearm certificates.", "Being progressed", D(2024, 6, 3))
# Stolen freedom 2017
h("SF1", 8390, "SF", NAT, SF_LEADERSHIP, "Being progressed", D(2024, 3, 18))
h("SF2", 8391, "SF", NAT, "Within six months, forces should have in place active information-sharing "
  "agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
  "safeguard victims better and to identify suspects as early as possible", "Being progressed",
  D(2024, 3, 18))
h("SF3", 8392, "SF", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts "
  "under compulsion attributable to slavery or exploitation are afforded the protection of early "
  "and continuing consideration of the applicability of the section 45 defence.", "Complete",
  D(2019, 7, 1))
h("SF4", 8393, "SF", NAT, "Immediately, forces should take steps to ensure they are fully compliant with "
  "the NRM process as it evolves and are implementing the requirement placed upon them under the "
  "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
  "victim of modern slavery or human trafficking.", "Being progressed", D(2023, 9, 4))
h("SF5", 8394, "SF", NAT, "Immediately, forces should take steps to ensure they fully comply with national "
  "crime recording standard (NCRS) requirements for offences identified as modern slavery and "
  "human trafficking and that sufficient audit capacity is available to the force crime registrar "
  "to provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", "Complete", D(2022, 1, 10))
h("SF6", 8395, "SF", NAT, "Immediately, forces should ensure that allegations or indications of modern "
  "slavery and human trafficking are thoroughly investigated and effectively supervised by teams "
  "and individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).", "Awaiting review", D(2018, 1, 15))
h("SF7", 8396, "SF", NAT, "Immediately, forces should review their use of preventative powers under the "
  "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
  "to pose a clear threat to others in respect of modern slavery and human trafficking offences "
  "are exploited.", "Being progressed", D(2024, 3, 18))
# PEEL legitimacy 2017 national
h("LG1", 8537, "LG", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
  "stop and search powers is consistently reasonable and fair. In particular, there is "
  "over-representation of BAME people, and black people in particular, in stop and search data "
  "which many forces are unable to explain.", "Superseded", D(2021, 3, 1))
h("LG2", 8538, "LG", NAT, SAS_MONITORING_2017, "Complete", D(2022, 6, 27))
h("LG3", 8539, "LG", NAT, "Where forces identify disparities through monitoring, they should demonstrate "
  "to the public that they have:\n•carried out research and analysis in an attempt to understand "
  "the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
  "Being progressed", D(2024, 5, 20))
h("LG4", 8540, "LG", NAT, "We expect forces to publish this analysis and any actions taken at least on "
  "an annual basis, from July 2018.", "Awaiting review", D(2018, 1, 8))
h("LG5", 8541, "LG", NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
  "officers who use stop and search powers have been provided with, and understand, training on "
  "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
  D(2024, 5, 20))
# CDI 2019 (force)
h("CDI1", 9460, "CDI", REC, CDI_VICTIMS, "Complete", D(2021, 11, 8))
h("CDI2", 9461, "CDI", REC, "Immediately, the force should take steps to ensure it fully complies with "
  "national crime recording standard (NCRS) requirements for offences identified as modern slavery "
  "and human trafficking.", "Being progressed", D(2024, 2, 12))
h("CDI3", 9462, "CDI", REC, "Within three months, the force should provide call-handlers with specific, "
  "sound and comprehensible criteria against which they can assess threat, harm and risk.",
  "Complete", D(2020, 10, 5))
h("CDI4", 9463, "CDI", AFI, "The force should make sure it records reports of stalking and harassment "
  "accurately and without delay.", "Being progressed", D(2024, 2, 12))
h("CDI5", 9464, "CDI", AFI, "The force should make sure it records reports of rape and serious sexual "
  "offences accurately and without delay.", "Awaiting review", D(2019, 10, 1))
h("CDI6", 9465, "CDI", AFI, "The force should make sure it records reports of hate crime accurately and "
  "without delay.", "Complete", D(2021, 11, 8))
h("CDI7", 9466, "CDI", AFI, "The force should improve its use of its crime-recording and management system "
  "to better manage its case files and investigative processes.", "Awaiting review",
  D(2019, 10, 1))
# Powers 2021 (national; the Home Office/NPCC item is not on a force's register)
h("PW1", 11302, "PW", NAT, "By July 2022, forces should ensure that officers and staff have effective "
  "communication skills, in line with the National Policing Guidelines on Conflict Management. "
  "This should be in addition to existing training on conflict management and de-escalation.",
  "Being progressed", D(2024, 4, 29))
h("PW2", 11303, "PW", NAT, "By July 2021, forces should ensure that communication skills are reinforced as "
  "part of the programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills using "
  "body-worn video footage.", "Complete", D(2023, 1, 16))
h("PW3", 11304, "PW", NAT, BWV_2021, "Being progressed", D(2024, 4, 29))
h("PW4", 11305, "PW", NAT, "By July 2021, forces should ensure they have effective internal monitoring "
  "processes on the use of force, to help them to identify and understand disproportionate use, "
  "explain the reasons and implement any necessary improvement action.", "Awaiting review",
  D(2021, 3, 8))
# PEEL 2021/22 (force)
h("P00", 12010, "PEEL", COC, DASH_CAUSE, "Being progressed", D(2024, 7, 1))
h("P01", 12011, "PEEL", REC, "Within three months, the force should take steps to ensure that there is "
  "effective supervision of the initial risk assessment process, specifically in relation to the "
  "completion of DASH risk assessment in appropriate cases.", "Being progressed", D(2024, 7, 1))
h("P02", 12012, "PEEL", REC, "Within six months the force should ensure regular and active supervision of "
  "the quality and progress of investigations. This supervision should be properly recorded.",
  "Complete", D(2023, 12, 4))
PEEL_AFI_BODIES = [
    # (key, body after "The force should", status, status date)
    ("A01", "improve its understanding of the nature and scale of violence against women and girls in "
     "its area", "Being progressed", D(2024, 7, 1)),
    ("A02", "make sure investigations of rape and serious sexual offences are allocated to officers "
     "with the right skills and are effectively supervised", "Being progressed", D(2024, 7, 1)),
    ("A03", "improve how it works with partner organisations to safeguard people at risk from child "
     "sexual exploitation", "Awaiting review", D(2022, 5, 20)),
    ("A04", "make sure officers and staff have the training they need to identify and respond to "
     "honour-based abuse", "Complete", D(2023, 12, 4)),
    ("A05", "improve the timeliness of its response to calls for service involving people with "
     "mental ill health", "Complete", D(2024, 1, 22)),
    ("A06", "make sure victims of stalking and harassment are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime", "Being progressed",
     D(2024, 7, 1)),
    ("A07", "develop a problem-solving approach to anti-social behaviour, working with local "
     "communities and partners", "Complete", D(2023, 6, 12)),
    ("A08", "make sure it has enough specialist capacity and capability to investigate online child "
     "sexual abuse", "Being progressed", D(2024, 7, 1)),
    ("A09", "improve the way it manages the risk posed by offenders involved in county lines drug "
     "dealing", "Awaiting review", D(2022, 5, 20)),
    ("A10", "improve how it gathers, assesses and acts on intelligence about serious and organised "
     "crime", "Complete", D(2024, 1, 22)),
    ("A11", "make sure its performance framework gives senior leaders a clear picture of its "
     "response to neighbourhood crime", "Being progressed", D(2024, 7, 1)),
    ("A12", "evaluate its work to prevent knife crime and share what works across the force",
     "Complete", D(2023, 6, 12)),
    ("A13", "make sure it consistently uses ancillary orders and other powers to protect victims of "
     "domestic abuse", "Being progressed", D(2024, 7, 1)),
    ("A14", "improve its understanding of suspects released under investigation and the management "
     "of those released on bail", "Complete", D(2023, 12, 4)),
    ("A15", "improve its ability to retrieve digital evidence from mobile phones, computers and "
     "other electronic devices quickly enough to ensure investigations are not delayed",
     "Being progressed", D(2024, 7, 1)),
    ("A16", "make sure it provides a confidential way for staff to raise concerns and that staff are "
     "aware of whistleblowing processes", "Awaiting review", D(2022, 5, 20)),
    ("A17", "review how it gathers and uses equality and diversity data to improve its understanding "
     "of its workforce demographics", "Being progressed", D(2024, 7, 1)),
    ("A18", "put plans in place to monitor, including through the gathering and analysis of staff "
     "feedback, team cultures and provide prompt remedial action for any issues it identifies",
     "Being progressed", D(2024, 7, 1)),
    ("A19", "undertake further work to gain a fuller understanding of current demand for its "
     "services, and likely future changes in demand. This is so it can make best use of its "
     "resources by matching them to demand to meet the needs of the public", "Superseded",
     D(2024, 4, 15)),
    ("A20", "develop a future workforce plan that is aligned with its overall demand and budget. The "
     "plan should include future resource allocations, the mix of skills required by the workforce "
     "and behaviours expected of them", "Being progressed", D(2024, 7, 1)),
    ("A21", "ensure that it has sufficient resources available in the control room to fulfil its "
     "resourcing model, and so to meet its demand, while also taking into account the wellbeing of "
     "its workforce", "Complete", D(2023, 12, 4)),
    ("A22", "make sure its analysis of fraud informs its strategic assessment and control strategy",
     "Awaiting review", D(2022, 5, 20)),
    ("A23", "review its approach to hate crime to make sure victims receive a consistently good "
     "service", "Superseded", D(2024, 4, 15)),
    ("A24", "ensure all staff have received at least the lowest level of vetting clearance for their "
     "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
     "renewals when they become due so that it complies fully with the national vetting guidelines",
     "Being progressed", D(2024, 7, 1)),
]
for i, (k, body, st, sd) in enumerate(PEEL_AFI_BODIES):
    h("P" + k, 12013 + i, "PEEL", AFI, f"The force should {body}.", st, sd)

HBYKEY = {x[0]: x for x in H}
CLOSED = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# Tracker content. Each item row: dict with
#   hk: HMICFRS key or None; ref; rep (tracker report name); typ; text; rag; upd; tgt;
#   grey: row greyed (closed); gfont: grey font on the greyed row; keep_rag: RAG cell keeps its
#   colour when the rest of the row is greyed; cat, why: the truth.
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]

OPEN_UPD = [
    "T&F group established; draft policy with Legal Services. Next update to Force Inspection "
    "Board (FIB) Jan 25.",
    "Work undertaken in area but still requires development to complete.",
    "Training package drafted with L&D; roll-out planned Q4 2024/25.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Performance measures being built into Qlik dashboard; slipped due to analyst vacancy.",
    "Awaiting allocation.",
    "Lead changed Sept 24 – new lead to review plan and confirm target date.",
    "xxx",
]
STALE_UPD = [  # greyed rows whose update was never refreshed: only the colour says "closed"
    "Policy rewrite in progress – due to FET Oct 23.",
    "Work undertaken in area but still requires development to complete.",
    "Task & finish group meeting monthly. On track.",
    "Awaiting allocation.",
    "Audit planned for Q3.",
]


def lead():
    return random.choice(LEADS) if random.random() > 0.08 else None


def strip_force_stem(text: str) -> str:
    t = re.sub(r"^The force should ", "", text)
    return t[0].upper() + t[1:]


ROWS: list[tuple] = []  # ("heading", text) | ("item", dict)


def heading(text):
    ROWS.append(("heading", text))


def item(**kw):
    kw.setdefault("ref", None)
    kw.setdefault("hk", None)
    kw.setdefault("grey", False)
    kw.setdefault("gfont", True)
    kw.setdefault("keep_rag", False)
    kw.setdefault("lead", lead())
    ROWS.append(("item", kw))


def T(y, m, d):
    return dt.datetime(y, m, d)


# ---- Firearms licensing 2015 ------------------------------------------------------------------
heading("Firearms licensing 2015 – Targeting the Risk (HMIC, published 15/09/2015)")
R = "Firearms licensing 2015"
item(hk="FA1", ref=5118, rep=R, typ="National rec",
     text="Within 3 months, all CCs should assess how well the governance of firearms licensing in "
          "his or her force meets the standards set out in APP. CCs of forces where the governance "
          "standards are not being complied with should put in place immediately the correct "
          "arrangements and procedures in order to meet the standards in full.",
     rag="Green", upd="Governance review completed; FLU now reports to Firearms Licensing Board "
     "quarterly.", tgt=T(2015, 12, 15), grey=True,
     cat="in_sync", why="greyed (closed) with RAG Green; HMICFRS Complete: closed on both sides")
item(hk="FA2", ref=5119, rep=R, typ="National rec",
     text="Within three months, all chief constables should assess the demand placed on their "
          "firearms licensing department and ensure it has the capacity to meet this demand and "
          "provide an efficient and effective service at all times.",
     rag="Amber", upd="Demand review done Feb 24; 3 extra FEOs funded in 24/25 budget. Signed off at "
     "FIB 11/04/2024.", tgt=T(2024, 3, 31), grey=True,
     cat="closeable_submit", why="row greyed out (done) though RAG still says Amber; HMICFRS still "
     "Being progressed: submit for closure")
item(hk="FA3", ref=5120, rep=R, typ="National rec",
     text="Immediately, all chief constables should satisfy themselves that all appropriate action "
          "is being taken by their force with regard to 'total expired' licensing records.",
     rag=None, upd="All total expired records reviewed by FLU manager.", tgt=None, grey=True,
     gfont=False,
     cat="in_sync", why="greyed (fill only, black font), RAG cleared; HMICFRS Complete: closed on both")
item(hk="FA4", ref=5121, rep=R, typ="National rec",
     text="Within three months, all chief constables should ensure that their arrangements in "
          "respect of the use of temporary permits are in accordance with the Home Office "
          "guidance; that temporary permits are properly recorded without delay on the National "
          "Firearms Licensing Management System; and that effective systems exist to ensure "
          "certificate holders are not permitted, at any time, to remain in unlawful possession "
          "of a firearm.",
     rag="Amber", upd="NFLMS permit recording checked monthly; awaiting new HO guidance before "
     "policy refresh.", tgt=T(2025, 3, 31),
     cat="in_sync", why="not greyed, Amber; HMICFRS Awaiting review: open on both")
item(hk="FA5", ref=5212, rep=R, typ="National rec",
     text="Within three months, all chief constables should ensure that systems designed to "
          "identify, prior to police attendance, whether a reported incident involves or is at "
          "the address of a firearm certificate holder are in place and are always applied by "
          "staff dispatching officers to incidents; and that officers understand the risk "
          "assessment which they should be undertaking in such circumstances, and their power, "
          "when appropriate, to seize firearms and firearm certificates.",
     rag="Amber", upd="STORM flag for certificate holders live; briefing for dispatchers being "
     "refreshed.", tgt=T(2025, 1, 31),
     cat="conflict", why="same text as HMICFRS 5122 but tracker Ref 5212 (digits transposed; 5212 "
     "is not on the register): reference disagrees; both open")

# ---- Core Business 2014 (no longer on the HMICFRS list) ----------------------------------------
heading("Core Business 2014 (HMIC, published 04/09/2014)")
R = "Core business"
item(ref=4822, rep=R, typ="National rec",
     text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
          "have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.",
     rag="Green", upd="THRIVE embedded in the control room. Closed by HMIC 2016.", tgt=T(2015, 3, 31),
     grey=True,
     cat="not_on_hmicfrs_list", why="greyed (closed) item from Core Business 2014, a report not on the "
     "HMICFRS list at all: query with HMICFRS / confirm it was closed")
item(ref=4825, rep=R, typ="National rec",
     text="By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
          "carried out is systematically recorded and subsequently evaluated to determine the "
          "effectiveness of tactics being employed.",
     rag="Amber", upd="Problem-solving database in place (OSARA).", tgt=T(2015, 3, 31), grey=True,
     cat="not_on_hmicfrs_list", why="greyed item (stale Amber) from Core Business 2014, not on the "
     "HMICFRS list")

# ---- Stolen Freedom 2017 ------------------------------------------------------------------------
heading("Stolen Freedom (MSHT) 2017 – published 24/10/2017")
R = "Stolen Freedom (MSHT) 2017"
SPLIT_WHY = ("one of four rows the force split 8390 into (one per bullet); bullets i-iii greyed, "
             "bullet iv still Amber, so the force item is open; HMICFRS Being progressed: open on both")
item(hk="SF1", ref="8390 (i)", rep=R, typ="National rec",
     text="Within twelve months, review leadership & governance for MSHT to ensure: (i) senior "
          "leaders prioritise the response to MSHT",
     rag="Green", upd="MSHT Governance Board chaired by ACC Crime since Mar 18.", tgt=T(2018, 10, 31),
     grey=True, lead="ACC Crime", cat="in_sync", why=SPLIT_WHY)
item(hk="SF1", ref="8390 (ii)", rep=R, typ="National rec",
     text="(ii) every incident of modern slavery identified to police is allocated appropriate "
          "resources with the skills, experience & capacity to investigate it effectively",
     rag="Amber", upd="Allocation policy agreed; MSHT investigations go to CID/SOCU.", tgt=T(2018, 10, 31),
     grey=True, cat="in_sync", why=SPLIT_WHY)
item(hk="SF1", ref="8390 (iii)", rep=R, typ="National rec",
     text="(iii) forces develop effective partnership arrangements to co-ordinate activity in "
          "order to share info & safeguard victims",
     rag="In progress", upd="Pan-Cheshire Anti-Slavery Partnership in place.", tgt=T(2019, 3, 31),
     grey=True, gfont=False, cat="in_sync", why=SPLIT_WHY)
item(hk="SF1", ref="8390 (iv)", rep=R, typ="National rec",
     text="(iv) performance & QA measures are in place to allow senior leaders to assess the nature "
          "and quality of the service provided to victims",
     rag="Amber", upd="Victim survey for MSHT not yet in place; QA measures being scoped with "
     "Performance team.", tgt=T(2025, 3, 31), cat="in_sync", why=SPLIT_WHY)
item(hk="SF2", ref=8391, rep=R, typ="National rec",
     text="Within 12 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence & to safeguard victims better & identify "
          "suspects as early as possible.",
     rag="Amber", upd="ISAs with 3 of 4 LAs signed; Border Force ISA outstanding.", tgt=T(2025, 3, 31),
     cat="conflict", why="matched on ref 8391, but the tracker says 'Within 12 months' where HMICFRS "
     "says 'Within six months': timescale disagrees; both open")
item(hk="SF3", ref=8392, rep=R, typ="National rec",
     text="Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of early "
          "and continuing consideration of the applicability of the section 45 defence.",
     rag="In progress", upd="S45 guidance issued to CID and custody; CPS liaison agreed.",
     tgt=T(2018, 4, 30), grey=True,
     cat="in_sync", why="greyed (closed) though RAG still 'In progress'; HMICFRS Complete: closed on both")
item(hk="SF4", ref=8393, rep=R, typ="National rec",
     text="Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under the "
          "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
          "adult victim of modern slavery or human trafficking.",
     rag="Green", upd="Completed. Evidence submitted to HMICFRS for closure.", tgt=T(2023, 6, 30),
     grey=True,
     cat="closeable_submit", why="greyed (done), RAG Green; HMICFRS still Being progressed: submit "
     "for closure (chase the evidence sent)")
item(hk="SF5", ref=8394, rep=R, typ="National rec",
     text="Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
          "for offences identified as MSHT and that sufficient audit capacity is available to the "
          "force crime registrar to provide reassurance that each force is identifying and "
          "managing any gaps in its crime-recording accuracy for these types of offences.",
     rag="Amber", upd="FCR audit of MSHT crimes quarterly; 2 auditors vacant.", tgt=T(2024, 12, 31),
     lead="Force Crime Registrar",
     cat="closeable_local", why="not greyed, Amber (open); HMICFRS Complete: force closes its entry")
item(hk="SF6", ref=None, rep=R, typ="National rec",
     text="Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
          "investigated and effectively supervised by teams and individuals with the skills and "
          "experience to undertake them (this should include the use where appropriate of JITs "
          "and other means to obtain intelligence and evidence from agencies overseas).",
     rag="Red", upd="Little work yet undertaken in this area. Unlikely to reach deadlines.",
     tgt=T(2024, 9, 30),
     cat="in_sync", why="no Ref; matched by text to 8395; Red (open); HMICFRS Awaiting review: "
     "open on both")
item(ref=None, rep=R, typ="Local action",
     text="Force action - Appoint a single point of contact for modern slavery and human "
          "trafficking in each local policing area",
     rag="Amber", upd="SPOCs named in 2 of 3 LPAs.", tgt=T(2025, 1, 31),
     cat="not_on_hmicfrs_list", why="the force's own action (no HMICFRS ref, Type 'Local action')")

# ---- PEEL Legitimacy 2017 ----------------------------------------------------------------------
heading("PEEL Legitimacy 2017 – national (stop and search) – published 12/12/2017")
R = "PEEL Legit 17 S&S"
item(hk="LG1", ref=8537, rep=R, typ="CoC",
     text="HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers "
          "is consistently reasonable and fair. In particular, there is over-representation of "
          "BAME people, and black people in particular, in S&S data which many forces are unable "
          "to explain.",
     rag=None, upd="Superseded – picked up in Police powers spotlight (Feb 21).", tgt=None, grey=True,
     cat="in_sync", why="greyed, RAG cleared; HMICFRS Superseded: closed on both")
item(hk="LG2", ref=8538, rep=R, typ="National rec",
     text="By July 2018, all police forces across England & Wales should be regularly and frequently "
          "monitoring a comprehensive set of data and information on use of S&S powers to "
          "understand: the reasons for any disproportionate representation of different ethnic "
          "groups in the use of S&S; the extent to which find rates differ between people from "
          "different ethnicities, and across different types of searches (including separate "
          "identification of find rates for drug possession and supply-type offences); and the "
          "prevalence of possession-only drug searches, and the extent to which these align with "
          "local or force level priorities.",
     rag="Amber", upd="S&S dashboard live; possession-only drug search measure still to be added.",
     tgt=T(2025, 3, 31),
     cat="closeable_local", why="not greyed, Amber; HMICFRS Complete: force closes its entry")
item(hk="LG3", ref=8539, rep=R, typ="National rec",
     text="Where forces identify disparities through monitoring, they should demonstrate to the "
          "public that they have: carried out research and analysis in an attempt to understand "
          "the reasons for the disparity, and taken action to reduce the disparity, where "
          "necessary",
     rag="Amber", upd="Task & finish group meeting monthly. On track.", tgt=T(2023, 12, 31),
     grey=True,
     cat="closeable_submit", why="greyed (done) with a stale Amber RAG and stale update; HMICFRS "
     "Being progressed: submit for closure")
# LG4 (8540) is missing from the tracker; LG5 (8541) was filed under the 2021 report (below).

# ---- CDI 2019 ---------------------------------------------------------------------------------
heading("Crime Data Integrity 2019 – published 26/09/2019")
R = "CDI 2019"
item(hk="CDI1", ref=9460, rep=R, typ="Rec",
     text="Within six months put in place arrangements to ensure that: • at the point of report, "
          "victims are believed; • conversations between call handlers & callers are summarised "
          "accurately in the incident log, thus providing attending officers with full facts on "
          "which to base crime-recording decisions; • multiple crimes are always recorded when "
          "described within incident records or identified as part of other recorded crime "
          "investigations; • the practice of awaiting the results of medical examinations or "
          "video interviews before making crime-recording decisions is stopped; and • online "
          "reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
          "victim or the wider public are identified and appropriately managed",
     rag="Green", upd="Signed off at FIB 14/09/2021 – closed.", tgt=T(2020, 3, 31), grey=True,
     lead="Force Crime Registrar",
     cat="in_sync", why="greyed, Green; HMICFRS Complete: closed on both")
item(hk="CDI2", ref=9461, rep=R, typ="Rec",
     text="Immediately, the force should take steps to ensure it fully complies with NCRS "
          "requirements for offences identified as MSHT.",
     rag="Green", upd="Complete – FCR audit shows 96% compliance. Evidence pack with DCC for sign "
     "off before submission to HMICFRS.", tgt=T(2024, 9, 30), lead="Force Crime Registrar",
     cat="closeable_submit", why="not greyed yet, but RAG Green (implemented); HMICFRS Being "
     "progressed: submit for closure")
item(hk="CDI3", ref=9462, rep=R, typ="Rec",
     text="Within three months, the force should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.",
     rag="Amber", upd="THRIVE+ refresh for call handlers scheduled Jan 25.", tgt=T(2025, 1, 31),
     lead="Supt Contact Centre",
     cat="closeable_local", why="not greyed, Amber; HMICFRS Complete: force closes its entry")
item(hk="CDI4", ref=9463, rep=R, typ="Rec",
     text="Make sure it records reports of stalking & harassment accurately and without delay.",
     rag="Amber", upd="Stalking crime recording dip sample Q3.", tgt=T(2025, 3, 31),
     cat="conflict", why="matched on ref 9463 and text, but the tracker types it 'Rec' where "
     "HMICFRS has an area for improvement: type disagrees; both open")
item(hk="CDI5", ref=9464, rep=R, typ="AFI",
     text="Make sure it records reports of RASSO accurately and without delay.",
     rag="Amber", upd="Audit planned for Q3.", tgt=T(2023, 9, 30), grey=True,
     cat="closeable_submit", why="greyed (done), stale Amber RAG and stale update; HMICFRS Awaiting "
     "review: submit for closure")
item(hk="CDI6", ref=9465, rep=R, typ="AFI",
     text="Make sure it records reports of hate crime accurately and without delay.",
     rag="Amber", upd="Hate crime recording audit 2021: 94% compliant.", tgt=T(2021, 6, 30),
     grey=True, keep_rag=True,
     cat="in_sync", why="greyed except the RAG cell, which keeps its Amber fill and text; "
     "HMICFRS Complete: closed on both")
item(ref=None, rep=R, typ="Local action",
     text="Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
          "Standards Board",
     rag="Green", upd="Quarterly dip sample business as usual from Apr 22.", tgt=T(2022, 4, 30),
     grey=True, lead="Force Crime Registrar",
     cat="not_on_hmicfrs_list", why="greyed (done) local action, no HMICFRS ref; still the force's "
     "own item, not on the list")
item(hk="CDI7", ref=None, rep=R, typ="AFI",
     text="Improve use of its crime recording & management system (Niche) to better manage its case "
          "files and investigative processes",
     rag="Amber", upd="Niche upgrade programme – case file module go-live slipped to Mar 25.",
     tgt=T(2025, 3, 31),
     cat="in_sync", why="no Ref; matched by text to 9466; Amber; HMICFRS Awaiting review: open on both")

# ---- Police powers spotlight 2021 -------------------------------------------------------------
heading("Police powers spotlight (Feb 21) – Disproportionate use of police powers: stop and search "
        "and use of force")
R = "Police powers spotlight (Feb 21)"
item(hk="PW1", ref=11302, rep=R, typ="National rec",
     text="By July 2022, forces should ensure that officers & staff have effective communication "
          "skills, in line with the National Policing Guidelines on Conflict Management. This "
          "should be in addition to existing training on conflict management and de-escalation.",
     rag="Amber", upd="Training package drafted with L&D; roll-out planned Q4 2024/25.",
     tgt=T(2025, 3, 31), lead="Head of Learning & Development",
     cat="in_sync", why="not greyed, Amber; HMICFRS Being progressed: open on both")
item(hk="PW2", ref=11303, rep=R, typ="National rec",
     text="By July 2021, forces should ensure that communication skills are reinforced as part of "
          "the programme of CPD for officers & staff, and that supervisors are supported to "
          "routinely and frequently debrief officers on these skills using BWV footage.",
     rag="Amber", upd="Policy rewrite in progress – due to FET Oct 23.", tgt=T(2022, 12, 31),
     grey=True,
     cat="in_sync", why="greyed with stale Amber; HMICFRS Complete: closed on both")
BWV_WHY = ("one of two rows the force split 11304 into; HMICFRS 11304 has three parts and the "
           "third (external scrutiny panel access to BWV footage) has no tracker row: missing bullet")
item(hk="PW3", ref="11304 a", rep=R, typ="National rec",
     text="By September 2021, forces should: ensure that officers record on BWV (when this is "
          "available) the entirety of all S&S encounters, including traffic stops and use of force "
          "incidents.",
     rag="Green", upd="BWV mandatory for all S&S from 01/09/2021 (policy v3).", tgt=T(2021, 9, 30),
     grey=True, cat="conflict", why=BWV_WHY)
item(hk="PW3", ref="11304 b", rep=R, typ="National rec",
     text="Have a structured process for regularly reviewing and monitoring internally a sufficient "
          "sample of BWV footage to identify and disseminate learning and hold officers to account "
          "when behaviour falls below acceptable standards.",
     rag="Amber", upd="Supervisor BWV review form on Niche being tested.", tgt=T(2025, 3, 31),
     cat="conflict", why=BWV_WHY)
item(hk="PW4", ref=11305, rep=R, typ="National rec",
     text="By July 2021, forces should ensure they have effective internal monitoring processes on "
          "the use of force, to help them to identify and understand disproportionate use, explain "
          "the reasons and implement any necessary improvement action.",
     rag="Green", upd="Use of force scrutiny panel quarterly; UoF data in Power BI.", tgt=T(2021, 7, 31),
     grey=True, keep_rag=True,
     cat="closeable_submit", why="greyed except the RAG cell (keeps Green fill); HMICFRS Awaiting "
     "review: submit for closure")
item(hk="LG5", ref=8541, rep=R, typ="National rec",
     text="By July 2018, and ongoing following that date, forces should ensure that all officers who "
          "use S&S powers have been provided with, and understand, training on unconscious bias and "
          "CoP APP on S&S.",
     rag="Amber", upd="Unconscious bias e-learning 78% complete; APP refresh in S&S CPD day.",
     tgt=T(2025, 3, 31),
     cat="conflict", why="ref 8541 and text match HMICFRS 8541, but the tracker files it under the "
     "Feb 2021 police powers spotlight; HMICFRS has it under PEEL legitimacy 2017 (Dec 2017): "
     "report and date disagree; both open")

# ---- PEEL 2021/22 ------------------------------------------------------------------------------
heading("PEEL 2021/22 – Cheshire Constabulary – published 13/05/2022 – 1 cause of concern, "
        "2 recommendations, 24 AFIs")
R = "PEEL 21-22"
PEEL_START = len(ROWS)
item(hk="P00", ref=12010, rep=R, typ="CoC",
     text="The force's response to DA is a cause of concern. The force policy which allows an officer "
          "discretion to complete a DASH risk assessment in some crimes and incidents does not "
          "provide confidence that risk is always assessed appropriately. (see full report para 3.2)",
     rag="Amber", upd="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
     tgt=T(2025, 6, 30), lead="Ch Supt Public Protection",
     cat="in_sync", why="CoC row, Amber; HMICFRS Being progressed: open on both")
item(hk="P01", ref=12011, rep=R, typ="Rec",
     text="Within 3 months, take steps to ensure there is effective supervision of the initial risk "
          "assessment process, specifically in relation to the completion of DASH risk assessment "
          "in appropriate cases.",
     rag="Amber", upd="DASH supervisory review mandatory on Niche from 01/02/2023. Signed off at FIB "
     "15/06/2023.", tgt=T(2022, 8, 31), grey=True, lead="Ch Supt Public Protection",
     cat="closeable_submit", why="greyed (done) with stale Amber; HMICFRS Being progressed: submit")
item(hk="P02", ref=12012, rep=R, typ="Rec",
     text="Within six months ensure regular and active supervision of the quality and progress of "
          "investigations. This supervision should be properly recorded.",
     rag="Green", upd="Investigation supervision standard in place; dip sample 91% compliant.",
     tgt=T(2022, 11, 30), grey=True, lead="Det Ch Supt Force CID",
     cat="in_sync", why="greyed, Green; HMICFRS Complete: closed on both")

# AFI rows: (key, ref or None, tracker text or None (= stem dropped), state, rag, update, cat, why)
#   state: "open" | "grey" | "grey_blackfont" | "green"
A = []


def afi(k, ref, text, state, rag, upd, cat, why, tgt=None):
    A.append((k, ref, text, state, rag, upd, cat, why, tgt))


afi("A01", 12013, "Improve understanding of the nature & scale of VAWG in Cheshire", "open", "Amber",
    "VAWG problem profile commissioned from Intelligence (due Jan 25).", "in_sync",
    "Amber, open; HMICFRS Being progressed: open on both", T(2025, 1, 31))
afi("A02", 12014, "Make sure investigations of RASSO are allocated to officers with the right skills "
    "and are effectively supervised", "grey", "Amber",
    "Op Soteria model adopted; RASSO unit live Apr 23.", "closeable_submit",
    "greyed (done), stale Amber; HMICFRS Being progressed: submit", T(2023, 4, 30))
afi("A03", 12015, None, "open", "Amber", OPEN_UPD[3], "in_sync",
    "Amber, open; HMICFRS Awaiting review: open on both", T(2025, 3, 31))
afi("A04", 12016, None, "grey", "Green", "HBA training delivered to all frontline staff (NCALT + "
    "input).", "in_sync", "greyed, Green; HMICFRS Complete: closed on both", T(2023, 3, 31))
afi("A05", 12017, "Improve timeliness of response to calls involving people with mental ill health",
    "open", "Red", "Right Care Right Person go-live delayed; partners not yet signed up.",
    "closeable_local", "not greyed, Red (open); HMICFRS Complete: force closes its entry",
    T(2024, 10, 31))
afi("A06", None, "Make sure victims of stalking & harassment are kept informed about the progress of "
    "their case, in line with the Code of Practice for Victims of Crime (VCOP)", "open", "Amber",
    "VCOP compliance dip sample monthly; 71% compliant.", "in_sync",
    "no Ref; matched by text to 12018; Amber; HMICFRS Being progressed: open on both",
    T(2025, 3, 31))
afi("A07", 12019, "Develop a problem-solving approach to ASB, working with local communities and "
    "partners", "grey_blackfont", "In progress", "Task & finish group meeting monthly. On track.",
    "in_sync", "greyed (fill only, font left black), stale 'In progress'; HMICFRS Complete: "
    "closed on both", T(2023, 3, 31))
afi("A08", 12020, None, "grey", None, "POLIT uplift: 4 DCs and 1 DS in post Nov 23.",
    "closeable_submit", "greyed (done), RAG cleared; HMICFRS Being progressed: submit",
    T(2023, 12, 31))
afi("A09", 12021, "Improve management of the risk posed by offenders involved in county lines", "open",
    "Amber", OPEN_UPD[5], "in_sync", "Amber, open; HMICFRS Awaiting review: open on both",
    T(2025, 6, 30))
afi("A10", 12022, None, "open", "Amber", "Intelligence collection plan refresh with SOC board.",
    "closeable_local", "not greyed, Amber; HMICFRS Complete: force closes its entry", T(2025, 3, 31))
# A11 (12023) missing from the tracker
afi("A12", 12024, None, "grey", "Amber", "Evaluation of Op Sceptre knife arches by Uni of Chester "
    "published; learning shared via LPA leads.", "in_sync",
    "greyed, stale Amber; HMICFRS Complete: closed on both", T(2023, 6, 30))
afi("A13", 12025, "Consistently use ancillary orders (DVPN/DVPO, SPOs) and other powers to protect "
    "victims of DA", "open", "Amber", "DVPO applications up 40% on 22/23; target not yet met.",
    "in_sync", "Amber, open; HMICFRS Being progressed: open on both", T(2025, 3, 31))
afi("A14", 12026, None, "grey", "Green", "RUI/bail management performance in monthly pack since "
    "Jul 23.", "in_sync", "greyed, Green; HMICFRS Complete: closed on both", T(2023, 7, 31))
afi("A15", None, "Improve ability to retrieve digital evidence from mobile phones, computers & other "
    "electronic devices quickly enough to ensure investigations are not delayed", "open", "Red",
    "DFU backlog 9 months; kiosks being rolled out.", "in_sync",
    "no Ref; matched by text to 12027; Red (open); HMICFRS Being progressed: open on both",
    T(2025, 9, 30))
afi("A16", 12028, None, "grey", "In progress", "Awaiting allocation.", "closeable_submit",
    "greyed (done), stale 'In progress' and stale update; HMICFRS Awaiting review: submit",
    T(2023, 9, 30))
afi("A17", 12029, None, "green", "Green", "Complete – new HR equality data fields live 01/07/2024. "
    "Pending sign off by the chief officer lead.", "closeable_submit",
    "not greyed but RAG Green (complete, pending sign off); HMICFRS Being progressed: submit",
    T(2024, 7, 31))
afi("A18", None, "Monitor team cultures (staff feedback) & take prompt action on issues found",
    "open", "Amber", "Culture survey results due Dec 24.", "in_sync",
    "no Ref, abridged text; matched by text to 12030; Amber; HMICFRS Being progressed: open on both",
    T(2025, 3, 31))
afi("A19", 12031, "Undertake further work to understand current and future demand for its services, "
    "so it can match resources to demand", "open", "Amber",
    "FMS 2025 in draft; demand modelling with Process Evolution.", "closeable_local",
    "not greyed, Amber; HMICFRS Superseded: force closes its entry", T(2025, 5, 31))
afi("A20", 12032, None, "open", "Amber", OPEN_UPD[7], "in_sync",
    "Amber, open; HMICFRS Being progressed: open on both", T(2025, 3, 31))
afi("A21", 12033, None, "grey", "Amber", "Control room uplift of 22 call handlers complete; wellbeing "
    "offer refreshed.", "in_sync", "greyed, stale Amber; HMICFRS Complete: closed on both",
    T(2023, 3, 31))
# A22 (12034) missing from the tracker
afi("A23", "12035 ", "Review approach to hate crime so victims receive a consistently good service",
    "open", "Amber", "Hate crime SPOC network relaunched.", "closeable_local",
    "not greyed, Amber; HMICFRS Superseded: force closes its entry (Ref typed with a trailing space)",
    T(2025, 3, 31))
afi("A24", 12036, None, "open", "Red", "Vetting backlog 612 (Oct 24). Extra vetting officers "
    "recruited.", "in_sync", "Red, open; HMICFRS Being progressed: open on both", T(2025, 3, 31))

LOCAL_PEEL = {
    # insert before the given AFI key
    "A02": dict(ref=None, typ="Local action",
                text="Force improvement plan: Refresh the violence against women and girls problem "
                     "profile and add it to the control strategy",
                rag="Amber", upd="With Intelligence; due Jan 25.", tgt=T(2025, 1, 31),
                cat="not_on_hmicfrs_list", why="the force's own action (no ref, 'Local action')"),
    "A14": dict(ref=None, typ="Local action",
                text="JAC action: Add RASSO measures to the monthly Force Performance pack",
                rag="Amber", upd=OPEN_UPD[5], tgt=T(2025, 2, 28),
                cat="not_on_hmicfrs_list", why="Joint Audit Committee action, not an HMICFRS item"),
    "A24": dict(ref="IA 23/07", typ="Local action",
                text="Internal audit action: Internal audit of the vetting governance arrangements "
                     "(audit plan 2023/24)",
                rag="Red", upd="Audit report issued; 3 of 5 audit actions overdue.",
                tgt=T(2024, 12, 31),
                cat="not_on_hmicfrs_list", why="internal audit action (ref is the audit's own "
                "number, not an HMICFRS id)"),
}

for (k, ref, text, state, rag, upd, cat, why, tgt) in A:
    if k in LOCAL_PEEL:
        item(rep=R, **LOCAL_PEEL[k])
    hk = "P" + k
    full = HBYKEY[hk][4]
    item(hk=hk, ref=ref, rep=R, typ="AFI", text=text or strip_force_stem(full).rstrip("."),
         rag=rag, upd=upd, tgt=tgt, grey=state.startswith("grey"), gfont=(state == "grey"),
         cat=cat, why=why)

# Zebra banding across the PEEL block (every other row); greyed rows keep their closed grey.
for i, (kind, kw) in enumerate(ROWS[PEEL_START:]):
    kw["band"] = (i % 2 == 1) and not kw["grey"]

# --------------------------------------------------------------------------------------------
# Write the tracker
thin = Side(style="thin", color="A6A6A6")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
COLS = ["Ref", "Report", "Type", "Recommendation", "Lead", "RAG", "Update", "Target date"]
WIDTHS = [11, 22, 12, 70, 24, 11, 48, 12]

wb = Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Maintained by Strategic Planning & Inspection (Force Inspection Liaison). "
            "Last updated: 28/10/2024")
ws["A2"].font = Font(italic=True, size=9)
ws["A3"] = "Greyed-out rows = closed / complete (kept for audit trail)"
ws.merge_cells("A3:D3")
ws["A3"].fill = PatternFill("solid", fgColor=GREY_CLOSED)
ws["A3"].font = Font(italic=True, color=GREY_FONT)
ws["A4"] = ("RAG: Red = off track / overdue; Amber = in progress; Green = complete – with lead for "
            "sign off / submitted to HMICFRS")
ws.merge_cells("A4:D4")
ws["A4"].font = Font(italic=True, size=9)
HEADER_ROW = 6
for c, name in enumerate(COLS, 1):
    cell = ws.cell(HEADER_ROW, c, name)
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.border = BORDER
    cell.alignment = Alignment(wrap_text=True, vertical="center")
for c, w in enumerate(WIDTHS, 1):
    ws.column_dimensions[chr(64 + c)].width = w
ws.freeze_panes = "A7"

TRUTH_FORCE: list[tuple] = []  # (force_row, hk, cat, why)
r = HEADER_ROW
for kind, kw in ROWS:
    r += 1
    if kind == "heading":
        ws.cell(r, 1, kw)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor=HEADING_FILL)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        continue
    vals = [kw["ref"], kw["rep"], kw["typ"], kw["text"], kw["lead"], kw["rag"], kw["upd"], kw["tgt"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = BORDER
        cell.alignment = WRAP
        if c == 8 and isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
        rag_cell = c == 6
        if kw["grey"] and not (rag_cell and kw["keep_rag"]):
            cell.fill = PatternFill("solid", fgColor=GREY_CLOSED)
            if kw["gfont"]:
                cell.font = Font(color=GREY_FONT)
        elif rag_cell and kw["rag"] in RAG_FILL:
            cell.fill = PatternFill("solid", fgColor=RAG_FILL[kw["rag"]])
            cell.font = Font(bold=True)
        elif kw.get("band"):
            cell.fill = PatternFill("solid", fgColor=BAND)
    TRUTH_FORCE.append((r, kw["hk"], kw["cat"], kw["why"], kw))

dv = DataValidation(type="list", formula1="=Lookups!$A$2:$A$5", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"F{HEADER_ROW + 1}:F{r + 20}")

lk = wb.create_sheet("Lookups")
lk["A1"] = "RAG"
for i, v in enumerate(["Red", "Amber", "Green", "In progress"], 2):
    lk.cell(i, 1, v)
lk["C1"] = "Lead"
for i, v in enumerate(LEADS, 2):
    lk.cell(i, 3, v)
lk.sheet_state = "visible"

FIXED = dt.datetime(2024, 10, 28, 9, 0, 0)


def save_fixed(wb: Workbook, path: Path):
    wb.properties.creator = "Strategic Planning & Inspection"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-28T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(wb, CASE / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# Write the HMICFRS register export
hb = Workbook()
hs = hb.active
hs.title = "Definitive list"
hs["A1"] = f"HMICFRS – definitive list of recommendations and areas for improvement: {FORCE}"
hs["A1"].font = Font(bold=True, size=12)
hs["A2"] = "Extract date: 04/11/2024. All statuses included."
HCOLS = ["Recommendation ID", "Force", "Report", "Publication date", "Type", "Recommendation",
         "Status", "Status date"]
HHEAD = 4
for c, name in enumerate(HCOLS, 1):
    cell = hs.cell(HHEAD, c, name)
    cell.font = Font(bold=True)
for c, w in enumerate([12, 24, 50, 14, 24, 90, 18, 12], 1):
    hs.column_dimensions[chr(64 + c)].width = w
HROW = {}
rr = HHEAD
for (key, rid, rep, typ, text, status, sdate) in H:
    rr += 1
    HROW[key] = rr
    title, pub = REPORTS[rep]
    vals = [rid, FORCE, title, dt.datetime.combine(pub, dt.time()), typ, text, status,
            dt.datetime.combine(sdate, dt.time())]
    for c, v in enumerate(vals, 1):
        cell = hs.cell(rr, c, v)
        cell.alignment = WRAP
        if c in (4, 8):
            cell.number_format = "dd/mm/yyyy"
save_fixed(hb, CASE / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# truth.csv
HS = "Definitive list"
TS = "HMICFRS Tracker"
lines = []
paired = set()
for (fr, hk, cat, why, kw) in TRUTH_FORCE:
    if hk:
        paired.add(hk)
by_h: dict[str, list] = {}
for t in TRUTH_FORCE:
    if t[1]:
        by_h.setdefault(t[1], []).append(t)
MISSING_WHY = {
    "SF7": "HMICFRS 8396 (preventative powers, Being progressed) has no row in the tracker",
    "LG4": "HMICFRS 8540 (publish the analysis annually, Awaiting review) has no row in the tracker",
    "PA11": "HMICFRS 12023 (performance framework, neighbourhood crime; Being progressed) has no "
            "row in the tracker",
    "PA22": "HMICFRS 12034 (fraud analysis in strategic assessment; Awaiting review) has no row in "
            "the tracker",
}
for (key, *_rest) in H:
    hr = f"{HS}!{HROW[key]}"
    if key in by_h:
        for (fr, hk, cat, why, kw) in by_h[key]:
            lines.append((hr, f"{TS}!{fr}", cat, why))
    else:
        lines.append((hr, "", "missing_from_force", MISSING_WHY[key]))
for (fr, hk, cat, why, kw) in TRUTH_FORCE:
    if not hk:
        lines.append(("", f"{TS}!{fr}", cat, why))
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# consistency of the truth with the statuses (guards against editing slips)
def force_done(kw):
    return kw["grey"] or kw["rag"] == "Green"


for key, rows in by_h.items():
    h_closed = HBYKEY[key][5] in CLOSED
    f_done = all(force_done(t[4]) for t in rows)  # a split item is done only when every row is
    expect = ("in_sync" if h_closed == f_done else
              "closeable_submit" if f_done else "closeable_local")
    for t in rows:
        assert t[2] == expect or t[2] == "conflict", (key, t[0], t[2], expect)
        if t[2] == "conflict":
            print("conflict", key, "statuses would give", expect)
for t in TRUTH_FORCE:
    assert (t[1] is None) == (t[2] == "not_on_hmicfrs_list"), t[:3]
print("hmicfrs items:", len(H), "tracker item rows:", len(TRUTH_FORCE), "truth lines:", len(lines))
