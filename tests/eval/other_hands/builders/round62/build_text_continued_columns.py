"""Build the case `text_continued_columns`.

HMICFRS side: the force's Organisational Learning team keeps the HMICFRS definitive list in a
SharePoint list whose text columns are "Single line of text" (255 characters at most), so each
recommendation is spread across "Recommendation text", "(cont.)", "(cont. 2)", "(cont. 3)".
The file is the list's "Export to Excel" (sheet `owssvr`, SharePoint's own ID column, the
HMICFRS reference held in the un-renamed `Title` column, Modified / Modified By / Item Type /
Path columns).
Force side: an ordinary Organisational Learning tracker workbook with report heading rows.

Run: /work/main/.venv/bin/python build_text_continued_columns.py
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
import zipfile
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6218
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "text_continued_columns")
os.makedirs(CASE, exist_ok=True)

FORCE = "Northamptonshire Police"
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Real texts (OGL; copied from the casegen text lists)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("HMIC recommends that the force should immediately: put in place arrangements to "
               "ensure that:\n" + "\n".join("• " + b for b in CDI_BULLETS) + ";")
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
DA_REC1_BODY = ("take steps to ensure that there is effective supervision of the initial risk "
                "assessment process, specifically in relation to the completion of DASH risk "
                "assessment in appropriate cases")
DA_REC2_BODY = ("cease the practice of conducting domestic abuse risk assessments over the "
                "telephone and dealing with domestic abuse in the resolution centre")
DA_STEM = "To address this cause of concern, HMIC recommends the force should immediately "
CUSTODY_BULLETS = [
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested",
]
CUSTODY_CHILDREN = ("The force should, in conjunction with children’s social care services, "
                    "review how it manages the detention of children. As a minimum it should:"
                    + "".join("• " + b for b in CUSTODY_BULLETS) + ".")

# Topic AFIs in PEEL wording (casegen TOPIC_BODIES)
def afi(body: str) -> str:
    return "The force should " + body + "."


# --------------------------------------------------------------------------------------------
# Reports (HMICFRS title, publication date, force tracker heading)
# --------------------------------------------------------------------------------------------
R = {
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 18-19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 17), "PEEL 21-22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022",
                  dt.date(2022, 8, 9), "Custody inspection 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25",
               dt.date(2024, 9, 12), "PEEL 23-25"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, ref, report, type, text, status, plan
#   plan: in_sync_open | in_sync_closed | submit | local | missing | conflict:<what> | split:<n>
# --------------------------------------------------------------------------------------------
OPEN_S = ["Being progressed", "Being progressed", "Being progressed", "Awaiting review"]
ITEMS = [
    # national: firearms
    ("f1", 5120, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", "in_sync_closed"),
    ("f2", 5121, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete", "local"),
    ("f3", 5122, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", "missing"),
    ("f4", 5123, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "in_sync_open"),
    ("f5", 5124, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "No further action required",
     "local"),
    ("i1", 3391, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "in_sync_closed"),
    ("c2", 2716, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed", "in_sync_open"),
    ("ss1", 3807, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Superseded", "in_sync_closed"),
    ("pic1", 4415, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Being progressed",
     "in_sync_open"),
    # PEEL effectiveness 2016: cause of concern and its two recommendations (shared prefix)
    ("d0", 6233, "eff16", COC, DA_CAUSE, "Being progressed", "missing"),
    ("d1", 6234, "eff16", REC, DA_CAUSE + " " + DA_STEM + DA_REC1_BODY + ".",
     "Being progressed", "submit"),
    ("d2", 6235, "eff16", REC, DA_CAUSE + " " + DA_STEM + DA_REC2_BODY + ".",
     "Being progressed", "in_sync_open"),
    # national: Stolen freedom
    ("s1", 7702, "stolen", NAT, SF_LEADERSHIP, "Being progressed", "split:4"),
    ("s2", 7703, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", "local"),
    ("s3", 7704, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", "submit"),
    ("s4", 7705, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", "in_sync_closed"),
    ("s5", 7706, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     "in_sync_open"),
    ("s6", 7707, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed", "submit"),
    ("s7", 7708, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Superseded", "local"),
    ("e1", 7815, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed", "submit"),
    ("l0", 8540, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", "in_sync_open"),
    ("l1", 8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", "submit"),
    ("l2", 8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", "in_sync_open"),
    ("l3", 8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", "missing"),
    ("l4", 8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     "in_sync_closed"),
    # PEEL 2018/19
    ("r1", 9104, "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Complete",
     "in_sync_closed"),
    ("r2", 9105, "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Being progressed", "submit"),
    ("r3", 9106, "peel18", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;",
     "Being progressed", "in_sync_open"),
    ("r4", 9107, "peel18", AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", "Complete", "local"),
    ("r5", 9108, "peel18", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "Being progressed",
     "conflict:reference"),
    ("r6", 9109, "peel18", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", "in_sync_open"),
    # CDI 2019
    ("cd1", 9631, "cdi19", REC, CDI_VICTIMS, "Being progressed", "split:5"),
    ("cd2", 9632, "cdi19", AFI,
     "The force should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.", "Superseded", "in_sync_closed"),
    ("cd3", 9633, "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Being progressed", "in_sync_open"),
    # Police powers 2021
    ("p1", 11402, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "missing"),
    ("p2", 11403, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", "in_sync_open"),
    ("p3", 11404, "powers", NAT, BWV_2021, "Being progressed", "submit"),
    ("p5", 11406, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     "conflict:timescale"),
    # PEEL 2021/22
    ("q1", 12210, "peel21", AFI, afi("improve its understanding of the nature and scale of "
                                     "county lines drug dealing in its area"),
     "Being progressed", "in_sync_open"),
    ("q2", 12211, "peel21", AFI, afi("make sure investigations of rape and serious sexual "
                                     "offences are allocated to officers with the right skills "
                                     "and are effectively supervised"),
     "Being progressed", "submit"),
    ("q3", 12212, "peel21", AFI, afi("improve how it works with partner organisations to "
                                     "safeguard people at risk from child sexual exploitation"),
     "Complete", "local"),
    ("q4", 12213, "peel21", AFI, afi("make sure victims of stalking and harassment are kept "
                                     "informed about the progress of their case, in line with "
                                     "the Code of Practice for Victims of Crime"),
     "Being progressed", "in_sync_open"),
    ("q5", 12214, "peel21", AFI, afi("make sure it records reports of hate crime accurately and "
                                     "without delay"),
     "Complete", "in_sync_closed"),
    ("q6", 12215, "peel21", AFI, afi("improve the timeliness of its response to calls for "
                                     "service involving people with mental ill health"),
     "Being progressed", "submit"),
    ("q7", 12216, "peel21", AFI, afi("make sure it has enough specialist capacity and "
                                     "capability to investigate online child sexual abuse"),
     "Being progressed", "conflict:type"),
    ("q8", 12217, "peel21", AFI, afi("make sure it consistently uses ancillary orders and "
                                     "other powers to protect victims of domestic abuse"),
     "Complete", "local"),
    ("q9", 12218, "peel21", AFI, afi("make sure its performance framework gives senior leaders "
                                     "a clear picture of its response to anti-social behaviour"),
     "Being progressed", "in_sync_open"),
    # Custody 2022
    ("cu1", 12604, "custody22", REC, CUSTODY_CHILDREN, "Being progressed", "conflict:bullet"),
    # PEEL 2023/25
    ("v0", 13951, "peel23", COC,
     "The size of the vetting backlog within Northamptonshire Police is a cause of concern.",
     "Being progressed", "in_sync_open"),
    ("v1", 13952, "peel23", REC,
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed", "in_sync_open"),
    ("w1", 13953, "peel23", AFI, afi("improve the way it manages the risk posed by offenders "
                                     "involved in serious and organised crime"),
     "Awaiting review", "missing"),
    ("w2", 13954, "peel23", AFI, afi("make sure officers and staff have the training they need "
                                     "to identify and respond to honour-based abuse"),
     "Awaiting review", "missing"),
    ("w3", 13955, "peel23", AFI, afi("make sure it provides a confidential way for staff to "
                                     "raise concerns and that staff are aware of whistleblowing "
                                     "processes"),
     "Being progressed", "in_sync_open"),
    ("w4", 13956, "peel23", AFI, afi("review how it gathers and uses equality and diversity "
                                     "data to improve its understanding of its workforce "
                                     "demographics"),
     "Being progressed", "in_sync_open"),
    ("w5", 13957, "peel23", AFI, afi("improve how it gathers, assesses and acts on intelligence "
                                     "about fraud"),
     "Being progressed", "conflict:report"),
    ("w6", 13958, "peel23", AFI, afi("make sure the corporate risk register is actively used to "
                                     "mitigate and manage known risks"),
     "Awaiting review", "in_sync_open"),
]

CLOSURE_COMMENTS = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity.",
                 "Closure evidence reviewed by FLL. Complete."],
    "Superseded": ["This area of activity has subsequently been inspected in HMICFRS's PEEL "
                   "inspections. Where a cause of concern still exists this will appear in the "
                   "register against these subsequent inspections."],
    "No further action required": ["Closed - no further action required. Covered by national "
                                   "work (NPCC firearms licensing lead)."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.", None, None, None],
    "Awaiting review": ["New recommendation", None],
}

EDITORS = ["Sarah Whitlock", "Daniel Okafor", "OL Team Admin", "Priya Nandra"]
LIMIT = 255


def sp_single_line(text: str) -> str:
    """A single-line-of-text field holds no line breaks: pasting turns them into spaces."""
    return " ".join(text.replace("\r", "").split("\n")).replace("  ", " ")


def split_text(text: str, mode: str) -> list[str]:
    """mode 'hard': cut every 255 characters wherever that falls (mid-word);
    mode 'word': cut at the last space before 255, the space itself dropped."""
    parts = []
    rest = text
    while len(rest) > LIMIT:
        if mode == "hard":
            parts.append(rest[:LIMIT])
            rest = rest[LIMIT:]
        else:
            cut = rest.rfind(" ", 0, LIMIT + 1)
            parts.append(rest[:cut])
            rest = rest[cut + 1:]
    parts.append(rest)
    return parts


# --------------------------------------------------------------------------------------------
# HMICFRS workbook (SharePoint "Export to Excel")
# --------------------------------------------------------------------------------------------
H_HEAD = ["ID", "Title", "Report", "Published", "Type", "Recommendation text",
          "Recommendation text (cont.)", "Recommendation text (cont. 2)",
          "Recommendation text (cont. 3)", "HMICFRS status", "Status date", "HMICFRS comment",
          "Modified", "Modified By", "Item Type", "Path"]

hwb = Workbook()
hws = hwb.active
hws.title = "owssvr"
hws.append(H_HEAD)
for c in hws[1]:
    c.font = Font(bold=True)

h_row: dict[str, int] = {}
h_info: dict[str, dict] = {}
sp_id = 3
for key, ref, rep, typ, text, status, plan in ITEMS:
    sp_id += rng.choice([1, 1, 1, 1, 2, 3])       # gaps: items deleted from the list
    title, pub, _ = R[rep]
    flat = sp_single_line(text)
    mode = "hard" if rng.random() < 0.65 else "word"
    if key in ("d0", "d1", "d2"):
        mode = "hard"                              # identical first 255+ characters
    parts = split_text(flat, mode)
    assert len(parts) <= 4, (key, len(parts))
    parts += [None] * (4 - len(parts))
    if status in ("Complete", "Superseded", "No further action required"):
        sdate = max(pub + dt.timedelta(days=rng.randint(200, 1500)), pub)
        sdate = min(sdate, dt.date(2025, 2, 28))
    else:
        sdate = min(pub + dt.timedelta(days=rng.randint(20, 900)), dt.date(2025, 2, 28))
    comment = rng.choice(CLOSURE_COMMENTS[status])
    modified = dt.datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17),
                           rng.randint(0, 59))
    if status == "Awaiting review":
        modified = dt.datetime(2025, 2, rng.randint(3, 27), rng.randint(8, 17), rng.randint(0, 59))
    row = [sp_id, str(ref), title, dt.datetime.combine(pub, dt.time()), typ, *parts, status,
           dt.datetime.combine(sdate, dt.time()), comment, modified, rng.choice(EDITORS), "Item",
           "sites/OrgLearning/Lists/HMICFRS Definitive List"]
    hws.append(row)
    r = hws.max_row
    h_row[key] = r
    h_info[key] = dict(ref=ref, rep=rep, typ=typ, text=text, status=status, plan=plan,
                       parts=[p for p in parts if p], mode=mode)
    hws.cell(r, 4).number_format = "dd/mm/yyyy"
    hws.cell(r, 11).number_format = "dd/mm/yyyy"
    hws.cell(r, 13).number_format = "dd/mm/yyyy hh:mm"

widths = [6, 9, 40, 12, 22, 60, 60, 60, 60, 18, 12, 40, 16, 16, 8, 40]
for i, w in enumerate(widths):
    hws.column_dimensions[chr(65 + i)].width = w
hws.auto_filter.ref = f"A1:P{hws.max_row}"
hws.freeze_panes = "A2"

# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "A Task & Finish group has been set up; project plan and policy rewrite under way.",
            "Addressed holistically as part of the force change programme.",
            "Update requested from lead 14/02 - none received.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "On track. Next update to Organisational Learning Board in April."]
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Policy signed off and in place. Dip sample shows compliance.",
            "Ready to move to GREEN status. Closure pack with FLL.",
            "Complete - evidence pack sent to HMICFRS liaison lead."]

def clean_bullet(b: str) -> str:
    return b.removesuffix("; and").removesuffix(";")


# force text for each item (None = the HMICFRS text, as pasted from the report)
def abbreviate(t: str) -> str:
    for a, b in [("modern slavery and human trafficking", "MSHT"),
                 ("national crime recording standard (NCRS)", "NCRS"),
                 ("Home Office", "HO"), ("chief constables", "CCs"),
                 ("within three months", "within 3 months"), ("Within three months", "Within 3 months")]:
        t = t.replace(a, b)
    return t


F_TEXT = {
    "f2": "Assess demand on Firearms Licensing dept & ensure capacity to meet it and provide an "
          "efficient and effective service at all times (3 months)",
    "f4": abbreviate(ITEMS[3][4]),
    "f5": "Within 3 months - systems to identify (before police attend) whether an incident "
          "involves / is at the address of a firearm certificate holder, always applied by "
          "dispatchers; officers understand the risk assessment and their power to seize "
          "firearms and certificates.",
    "s5": abbreviate([i for i in ITEMS if i[0] == "s5"][0][4]),
    "d1": "Immediately " + DA_REC1_BODY + ".",
    "d2": "Cease the practice of conducting DA risk assessments over the telephone and dealing "
          "with DA in the resolution centre.",
    "c2": "By 31/03/2015 - ensure crime prevention or disruption activity is systematically "
          "recorded & subsequently evaluated to determine the effectiveness of tactics.",
    "e1": "By September 2018, chief constables should produce an ambitious plan to improve "
          "digitally-enabled services within their force.",
    "r6": "Improve ability to retrieve digital evidence from mobile phones, computers etc "
          "quickly enough that investigations are not delayed.",
    "s2": "Within six months, forces should have in place active information-sharing "
          "agreements with other agencies to facilitate speedy exchange of intelligence and in "
          "order to safeguard victims better and to identify suspects as early as possible.",
    "q4": "Keep victims of stalking & harassment informed of progress of their case in line "
          "with the Victims' Code.",
    "w4": "Review how the force gathers and uses equality & diversity data to understand its "
          "workforce demographics.",
    # conflicts
    "p5": "By July 2022, forces should ensure they have effective internal monitoring "
          "processes on the use of force, to help them to identify and understand "
          "disproportionate use, explain the reasons and implement any necessary improvement "
          "action.",
    "cu1": "The force should, in conjunction with children’s social care services, review how "
           "it manages the detention of children. As a minimum it should:\n"
           + "\n".join("• " + clean_bullet(b) for b in CUSTODY_BULLETS[:3]) + ".",
}
# which items have no HMICFRS ref in the tracker (matched by text only)
NO_REF = {"d1", "r6", "e1", "q4", "w4", "c2", "s2"}
REF_AS_TEXT = {"f4", "l1", "q6"}       # typed as "Ref 5123" etc

SPLIT_TEXT = {
    "s1": ["Senior leaders prioritise the response to MSHT (leadership & governance review)",
           "Every incident of modern slavery identified to police is allocated appropriate "
           "resources with the skills, experience and capacity to investigate it effectively",
           "Develop effective partnership arrangements to co-ordinate activity, share "
           "information and safeguard victims",
           "Performance and QA measures in place so senior leaders can assess the nature and "
           "quality of the service provided to victims"],
    "cd1": ["• " + clean_bullet(b) for b in CDI_BULLETS],
}

F_HEAD = ["OL No.", "HMICFRS ref", "Type", "Recommendation / area for improvement", "Lead",
          "RAG", "Status", "Latest update", "Date submitted to HMICFRS"]
fwb = Workbook()
fws = fwb.active
fws.title = "Tracker"
fws["A1"] = f"{FORCE} - Organisational Learning: HMICFRS recommendations & AFIs tracker"
fws["A1"].font = Font(bold=True, size=14)
fws["A2"] = "Last updated 10/03/2025 (OL team) - for Joint Independent Audit Committee 27/03/2025"
fws["A2"].font = Font(italic=True)
fws.append([])
fws.append(F_HEAD)
HEADER_ROW = fws.max_row
for c in fws[HEADER_ROW]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")

FTYPE = {NAT: "National rec", REC: "Recommendation", AFI: "AFI", COC: "Cause of concern"}
RAG_FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}

truth: list[tuple[str, str, str, str]] = []
ol_no = 0


CUR = {"lead": None}


def heading(label: str) -> None:
    fws.append([label])
    r = fws.max_row
    fws.cell(r, 1).font = Font(bold=True)
    for c in range(1, len(F_HEAD) + 1):
        fws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")


def add_row(ref, typ, text, done: bool, sub_date=None, lead=None, status=None, upd=None):
    global ol_no
    ol_no += 1
    if status is None:
        status = rng.choice(["Complete", "Complete - submitted for closure"]) if done else \
            rng.choice(["In progress", "In progress", "Open", "Not started"])
    rag = "Green" if done else ("Red" if status == "Not started" else
                                rng.choice(["Amber", "Amber", "Red"]))
    if upd is None:
        upd = rng.choice(DONE_UPD if done else OPEN_UPD)
    if done and sub_date is None and "submitted" in status:
        sub_date = dt.datetime(2025, rng.randint(1, 2), rng.randint(1, 28))
    fws.append([f"OL-{ol_no:03d}", ref, typ, text, lead or CUR["lead"] or rng.choice(LEADS), rag, status, upd,
                sub_date])
    r = fws.max_row
    fws.cell(r, 2).number_format = "0"
    fws.cell(r, 6).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
    if sub_date is not None:
        fws.cell(r, 9).number_format = "dd/mm/yyyy"
    fws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def hid(key):
    return f"owssvr!{h_row[key]}"


def fid(r):
    return f"Tracker!{r}"


# order of report groups in the tracker (its own order: oldest first)
GROUPS = ["austerity", "core", "integrity", "sas15", "picture", "firearms", "eff16", "stolen",
          "efc17", "leg17", "peel18", "cdi19", "powers", "peel21", "custody22", "peel23"]
LOCAL = {
    "eff16": ["Task & Finish group to review the domestic abuse policy and report to the Force "
              "Executive Team"],
    "cdi19": ["Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
              "report findings to the Crime Standards Board"],
    "peel21": ["Add county lines drug dealing measures to the monthly Force Performance pack",
               "Internal audit action: review of stalking protection order process (audit plan "
               "2023/24)"],
    "peel23": ["Force action - Appoint a single point of contact for fraud in each local "
               "policing area",
               "Refresh the serious and organised crime problem profile and add it to the "
               "control strategy"],
}
GROUP_LEAD = {"austerity": "Director of Finance", "core": "Supt Contact Centre",
              "integrity": "Head of Professional Standards", "sas15": "ACC Local Policing",
              "picture": "Head of Information Management", "firearms": "Supt Firearms Licensing",
              "eff16": "Ch Supt Public Protection", "stolen": "Det Ch Supt Force CID",
              "efc17": "Head of Corporate Development", "leg17": "ACC Local Policing",
              "cdi19": "Force Crime Registrar", "custody22": "Ch Insp Custody"}
by_group: dict[str, list[str]] = {g: [] for g in GROUPS}
for it in ITEMS:
    by_group[it[2]].append(it[0])
# conflict:report item is filed by the force under the previous PEEL
by_group["peel23"].remove("w5")
by_group["peel21"].append("w5")

ref_text = lambda k: (f"Ref {h_info[k]['ref']}" if k in REF_AS_TEXT else h_info[k]["ref"])

for g in GROUPS:
    heading(R[g][2])
    CUR["lead"] = GROUP_LEAD.get(g)
    if g == "austerity":
        r = add_row(1203, "National rec",
                    "All Chief Constables and PCCs should review their plans to deliver savings "
                    "to ensure they are doing all they can to continue to reduce crime and "
                    "protect the front line while balancing their budgets.", False,
                    lead="Director of Finance", status="In progress",
                    upd="Medium Term Financial Plan refreshed annually; no change this quarter.")
        truth.append(("", fid(r), "not_on_hmicfrs_list",
                      "Policing in Austerity 2014 rec 1203: the force still tracks it but it is "
                      "not on the HMICFRS definitive list"))
    if g == "core":
        r = add_row(2715, "National rec",
                    "Not later than 31 March 2015 those forces using a threat, harm and risk "
                    "policy, that have not yet done so, should provide call-handlers with "
                    "specific, sound and comprehensible criteria against which they can assess "
                    "threat, harm and risk.", True, status="Complete",
                    upd="THRIVE embedded in the control room since 2016.")
        truth.append(("", fid(r), "not_on_hmicfrs_list",
                      "Core Business rec 2715 is not on the definitive list (only 2716 is)"))
    for k in by_group[g]:
        h = h_info[k]
        plan = h["plan"]
        ref = "" if k in NO_REF else ref_text(k)
        ftyp = FTYPE[h["typ"]]
        cur_lead = GROUP_LEAD.get(g)
        text = F_TEXT.get(k, h["text"])
        hr = hid(k)
        if plan == "missing":
            why = f"{h['ref']} ({h['status']}) has no row in the tracker"
            if k == "d0":
                why += ("; the cause of concern paragraph is also the first 510 characters of "
                        "6234 and 6235, whose tracker rows carry only the recommendation")
            truth.append((hr, "", "missing_from_force", why))
            continue
        if plan.startswith("split"):
            for i, t in enumerate(SPLIT_TEXT[k]):
                done = (k == "cd1")
                r = add_row(ref_text(k), ftyp, t, done,
                            status="Complete - submitted for closure" if done else "In progress",
                            upd=("Evidence pack for all five strands sent to HMICFRS 03/02/2025."
                                 if done else None),
                            sub_date=dt.datetime(2025, 2, 3) if done else None)
                if i == 0:
                    first_no = ol_no
                else:
                    ol_no -= 1
                fws.cell(r, 1).value = f"OL-{first_no:03d}{'abcde'[i]}"
                cat = "closeable_submit" if done else "in_sync"
                truth.append((hr, fid(r), cat,
                              f"{h['ref']} split one row per bullet (bullet {i + 1}); HMICFRS "
                              f"{h['status']}, force " + ("done" if done else "open")))
            continue
        if plan == "in_sync_open":
            r = add_row(ref, ftyp, text, False)
            truth.append((hr, fid(r), "in_sync",
                          f"{h['ref']} open on both (HMICFRS {h['status']})"))
        elif plan == "in_sync_closed":
            r = add_row(ref, ftyp, text, True, status=rng.choice(["Closed", "Complete"]),
                        upd="Closed by HMICFRS.")
            truth.append((hr, fid(r), "in_sync", f"{h['ref']} closed on both ({h['status']})"))
        elif plan == "submit":
            r = add_row(ref, ftyp, text, True)
            why = f"{h['ref']} HMICFRS {h['status']}, force complete"
            if k == "d1":
                why += (" (no ref in tracker; differs from 6235 only in HMICFRS cont. 2/cont. 3:"
                        " supervision of DASH, not telephone risk assessments)")
            truth.append((hr, fid(r), "closeable_submit", why))
        elif plan == "local":
            r = add_row(ref, ftyp, text, False, status="In progress")
            truth.append((hr, fid(r), "closeable_local",
                          f"{h['ref']} HMICFRS {h['status']}, force still in progress"))
        elif plan == "conflict:reference":
            r = add_row(9180, ftyp, text, False, status="In progress")
            truth.append((hr, fid(r), "conflict",
                          "same report and text as 9108 but the tracker records ref 9180 "
                          "(digits transposed); 9180 is not on the list"))
        elif plan == "conflict:timescale":
            r = add_row(ref, ftyp, text, False, status="In progress")
            truth.append((hr, fid(r), "conflict",
                          "11406: HMICFRS 'By July 2021', tracker 'By July 2022' (deadline)"))
        elif plan == "conflict:type":
            r = add_row(ref, "Recommendation", text, False, status="In progress")
            truth.append((hr, fid(r), "conflict",
                          "12216: HMICFRS type Area for improvement, tracker Recommendation"))
        elif plan == "conflict:bullet":
            r = add_row(ref, ftyp, text, False, status="In progress")
            truth.append((hr, fid(r), "conflict",
                          "12604: tracker lists three bullets; the fourth (appropriate adult "
                          "support for children), which sits in HMICFRS '(cont. 2)', is missing"))
        elif plan == "conflict:report":
            r = add_row(ref, ftyp, text, False, status="In progress")
            truth.append((hr, fid(r), "conflict",
                          "13957 is PEEL 2023/25 (published 12/09/2024) on the list, filed "
                          "under PEEL 21-22 in the tracker (report)"))
        else:
            raise ValueError(plan)
    for t in LOCAL.get(g, []):
        done = rng.random() < 0.3
        r = add_row("", "Local action", t, done, lead=GROUP_LEAD.get(g),
                    status="Complete" if done else None,
                    upd=("Action complete - signed off at Organisational Learning Board."
                         if done else "Local action - monitored by OL Board only."))
        truth.append(("", fid(r), "not_on_hmicfrs_list", "force's own local action"))

fws.append([])
fws.append(["Key: RAG Green = implemented; Amber = in progress, on track; Red = off track / "
            "not started. 'Complete - submitted for closure' = evidence sent to HMICFRS."])
fws.cell(fws.max_row, 1).font = Font(italic=True)
for col, w in zip("ABCDEFGHI", [10, 12, 16, 80, 26, 8, 28, 50, 14]):
    fws.column_dimensions[col].width = w
fws.freeze_panes = fws.cell(HEADER_ROW + 1, 1)


def save_det(wb, path):
    """Save with a fixed timestamp so the file is byte-for-byte reproducible."""
    fixed = dt.datetime(2025, 3, 10, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Organisational Learning"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "now" on save
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-03-10T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


save_det(hwb, os.path.join(CASE, "hmicfrs.xlsx"))
save_det(fwb, os.path.join(CASE, "tracker.xlsx"))

with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)

# summary for the README
from collections import Counter
cnt = Counter(t[2] for t in truth)
print("HMICFRS items:", len(ITEMS), " tracker item rows:",
      sum(1 for t in truth if t[1]), " truth lines:", len(truth))
for k, v in sorted(cnt.items()):
    print(f"  {k}: {v}")
for k, h in h_info.items():
    print(k, h_row[k], h["mode"], len(h["parts"]))
