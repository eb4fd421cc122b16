"""Build the evaluation case `pfcc_joint_tracker` (independent evaluation, round 25).

An area whose Police, Fire and Crime Commissioner (PFCC) oversees both the police force and the
fire and rescue service. HMICFRS sends ONE definitive list holding both organisations' items
(hmicfrs.xlsx, one sheet, an "Organisation" column). The PFCC's office keeps ONE tracker sheet
for both (tracker.xlsx, sheet "Joint tracker"): a "Service" column filled on the police rows and
on some fire rows, section headings for Police / Fire, report heading rows in the fire section.

Texts: real HMICFRS wording from /work/shared/data/real_recommendations.csv and the casegen text
lists, copied in as literals. Tracker rewordings, updates and local actions written here.

Run:  /work/main/.venv/bin/python build_pfcc_joint_tracker.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip dates).
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 2525
HERE = Path(__file__).resolve().parent
CASE = HERE / "pfcc_joint_tracker"
FIXED_ZIP_TIME = (2025, 3, 3, 9, 0, 0)
FIXED_ISO = "2025-03-03T09:00:00Z"

rng = random.Random(SEED)

POLICE = "Northamptonshire Police"
FIRE = "Northamptonshire Fire and Rescue Service"

# --------------------------------------------------------------------------------------------
# HMICFRS reports: key -> (title, published, organisation)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 datetime(2015, 9, 15), POLICE),
    "eff15": ("PEEL: Police efficiency 2015", datetime(2015, 10, 15), POLICE),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               datetime(2017, 10, 24), POLICE),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", datetime(2017, 12, 12), POLICE),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", datetime(2021, 2, 26), POLICE),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               datetime(2022, 6, 9), POLICE),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy",
               datetime(2024, 9, 12), POLICE),
    "frs18": ("Fire and rescue service inspection 2018/19", datetime(2019, 12, 17), FIRE),
    "frs21": ("Effectiveness, efficiency and people 2021/22", datetime(2022, 7, 27), FIRE),
    "vc23": ("Values and culture in fire and rescue services", datetime(2023, 3, 30), FIRE),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# Real texts ---------------------------------------------------------------------------------
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
FIREARMS_DEMAND = (
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.")
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce.")

VC_BG_CHECKS = (
    "By 1 January 2024, chief fire officers should:\n"
    "• immediately review their current background checks arrangements, and make sure that "
    "suitable and sufficient background checks are in place to safeguard their staff and "
    "communities they serve; and\n"
    "• make sure that appropriate DBS check requests have been submitted for all existing, new "
    "staff, and volunteers, according to their roles as identified by the Fire Standards Board.")
VC_CONCERNS_UPDATES = (
    "By 1 June 2023, chief fire officers should assure themselves that updates on how concerns "
    "are being handled are shared with those who have raised them. The updates should be given "
    "in an accessible way that encourages trust and confidence in the service response. "
    "Consideration should be given to creating a professional standards function to handle "
    "conduct concerns in service (or from an external service) to have oversight of cases, to "
    "make sure they are conducted in a fair and transparent way and to act as a point of "
    "contact for all staff involved.")
# The same recommendation as copied into an FRS committee paper (real text drift).
VC_CONCERNS_UPDATES_DRIFT = (
    "By 1 June 2023, Chief Fire Officers should assure themselves that updates on how concerns "
    "are being handled are shared with those who have raised them. The updates should be given "
    "in an accessible way that encourages trust and confidence in the service response. "
    "Consideration should be given to creating professional standards function to handle "
    "concerns in Service (or from an external service) to have oversight of cases, to make sure "
    "they are conducted in a fair and transparent way and act as a point of contact for all "
    "staff involved.")
VC_NATIONAL_EMPLOYER = (
    "By 1 October 2023, National Employer, the Local Government Association and the National "
    "Fire Chiefs Council should review any current independent arrangements whereby staff can "
    "raise concerns outside their FRS. They should then ensure that all FRS staff have access to "
    "an independent reporting line that can be used as a confidential way to raise concerns "
    "outside their own FRS.")

# --------------------------------------------------------------------------------------------
# HMICFRS items: key -> (report, type, text, status, register id)
# Order here is the order on the definitive list (organisation, then publication date).
# --------------------------------------------------------------------------------------------
H = [
    # ---- Northamptonshire Police: national firearms licensing 2015
    ("P2a", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", 5117),
    ("P2b", "firearms", NAT, FIREARMS_DEMAND, "Being progressed", 5118),
    ("P2c", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", 5119),
    ("P2d", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", 5120),
    ("P2e", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", 5121),
    # ---- Northamptonshire Police: PEEL efficiency 2015 (real Northamptonshire AFIs)
    ("P1a", "eff15", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public",
     "Superseded", 5386),
    ("P1b", "eff15", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs", "Superseded", 5387),
    ("P1c", "eff15", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Superseded", 5388),
    # ---- Stolen freedom 2017
    ("P3a", "stolen", NAT, SF_LEADERSHIP, "Complete", 8417),
    ("P3b", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
     "victims better and to identify suspects as early as possible.", "Complete", 8418),
    ("P3c", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", 8419),
    ("P3d", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed", 8420),
    ("P3e", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete", 8421),
    ("P3f", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", 8422),
    ("P3g", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", 8423),
    # ---- PEEL legitimacy 2017 national
    ("P4a", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete", 8541),
    ("P4b", "leg17", NAT, SAS_MONITORING_2017, "Complete", 8542),
    ("P4c", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Complete", 8543),
    ("P4d", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", 8544),
    ("P4e", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     8545),
    # ---- Disproportionate use of police powers 2021
    ("P5a", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", 11873),
    ("P5b", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", 11874),
    ("P5c", "powers", NAT, BWV_2021, "Being progressed", 11875),
    ("P5d", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete", 11877),
    # ---- PEEL 2021/22 (force AFIs)
    ("P6a", "peel21", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", "Being progressed", 13261),
    ("P6b", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Complete", 13262),
    ("P6c", "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", 13263),
    ("P6d", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", 13264),
    ("P6e", "peel21", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", "Complete", 13265),
    ("P6f", "peel21", AFI, CONTROL_ROOM, "Being progressed", 13266),
    ("P6g", "peel21", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", 13267),
    ("P6h", "peel21", AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", "Being progressed", 13268),
    ("P6i", "peel21", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Complete", 13269),
    ("P6j", "peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed", 13270),
    # ---- PEEL 2023-25 (force AFIs)
    ("P7a", "peel23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", 15904),
    ("P7b", "peel23", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Awaiting review", 15905),
    ("P7c", "peel23", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Being progressed", 15906),
    ("P7d", "peel23", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", "Being progressed",
     15907),
    ("P7e", "peel23", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", "Awaiting review", 15908),
    ("P7f", "peel23", AFI,
     "The force should make sure its analysis of violence against women and girls informs its "
     "strategic assessment and control strategy.", "Awaiting review", 15909),
    ("P7g", "peel23", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", 15910),
    ("P7h", "peel23", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", 15911),
    # ---- Fire: inspection 2018/19 (round 1)
    ("A1", "frs18", AFI,
     "The service should make sure its firefighters and fire control staff have good access to "
     "relevant and up-to-date risk information.", "Superseded", 10342),
    ("A2", "frs18", AFI,
     "The service should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", "Complete", 10343),
    ("A3", "frs18", AFI,
     "The service should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Superseded", 10344),
    ("A4", "frs18", AFI,
     "The service should improve its arrangements both to consult with the public about "
     "business planning and to feed back on changes made to service delivery as a result of "
     "such consultation.", "Complete", 10345),
    ("A5", "frs18", AFI,
     "The service should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Superseded", 10346),
    # ---- Fire: effectiveness, efficiency and people 2021/22 (round 2)
    ("B1", "frs21", AFI,
     "The service should make sure its firefighters and fire control staff have good access to "
     "relevant and up-to-date risk information.", "Being progressed", 13544),
    ("B2", "frs21", COC,
     "The service should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.",
     "Being progressed", 13545),
    ("B3", "frs21", AFI,
     "The service should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed", 13546),
    ("B4", "frs21", AFI,
     "The service should make sure all processes in place to support performance management are "
     "effective.", "Being progressed", 13547),
    ("B5", "frs21", AFI,
     "The service should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Being progressed", 13548),
    ("B6", "frs21", AFI,
     "The service should ensure that it has sufficient resources available in fire control to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", 13549),
    ("B7", "frs21", AFI,
     "The service should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed", 13550),
    # ---- Fire: values and culture 2023 (recommendations for FRSs)
    ("V3", "vc23", NAT, VC_CONCERNS_UPDATES, "Complete", 14212),
    ("V5", "vc23", NAT, VC_BG_CHECKS, "Being progressed", 14217),
    ("V1", "vc23", NAT,
     "By 1 October 2023, chief fire officers should put plans in place to monitor, including "
     "through the gathering and analysis of staff feedback, watch and team cultures and provide "
     "prompt remedial action for any issues they identify.", "Being progressed", 14232),
    ("V2", "vc23", NAT,
     "By 1 October 2023, as a precursor to the development of the College of Fire and Rescue, "
     "chief fire officers and the National Fire Chiefs Council should work with the Home Office "
     "to consider how they can improve the training and support they offer to staff in "
     "management and leadership development. This should include authority members in respect "
     "of their assurance leadership roles and should ensure that opportunities are offered "
     "fairly across all staff groups.", "Being progressed", 14234),
    ("V10", "vc23", NAT,
     "By 1 June 2023, chief fire officers should review how they gather and use equality and "
     "diversity data to improve their understanding of their staff demographics, including "
     "applying and meeting the requirements of the National Fire Chiefs Council equality, "
     "diversity and inclusion data toolkit.", "Being progressed", 14236),
    ("V4", "vc23", NAT,
     "By 1 June 2023, chief fire officers should, as a priority, specify in succession plans how "
     "they intend to improve diversity across all levels of the service. This should include "
     "offering increased direct-entry opportunities.", "Complete", 14240),
    ("V6", "vc23", NAT,
     "By 1 October 2023, Chief Fire Officers should make sure their services provide a "
     "confidential way for staff to raise concerns and that staff are aware of whistleblowing "
     "processes.", "Being progressed", 14214),
    ("V8", "vc23", NAT,
     "By 1 June 2023, Chief Fire Officers should review the support available for those who "
     "have raised concerns and take any action needed to make sure these provisions are "
     "suitable.", "Complete", 14215),
    ("V9", "vc23", NAT,
     "By 1 June 2023, Chief Fire Officers should make sure they provide accessible information "
     "for all staff and members of the public on how they can raise concerns and access "
     "confidential support (including through external agencies). Chief Officers should also "
     "make sure accessible information is provided on how concerns and allegations will be "
     "investigated in a way that ensures confidentiality and is independent of the alleged "
     "perpetrator.", "Being progressed", 14216),
]

HKEYS = [h[0] for h in H]
assert len(set(HKEYS)) == len(HKEYS)
HITEM = {h[0]: h for h in H}

# --------------------------------------------------------------------------------------------
# Tracker furniture
# --------------------------------------------------------------------------------------------
POLICE_LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
                "Head of Intelligence", "Force Crime Registrar", "Head of Professional Standards",
                "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
                "Supt Contact Centre", "Head of Learning & Development", "DCC",
                "Supt Firearms Licensing"]
FIRE_LEADS = ["ACFO Service Delivery", "Area Manager Prevention", "Head of People (NFRS)",
              "Group Manager Response", "Head of Fire Control", "DCFO",
              "Head of Performance & Assurance (NFRS)", "Area Manager Protection"]

POLICE_POOLS = {
    "Core Business 2014": ["ACC Local Policing"],
    "Firearms licensing 2015": ["Supt Firearms Licensing"],
    "PEEL Efficiency 2015": ["Director of Finance", "Head of Corporate Development"],
    "Stolen Freedom (MSHT) 2017": ["Det Ch Supt Force CID", "Ch Supt Public Protection"],
    "PEEL Legit 17 S&S": ["ACC Local Policing", "C/Supt Bell"],
    "Police powers spotlight (Feb 21)": ["ACC Local Policing", "Head of Learning & Development"],
    "PEEL 21/22": ["ACC Crime", "Ch Supt Public Protection", "Det Ch Supt Force CID"],
    "PEEL 2023-25": ["Director of People", "Head of Professional Standards"],
    "Force action": ["Head of Corporate Development", "ACC Local Policing"],
}
FIRE_POOLS = {
    "V&C spotlight": ["Head of People (NFRS)", "DCFO", "Culture & Inclusion Manager (NFRS)"],
}

OPEN_UPDATES_P = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up; implementation plan being drafted.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Update requested from lead for next JIAC.",
]
DONE_UPDATES_P = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; dip-sample confirms compliance.",
    "Ready to move to closed; evidence pack held by Corporate Development.",
]
OPEN_UPDATES_F = [
    "Action plan in place; progress reported to the Fire Executive Group monthly.",
    "Actions on going; next update to the PFCC Accountability Board.",
    "Work started, dependent on ICT delivery.",
]
DONE_UPDATES_F = [
    "All actions completed. Evidence held by Performance & Assurance.",
    "Completed – reported to PFCC Accountability Board.",
]

P_OPEN = {"Not started", "On track", "Off track"}
P_DONE = {"Complete", "Proposed for closure", "Closed – superseded"}
F_OPEN = {"Open - Actions on going on track", "Open - Actions on going off track"}
F_DONE = {"Completed", "Closed"}
NA = {"N/A – national body", "Not applicable to FRS"}

ON = "Open - Actions on going on track"
OFF = "Open - Actions on going off track"


def force_state(status: str) -> str:
    if status in P_OPEN or status in F_OPEN:
        return "open"
    if status in P_DONE or status in F_DONE or status in NA:
        return "done"
    raise ValueError(status)


def hmi_state(status: str) -> str:
    return "open" if status in ("Awaiting review", "Being progressed") else "closed"


def d(y, m, dd):
    return datetime(y, m, dd)


# Tracker entries. Item dict keys: no, service, ref(bool: show HMICFRS ID), report, published,
# type, text, action, status, lead, update, closure, link (HMICFRS key or None), cat (override:
# conflict / not_on_hmicfrs_list), why (extra), merge (group id for merged text cells).
T: list[tuple] = []


def title(text):
    T.append(("title", text))


def blank():
    T.append(("blank",))


def header():
    T.append(("header",))


def section(text):
    T.append(("section", text))


def rephead(text):
    T.append(("report", text))


def note(text):
    T.append(("note", text))


def item(**kw):
    T.append(("item", kw))


def pitem(no, report, published, typ, text, status, link, *, ref=False, update=None,
          closure=None, cat=None, why="", lead=None):
    st = force_state(status)
    if update is None:
        update = rng.choice(DONE_UPDATES_P if st == "done" else OPEN_UPDATES_P)
    item(no=no, service="Police", ref=ref, report=report, published=published, type=typ,
         text=text, action=None, status=status, lead=lead or rng.choice(POLICE_POOLS.get(report, POLICE_LEADS)),
         update=update, closure=closure, link=link, cat=cat, why=why)


def fitem(no, text, status, link, *, service=None, report=None, published=None, typ="AFI",
          action=None, update=None, closure=None, cat=None, why="", lead=None, merge=None):
    st = force_state(status)
    if update is None:
        update = rng.choice(DONE_UPDATES_F if st == "done" else OPEN_UPDATES_F)
    item(no=no, service=service, ref=False, report=report, published=published, type=typ,
         text=text, action=action, status=status, lead=lead or rng.choice(FIRE_POOLS.get(report, FIRE_LEADS)),
         update=update, closure=closure, link=link, cat=cat, why=why, merge=merge)


title("Northamptonshire Police, Fire and Crime Commissioner – HMICFRS recommendations and "
      "areas for improvement: JOINT TRACKER (Police and Fire)")
title("Maintained by OPFCC Performance & Assurance. Last updated 03/03/2025. "
      "For the Joint Independent Audit Committee, 20 March 2025.")
blank()
header()
section("POLICE – Northamptonshire Police (Chief Constable)")

# ---- police rows
pitem("P01", "Core Business 2014", d(2014, 9, 4), "National rec",
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.", "Complete", None,
      cat="not_on_hmicfrs_list", closure=d(2016, 2, 1),
      update="Completed 2016. Crime prevention activity recorded on Niche; evaluation via "
             "Problem Solving Hub.",
      why="Core Business 2014 recommendation still carried in the tracker; HMICFRS no longer "
          "lists it against the force (closed/removed). Query with HMICFRS.")
pitem("P02", "Firearms licensing 2015", d(2015, 9, 15), "National rec",
      "Within 3 months, all CCs should assess how well the governance of firearms licensing in "
      "his or her force meets the standards set out in APP. CCs of forces where the governance "
      "standards are not being complied with should put in place immediately the correct "
      "arrangements & procedures in order to meet the standards in full.", "Complete", "P2a",
      closure=d(2016, 3, 31))
pitem("P03", "Firearms licensing 2015", d(2015, 9, 15), "National rec", FIREARMS_DEMAND,
      "Complete", "P2b", closure=d(2024, 11, 8),
      update="Demand review completed Oct 2024; two additional enquiry officers funded in "
             "2024/25 budget. Backlog cleared.")
pitem("P04", "Firearms licensing 2015", d(2015, 9, 15), "National rec",
      "Immediately, all CCs should satisfy themselves that all appropriate action is being "
      "taken by their force with regard to 'total expired' licensing records.", "Complete",
      "P2c", closure=d(2016, 1, 12))
pitem("P05", "Firearms licensing 2015", d(2015, 9, 15), "National rec",
      "Within 3 months, all CCs should ensure that their arrangements in respect of the use of "
      "temporary permits are in accordance with the HO guidance; that temporary permits are "
      "properly recorded without delay on NFLMS; and that effective systems exist to ensure "
      "certificate holders are not permitted, at any time, to remain in unlawful possession of "
      "a firearm.", "Off track", "P2d",
      update="NFLMS replaced by NFLMS/Shotgun & Firearms portal; temporary permit process to "
             "be re-checked by Supt Firearms Licensing.")
pitem("P06", "PEEL Efficiency 2015", d(2015, 10, 15), "AFI",
      "Further work to gain a fuller understanding of current demand for its services & likely "
      "future changes in demand, so resources can be matched to demand.",
      "Closed – superseded", "P1a",
      update="Superseded by Force Management Statement process (FMS 1-5).")
pitem("P07", "PEEL Efficiency 2015", d(2015, 10, 15), "AFI",
      "Develop understanding of the links between outcomes, outputs and costs.", "Complete",
      "P1b", closure=d(2018, 6, 30),
      update="Priority-based budgeting completed 2018.")
pitem("P08", "PEEL Efficiency 2015", d(2015, 10, 15), "AFI",
      "Develop a future workforce plan aligned with overall demand & budget – to include future "
      "resource allocations, the mix of skills required by the workforce and behaviours "
      "expected of them.", "On track", "P1c",
      update="Strategic Workforce Plan 2025-28 being drafted by Director of People.",
      lead="Director of People")
# Stolen freedom: one recommendation split into its four bullets (one row per bullet)
SF_REP = "Stolen Freedom (MSHT) 2017"
SF_DATE = d(2017, 10, 24)
sf_bullets = [
    ("P09a", "Within 12 months review MSHT leadership & governance arrangements to ensure that "
             "senior leaders prioritise the response to MSHT."),
    ("P09b", "MSHT leadership & governance (cont.) – every incident of modern slavery "
             "identified to police is allocated appropriate resources with the skills, "
             "experience & capacity to investigate it effectively."),
    ("P09c", "MSHT leadership & governance (cont.) – develop effective partnership arrangements "
             "to co-ordinate activity in order to share information & safeguard victims."),
    ("P09d", "MSHT leadership & governance (cont.) – performance & QA measures in place to allow "
             "senior leaders to assess the nature & quality of the service provided to victims."),
]
for no, txt in sf_bullets:
    pitem(no, SF_REP, SF_DATE, "National rec", txt, "Complete", "P3a", closure=d(2019, 3, 29),
          why="one row per bullet of the Stolen freedom leadership recommendation")
pitem("P10", SF_REP, SF_DATE, "National rec",
      "Within 6 months, forces should have in place active ISAs with other agencies to "
      "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
      "identify suspects as early as possible.", "Complete", "P3b", closure=d(2018, 5, 1))
pitem("P11", SF_REP, SF_DATE, "National rec",
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.",
      "Proposed for closure", "P3c", closure=d(2025, 2, 14),
      update="s45 defence checklist built into MSHT investigation template; CPS liaison agreed. "
             "Proposed for closure Feb 2025.")
pitem("P12", SF_REP, SF_DATE, "National rec",
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
      "process as it evolves and are implementing the requirement under the Modern Slavery Act "
      "2015 to notify the HO of any individual suspected to be an adult victim of MSHT.",
      "On track", "P3d")
pitem("P13", SF_REP, SF_DATE, "National rec",
      "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
      "for offences identified as MSHT and that sufficient audit capacity is available to the "
      "force crime registrar.", "Off track", "P3e",
      update="FCR audit of MSHT recording slipped to Q1 2025/26 (audit team capacity).",
      lead="Force Crime Registrar")
pitem("P14", SF_REP, SF_DATE, "National rec",
      "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
      "investigated and effectively supervised by teams and individuals with the skills and "
      "experience to undertake them (this should include the use where appropriate of joint "
      "intelligence teams and other means to obtain intelligence and evidence from agencies "
      "overseas).", "Complete", "P3f", closure=d(2024, 12, 2),
      update="MSHT investigations now allocated to the Exploitation Team (DCI lead). Complete.")
LEG = "PEEL Legit 17 S&S"
LEG_DATE = d(2017, 12, 12)
pitem("P15", LEG, LEG_DATE, "CoC",
      "HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers "
      "is consistently reasonable and fair. In particular, there is over-representation of BAME "
      "people, and black people in particular, in S&S data which many forces are unable to "
      "explain.", "Complete", "P4a", closure=d(2019, 7, 31))
pitem("P16", LEG, LEG_DATE, "National rec", SAS_MONITORING_2017.replace("stop and search",
                                                                        "S&S"),
      "Complete", "P4b", closure=d(2019, 7, 31))
pitem("P17", LEG, LEG_DATE, "National rec",
      "Where forces identify disparities through monitoring, they should demonstrate to the "
      "public that they have: • carried out research and analysis in an attempt to understand "
      "the reasons for the disparity, and • taken action to reduce the disparity, where "
      "necessary;", "On track", "P4c",
      update="Disproportionality research commissioned from the University of Northampton.")
pitem("P18", LEG, LEG_DATE, "National rec",
      "We expect forces to publish this analysis and any actions taken at least on an annual "
      "basis, from July 2018.", "On track", "P4d",
      update="Annual S&S report published each September; 2024 report delayed.")
pitem("P19", LEG, LEG_DATE, "National rec",
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use S&S powers have been provided with, and understand, training on unconscious bias "
      "and CoP APP on S&S.", "Complete", "P4e", closure=d(2024, 10, 1),
      update="S&S and unconscious bias training now in the initial and annual officer safety "
             "programme; 98% compliance.")
POW = "Police powers spotlight (Feb 21)"
POW_DATE = d(2021, 2, 26)
pitem("P20", POW, POW_DATE, "National rec",
      "By July 2021, forces should ensure that officers & staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This "
      "should be in addition to existing training on conflict management and de-escalation.",
      "On track", "P5a", cat="conflict",
      why="deadline differs: HMICFRS 'By July 2022', tracker 'By July 2021' (copied from the "
          "next recommendation); both open")
pitem("P21", POW, POW_DATE, "National rec",
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of CPD for officers & staff, and that supervisors are supported to "
      "routinely and frequently debrief officers on these skills using BWV footage.",
      "Complete", "P5b", closure=d(2024, 6, 28))
pitem("P22", POW, POW_DATE, "National rec",
      "By September 2021, forces should: ensure that officers record on BWV (when this is "
      "available) the entirety of all S&S encounters, including traffic stops and use of force "
      "incidents.\nhave a structured process for regularly reviewing and monitoring internally a "
      "sufficient sample of BWV footage to identify and disseminate learning and hold officers "
      "to account when behaviour falls below acceptable standards.", "On track", "P5c",
      cat="conflict",
      why="tracker text drops the third bullet (external scrutiny panel access to BWV footage); "
          "missing bullet")
pitem("P23", POW, POW_DATE, "National rec",
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.", "Complete", "P5d",
      closure=d(2022, 9, 30))
pitem("P24", POW, POW_DATE, "National rec",
      "The HO and the NPCC should take steps to ensure that the quality of the data collected on "
      "the number of incidents where force has been used to effect a S&S is sufficient for "
      "publication. The HO should publish this data as soon as possible.",
      "N/A – national body", None, cat="not_on_hmicfrs_list",
      update="For Home Office / NPCC. Not for the force to deliver. Retained for audit trail.",
      why="recommendation addressed to the Home Office and NPCC; never on the force's list")
P21R = "PEEL 21/22"
P21D = d(2022, 6, 9)
pitem("P25", P21R, P21D, "AFI",
      "The force should make sure investigations of DA are allocated to officers with the right "
      "skills and are effectively supervised.", "On track", "P6a", ref=True)
pitem("P26", P21R, P21D, "AFI",
      "The force should improve its understanding of the nature and scale of county lines drug "
      "dealing in its area.", "Complete", "P6b", ref=True, closure=d(2023, 8, 1))
pitem("P27", P21R, P21D, "AFI",
      "Make sure victims of stalking & harassment are kept informed about the progress of their "
      "case, in line with the Victims' Code.", "Proposed for closure", "P6c", ref=True,
      closure=d(2025, 1, 20),
      update="Victim update compliance 91% (Dec 2024 dip sample). Proposed for closure.",
      lead="Ch Supt Public Protection")
pitem("P28", P21R, P21D, "AFI",
      "The force should improve the timeliness of its response to calls for service involving "
      "DA.", "Off track", "P6d", ref=True,
      update="Grade 2 DA attendance times still above target; Contact Management review.")
pitem("P29", P21R, P21D, "AFI",
      "The force should make sure it records reports of anti-social behaviour accurately and "
      "without delay.", "On track", "P6e", ref=True,
      update="ASB recording audit planned for Q1 2025/26 before sign off.")
pitem("P30", P21R, P21D, "AFI", CONTROL_ROOM, "On track", "P6f", ref=True,
      update="Control room uplift of 12 call handlers; wellbeing TRiM offer in place. Attrition "
             "still high.",
      lead="Supt Contact Centre")
pitem("P31", P21R, P21D, "AFI",
      "The force should improve the supervision of investigations, so that investigation plans "
      "are set, reviewed and recorded and victims receive a consistently good service.",
      "Complete", "P6g", ref=True, closure=d(2024, 12, 16))
# fire AFI filed in the police section under PEEL 21/22 (same year, wrong service)
item(no="P32", service="Police", ref=False, report=P21R, published=P21D, type="AFI",
     text="The Service Should make sure the corporate risk register is actively used  to "
          "mitigate and manage known risks", action=None, status="On track",
     lead="Head of Corporate Development",
     update="Risk register refreshed and reviewed at Joint Corporate Risk Board.",
     closure=None, link="B3", cat="conflict",
     why="fire AFI (Effectiveness, efficiency and people 2021/22) filed under Police / PEEL "
         "21/22 in the tracker: report and organisation disagree; both open", merge=None)
pitem("P33", P21R, P21D, "AFI",
      "The force should make sure all processes in place to support performance management are "
      "effective.", "Complete", "P6h", ref=True, closure=d(2025, 2, 3),
      update="New Force Performance Framework and monthly Performance Board live from Jan 2025.",
      lead="Head of Corporate Development")
pitem("P34", P21R, P21D, "AFI",
      "The force should make sure it has access to accurate data and analysis to support "
      "effective performance management.", "Complete", "P6i", ref=True, closure=d(2024, 4, 30),
      lead="Head of Corporate Development")
P23R = "PEEL 2023-25"
P23D = d(2024, 9, 12)
pitem("P35", P23R, P23D, "AFI",
      "The force should put plans in place to monitor, including through the gathering and "
      "analysis of staff feedback, team cultures and provide prompt remedial action for any "
      "issues it identifies.", "On track", "P7a", ref=True)
pitem("P36", P23R, P23D, "AFI",
      "The force should specify in succession plans how it intends to improve diversity across "
      "all levels of the force. This should include offering increased direct-entry "
      "opportunities.", "Not started", "P7b", ref=True, update="Awaiting allocation.")
pitem("P37", P23R, P23D, "AFI",
      "Provide a confidential way for staff to raise concerns & make sure staff are aware of "
      "whistleblowing processes.", "Complete", "P7c", ref=True, closure=d(2025, 2, 21),
      update="Confidential reporting line (Safecall) relaunched Nov 2024; intranet and "
             "posters. Complete.")
pitem("P38", P23R, P23D, "AFI",
      "The force should make sure it provides accessible information for all staff and members "
      "of the public on how they can raise concerns and access confidential support (including "
      "through external agencies).", "On track", "P7e", ref=True)
pitem("P39", P23R, P23D, "AFI",
      "Make sure its analysis of VAWG informs the strategic assessment and control strategy.",
      "On track", "P7f", ref=True,
      lead="Ch Supt Public Protection")
pitem("P40", P23R, P23D, "AFI",
      "The force should make sure it has enough specialist capacity and capability to "
      "investigate online child sexual abuse.", "Not started", "P7g", ref=True,
      update="Awaiting allocation.",
      lead="Det Ch Supt Force CID")
pitem("P41", P23R, P23D, "AFI",
      "Improve understanding of suspects released under investigation (RUI) and the management "
      "of those released on bail.", "Complete", "P7h", ref=True, closure=d(2025, 1, 10),
      update="Bail and RUI performance now in the monthly Force Performance pack. Complete.",
      lead="Det Ch Supt Force CID")
rephead("Force's own actions (not from HMICFRS reports)")
pitem("P42", "Force action", None, "Local action",
      "JAC action: Task & Finish group to review the hate crime policy and report to the Force "
      "Executive Team", "On track", None, cat="not_on_hmicfrs_list",
      why="force's own action from the audit committee, not an HMICFRS item")
pitem("P43", "Force action", None, "Local action",
      "Internal audit action: Internal audit of the rural crime governance arrangements (audit "
      "plan 2023/24)", "Complete", None, cat="not_on_hmicfrs_list", closure=d(2024, 5, 31),
      why="internal audit action, not an HMICFRS item")
blank()
section("FIRE AND RESCUE – Northamptonshire Fire and Rescue Service (Chief Fire Officer)")

# ---- fire rows: report heading rows; Report column blank; Published as text
rephead("Fire and Rescue Service inspection 2018/19 (Round 1) – published 17 December 2019")
R1D = "17 Dec 2019"
fitem("F01", "The service should make sure its firefighters and fire control staff have good "
             "access to relevant and up-to-date risk information.", ON, "A1", published=R1D,
      update="Site-specific risk information review ongoing; MDT upgrade.",
      why="identical wording to the 2021/22 AFI (B1); distinguished by the report heading and "
          "date",
      lead="Area Manager Protection")
fitem("F02", "The service should develop a clear prevention strategy targeting people most at "
             "risk and make sure activity undertaken prioritises people most at risk",
      "Completed", "A2", published=R1D, closure="Mar 2021",
      lead="Area Manager Prevention")
fitem("F03", "The service should develop a future workforce plan that is aligned with its "
             "overall demand and budget. The plan should include future resource allocations, "
             "the mix of skills required by the workforce and behaviours expected of them.",
      "Closed", "A3", published=R1D, closure="Jul 2022",
      update="Closed – replaced by 2021/22 people AFIs.",
      lead="Head of People (NFRS)")
fitem("F04", "The service should improve its arrangements both to consult with the public about "
             "business planning and to feed back on changes made to service delivery as a "
             "result of such consultation.", "Completed", "A4", published="27 Jul 2022",
      closure="Nov 2022", cat="conflict",
      why="publication date disagrees: tracker 27 Jul 2022 (the 2021/22 report's date) vs "
          "HMICFRS 17/12/2019 (2018/19 report); both closed",
      lead="Head of Performance & Assurance (NFRS)")
fitem("F05", "The service should develop its understanding of the links between its outcomes, "
             "outputs and costs.", ON, "A5", published=R1D,
      update="Linked to PFCC medium-term financial plan work.",
      lead="ACFO Service Delivery")
rephead("Effectiveness, efficiency and people 2021/22 (Round 2) – published 27 July 2022")
R2D = "27 Jul 2022"
fitem("F06", "The service should make sure its firefighters and fire control staff have good "
             "access to relevant and up-to-date risk information.", ON, "B1", published=R2D,
      update="New risk information system procured; rollout to on-call stations by Sep 2025.",
      why="identical wording to the 2018/19 AFI (A1); distinguished by the report heading and "
          "date",
      lead="Group Manager Response")
fitem("F07", "The Service Should make sure there are appropriate strategic oversight "
             "arrangements in place to manage risks, performance and improvement plans "
             "effectively", ON, "B2", published=R2D, typ="AFI", cat="conflict",
      lead="DCFO",
      why="type disagrees: HMICFRS Cause of concern, tracker AFI; both open")
B4_TEXT = ("The service should make sure all processes in place to support performance "
           "management are effective.")
for no, act, lead in [
    ("F08.1", "Action 1: Introduce annual appraisal for all staff groups, including on-call "
              "and fire control", "Head of People (NFRS)"),
    ("F08.2", "Action 2: Train all supervisory managers in performance conversations",
     "Head of People (NFRS)"),
    ("F08.3", "Action 3: Report appraisal completion rates quarterly to the PFCC Accountability "
              "Board", "Head of Performance & Assurance (NFRS)"),
]:
    fitem(no, B4_TEXT, ON, "B4", published=R2D, action=act, lead=lead, merge="B4",
          why="one row per action of the performance management AFI (text cell merged over "
              "the three action rows)")
fitem("F09", "The service should make sure it has access to accurate data and analysis to "
             "support effective performance management.", OFF, "B5", published=R2D,
      update="Power BI dashboards delayed by data warehouse migration.",
      lead="Head of Performance & Assurance (NFRS)")
fitem("F10", "The service should ensure that it has sufficient resources available in fire "
             "control to fulfil its resourcing model, and so to meet its demand, while also "
             "taking into account the wellbeing of its workforce.", "Completed", "B6",
      published=R2D, closure="Jan 2025",
      update="Fire control establishment increased to 28; wellbeing support and shift review "
             "completed.",
      lead="Head of Fire Control")
fitem("F11", "Review how it gathers and uses E&D data to improve its understanding of its "
             "workforce demographics.", ON, "B7", published=R2D,
      update="HR system (iTrent) equality fields being cleansed.",
      lead="Head of People (NFRS)")
rephead("Values and culture in fire and rescue services (HMICFRS spotlight report, 30 March "
        "2023) – 20 of 35 recommendations are for FRSs")
VCR = "V&C spotlight"
VCD = "30 Mar 2023"
fitem("F12", "Rec 4 – " + VC_CONCERNS_UPDATES_DRIFT, "Completed", "V3", service="Fire",
      report=VCR, published=VCD, typ="Recommendation", closure="Sep 2023",
      why="tracker carries the drifted wording of Rec 4 ('creating professional standards "
          "function to handle concerns in Service'); same recommendation, not a material "
          "difference")
fitem("F13a", "Rec 9 (a) – By 1 January 2024, chief fire officers should immediately review "
              "their current background checks arrangements, and make sure that suitable and "
              "sufficient background checks are in place to safeguard their staff and "
              "communities they serve", "Completed", "V5", service="Fire", report=VCR,
      published=VCD, typ="Recommendation", closure="Dec 2023",
      why="one row per bullet of Rec 9 (background checks)")
fitem("F13b", "Rec 9 (b) – make sure that appropriate DBS check requests have been submitted "
              "for all existing, new staff, and volunteers, according to their roles as "
              "identified by the Fire Standards Board.", "Completed", "V5", service="Fire",
      report=VCR, published=VCD, typ="Recommendation", closure="Dec 2023",
      update="All DBS checks submitted by 22/12/2023 (standard/enhanced per FSB role list).",
      why="one row per bullet of Rec 9 (DBS checks)")
fitem("F14", "Rec 24 – By 1 October 2023, chief fire officers should put plans in place to "
             "monitor, including through the gathering and analysis of staff feedback, watch "
             "and team cultures and provide prompt remedial action for any issues they "
             "identify.", "Completed", "V1", service="Fire", report=VCR, published=VCD,
      typ="Recommendation", closure="Oct 2024",
      update="Culture dashboard and station visits by the culture lead in place. Completed.",
      why="near-identical police AFI (P7a, team cultures) is on its own police row")
fitem("F15", "Rec 28 – By 1 June 2023, chief fire officers should review how they gather and "
             "use equality and diversity data to improve their understanding of their staff "
             "demographics, including applying and meeting the requirements of the NFCC "
             "equality, diversity and inclusion data toolkit.", "Completed", "V10",
      service="Fire", report=VCR, published=VCD, typ="Recommendation", closure="Jun 2024")
fitem("F16", "Rec 32 – By 1 June 2023, chief fire officers should, as a priority, specify in "
             "succession plans how they intend to improve diversity across all levels of the "
             "service. This should include offering increased direct-entry opportunities.",
      ON, "V4", service="Fire", report=VCR, published=VCD, typ="Recommendation",
      update="Succession plan drafted; direct entry station manager scheme under consideration.")
fitem("F17", "By 1 October 2023, Chief Fire Officers should make sure their services provide a "
             "confidential way for staff to raise concerns and that staff are aware of "
             "whistleblowing processes.", ON, "V6", service="Fire", report=VCR,
      published=VCD, typ="Recommendation",
      update="Joint confidential line with the force being scoped by the PFCC.")
fitem("F18", VC_NATIONAL_EMPLOYER, "Not applicable to FRS", None, service="Fire", report=VCR,
      published=VCD, typ="Recommendation", cat="not_on_hmicfrs_list",
      update="Action for National Employer, the Local Government Association and the National "
             "Fire Chiefs Council. No action for NFRS.",
      why="V&C recommendation addressed to National Employer / LGA / NFCC; not on the "
          "service's list")
fitem("F19", "Review the support available for those who have raised concerns and take any "
             "action needed to make sure these provisions are suitable.", "Completed", "V8",
      service="Fire", report=VCR, published=VCD, typ="Recommendation", closure="Nov 2023",
      why="wording (stem dropped) is word for word the police PEEL 2023-25 AFI P7d, which has "
          "no row; the row sits in the Fire V&C section, so it is V8")
fitem("F20", "By 1 June 2023, Chief Fire Officers should make sure they provide accessible "
             "information for all staff and members of the public on how they can raise "
             "concerns and access confidential support (including through external agencies). "
             "Chief Officers should also make sure accessible information is provided on how "
             "concerns and allegations will be investigated in a way that ensures "
             "confidentiality and is independent of the alleged perpetrator.", "Completed",
      "V9", service="Fire", report=VCR, published=VCD, typ="Recommendation",
      closure="Feb 2025")
rephead("Service's own actions (Fire and Rescue Plan 2022–25 / NFRS Culture Action Plan)")
fitem("F21", "Service action: Core Code of Ethics refresher sessions for all watches, fire "
             "control and support staff", ON, None, service="Fire", typ="Local action",
      cat="not_on_hmicfrs_list", why="service's own action (Fire and Rescue Plan)",
      lead="Culture & Inclusion Manager (NFRS)")
fitem("F22", "Service action: Review on-call firefighter availability and crewing model; "
             "report options to the PFCC Accountability Board", OFF, None, typ="Local action",
      cat="not_on_hmicfrs_list", why="service's own action (Fire and Rescue Plan)",
      lead="ACFO Service Delivery")
fitem("F23", "Service action: Introduce a quarterly staff pulse survey on culture and "
             "inclusion, results to the People Board", "Completed", None, service="Fire",
      typ="Local action", closure="Dec 2024", cat="not_on_hmicfrs_list",
      why="service's own Culture Action Plan action listed under own actions; resembles V&C "
          "Rec 24 (V1) in theme but V1 has its own row (F14)",
      lead="Culture & Inclusion Manager (NFRS)")
blank()
note("Status key on the 'Key' tab. N/A rows are kept for the audit trail. Fire rows were "
     "transferred from the NFRS improvement plan tracker in January 2024 and keep NFRS status "
     "wording.")

# --------------------------------------------------------------------------------------------
# Write files
# --------------------------------------------------------------------------------------------
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
SEC_FILL = PatternFill("solid", fgColor="D9D9D9")
REP_FILL = PatternFill("solid", fgColor="DDEBF7")
STATUS_FILL = {
    "Complete": "C6EFCE", "Completed": "C6EFCE", "Proposed for closure": "C6EFCE",
    "Closed": "BFBFBF", "Closed – superseded": "BFBFBF",
    "On track": "FFEB9C", ON: "FFEB9C", "Not started": "FFEB9C",
    "Off track": "FFC7CE", OFF: "FFC7CE",
    "N/A – national body": "FFFFFF", "Not applicable to FRS": "FFFFFF",
}
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_zip(path: Path) -> None:
    """Rewrite an xlsx with fixed timestamps so the build is byte for byte repeatable."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                           rf"\g<1>{FIXED_ISO}\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                           rf"\g<1>{FIXED_ISO}\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_hmicfrs(path: Path) -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = ("HMICFRS – recommendations and areas for improvement held against: "
                "Northamptonshire Police; Northamptonshire Fire and Rescue Service")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Definitive list issued to the Office of the Police, Fire and Crime "
                "Commissioner for Northamptonshire, 14 February 2025")
    hdr = ["ID", "Organisation", "Report", "Publication date", "Type",
           "Recommendation / area for improvement", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
    rows = {}
    r = 5
    for key, rep, typ, text, status, rid in H:
        title_, pub, org = REPORTS[rep]
        vals = [rid, org, title_, pub, typ, text, status]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        rows[key] = f"Definitive list!{r}"
        r += 1
    for col, w in zip("ABCDEFG", (8, 34, 40, 14, 22, 90, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.properties.creator = "HMICFRS"
    wb.save(path)
    fix_zip(path)
    return rows


def write_tracker(path: Path) -> list[tuple[str, dict]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Joint tracker"
    hdr = ["No.", "Service", "HMICFRS ID", "Report", "Published", "Type",
           "Recommendation / AFI", "Action", "Lead", "Status", "Update",
           "Date proposed for closure"]
    ncol = len(hdr)
    out = []
    merges: dict[str, list[int]] = {}
    r = 1
    for e in T:
        kind = e[0]
        if kind == "title":
            ws.cell(row=r, column=1, value=e[1]).font = Font(bold=True, size=12 if r == 1 else 10)
        elif kind == "blank":
            pass
        elif kind == "header":
            for c, h in enumerate(hdr, 1):
                cell = ws.cell(row=r, column=c, value=h)
                cell.font = Font(bold=True, color="FFFFFF")
                cell.fill = HDR_FILL
                cell.alignment = WRAP
            ws.freeze_panes = ws.cell(row=r + 1, column=1)
        elif kind == "section":
            cell = ws.cell(row=r, column=1, value=e[1])
            cell.font = Font(bold=True, size=11)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = SEC_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif kind == "report":
            cell = ws.cell(row=r, column=1, value=e[1])
            cell.font = Font(bold=True, italic=True)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = REP_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif kind == "note":
            ws.cell(row=r, column=1, value=e[1]).font = Font(italic=True, size=9)
        elif kind == "item":
            it = e[1]
            ref = HITEM[it["link"]][5] if it["ref"] and it["link"] else None
            vals = [it["no"], it["service"], ref, it["report"], it["published"], it["type"],
                    it["text"], it["action"], it["lead"], it["status"], it["update"],
                    it["closure"]]
            mg = it.get("merge")
            first_of_merge = True
            if mg:
                first_of_merge = mg not in merges
                merges.setdefault(mg, []).append(r)
            for c, v in enumerate(vals, 1):
                if mg and not first_of_merge and c in (6, 7):
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            fill = STATUS_FILL.get(it["status"])
            if fill:
                ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=fill)
            out.append((f"Joint tracker!{r}", it))
        r += 1
    for mg, rs in merges.items():
        for col in (6, 7):
            ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    for col, w in zip("ABCDEFGHIJKL", (7, 9, 10, 22, 12, 13, 70, 40, 24, 20, 50, 14)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    legend = [
        ("Police rows", ""),
        ("Not started", "Allocated, no work yet"),
        ("On track", "Work under way, expected within timescale"),
        ("Off track", "Beyond deadline or at risk (rationale required)"),
        ("Proposed for closure", "Lead says complete; evidence pack sent to OPFCC for sign off"),
        ("Complete", "Implemented and signed off by the chief officer lead"),
        ("Closed – superseded", "Superseded by a later report or process"),
        ("N/A – national body", "Not for the force to deliver"),
        ("", ""),
        ("Fire rows (NFRS wording)", ""),
        (ON, "Open, on track"),
        (OFF, "Open, off track"),
        ("Completed", "All actions complete"),
        ("Closed", "Closed by the NFRS Improvement Board"),
        ("Not applicable to FRS", "Recommendation is for a national body"),
    ]
    for i, (a, b) in enumerate(legend, 3):
        key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=b)
        if a in STATUS_FILL:
            key.cell(row=i, column=1).fill = PatternFill("solid", fgColor=STATUS_FILL[a])
    key.column_dimensions["A"].width = 36
    key.column_dimensions["B"].width = 60
    wb.properties.creator = "OPFCC Performance & Assurance"
    wb.save(path)
    fix_zip(path)
    return out


def category(hkey: str | None, it: dict | None) -> str:
    if it is None:
        return "missing_from_force"
    if it.get("cat"):
        return it["cat"]
    hs = hmi_state(HITEM[hkey][4])
    fs = force_state(it["status"])
    if hs == "open" and fs == "done":
        return "closeable_submit"
    if hs == "closed" and fs == "open":
        return "closeable_local"
    return "in_sync"


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hrows = write_hmicfrs(CASE / "hmicfrs.xlsx")
    trows = write_tracker(CASE / "tracker.xlsx")

    lines = []
    linked = set()
    for frow, it in trows:
        hk = it["link"]
        cat = category(hk, it)
        if hk:
            linked.add(hk)
            hstat = HITEM[hk][4]
            why = (f"{hk}: HMICFRS '{hstat}' ({hmi_state(hstat)}), tracker "
                   f"'{it['status']}' ({force_state(it['status'])})")
            if it.get("why"):
                why += "; " + it["why"]
            lines.append((hrows[hk], frow, cat, why))
        else:
            lines.append(("", frow, cat, it["why"]))
    for hk in HKEYS:
        if hk not in linked:
            hstat = HITEM[hk][4]
            why = f"{hk}: HMICFRS '{hstat}'; no row in the joint tracker"
            if hk == "P6j":
                why += ("; the fire row F11 has the same wording but sits in the Fire 2021/22 "
                        "section and is the fire AFI B7")
            if hk == "P7d":
                why += ("; the fire V&C row F19 has the same wording without its stem but is "
                        "the fire recommendation V8")
            if hk == "V2":
                why += "; V&C Rec 26 (with NFCC/Home Office) never added to the tracker"
            lines.append((hrows[hk], "", "missing_from_force", why))

    def sort_key(line):
        h, f, _, _ = line
        hn = int(h.split("!")[1]) if h else 10_000
        fn = int(f.split("!")[1]) if f else 10_000
        return (hn, fn)

    lines.sort(key=sort_key)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    counts: dict[str, int] = {}
    for _, _, c, _ in lines:
        counts[c] = counts.get(c, 0) + 1
    print("hmicfrs items:", len(H), " tracker item rows:", len(trows), " truth lines:",
          len(lines))
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
