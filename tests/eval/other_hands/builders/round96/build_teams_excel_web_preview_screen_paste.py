"""Build the case `teams_excel_web_preview_screen_paste` (round 96, case A).

HMICFRS side: the definitive list, shared as a view-only SharePoint link in a Teams chat
(download blocked), copied out of the Teams / Excel-for-the-web preview one screenful at a
time and pasted into a new workbook.  Force side: an ordinary tracker workbook.

Run with /work/main/.venv/bin/python; rebuilds every file byte for byte (no clock, no
randomness, fixed document properties and zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

CASE = "teams_excel_web_preview_screen_paste"
OUT = Path(__file__).resolve().parent / CASE
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------- reports
# key -> (title as HMICFRS lists it, published)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – West Midlands Police", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands "
                 "Police", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – West Midlands Police", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Midlands "
                 "Police", dt.date(2022, 5, 12)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022 – West "
                  "Midlands Police", dt.date(2022, 8, 16)),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – West Midlands "
                 "Police", dt.date(2024, 7, 5)),
}

# --------------------------------------------------------------------------- HMICFRS items
# (key, register id, report, type, text (real wording, literal), status, status date)
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
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
)
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative and "
    "safeguarding action"
)
CDI_REC = (
    "Within six months the force should put in place arrangements to ensure that:\n• at the "
    "point of report, victims are believed;\n• conversations between the call handlers and "
    "callers are summarised accurately in the incident log, thus providing attending officers "
    "with full facts on which to base crime-recording decisions;\n• multiple crimes are always "
    "recorded when described within incident records or identified as part of other recorded "
    "crime investigations;\n• the practice of awaiting the results of medical examinations or "
    "video interviews before making crime-recording decisions is stopped; and\n• online "
    "reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
    "victim or the wider public are identified and appropriately managed."
)
CUSTODY_REC = (
    "Within six months West Midlands Police should in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

AR, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")

ITEMS = [
    ("S1", 2104, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO, dt.date(2016, 2, 11)),
    ("S2", 2105, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     CO, dt.date(2016, 6, 3)),
    ("S3", 2106, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     BP, dt.date(2019, 1, 21)),
    ("E1", 2321, "everyone", NAT, EVERYONE_PLAN, CO, dt.date(2026, 6, 9)),
    ("A1", 3010, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     SU, dt.date(2026, 5, 18)),
    ("A2", 3011, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", SU, dt.date(2026, 5, 18)),
    ("A3", 3012, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NF, dt.date(2026, 5, 18)),
    ("A4", 3013, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     BP, dt.date(2018, 3, 7)),
    ("C1", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", AR, dt.date(2014, 9, 4)),
    ("C2", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, dt.date(2017, 11, 30)),
    ("I1", 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CO, dt.date(2017, 4, 27)),
    ("Q1", 5120, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     BP, dt.date(2019, 1, 21)),
    ("P1", 5340, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", AR, dt.date(2015, 7, 1)),
    ("F1", 5501, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, dt.date(2016, 10, 12)),
    ("F2", 5502, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, dt.date(2024, 2, 14)),
    ("F3", 5503, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     CO, dt.date(2026, 7, 1)),
    ("F4", 5504, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, dt.date(2024, 2, 14)),
    ("F5", 5505, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, dt.date(2024, 2, 14)),
    ("W1", 6610, "eff16", COC, MISSING_COC, BP, dt.date(2018, 3, 22)),
    ("W2", 6611, "eff16", REC, MISSING_REC, BP, dt.date(2018, 3, 22)),
    ("T1", 8101, "stolen", NAT, SF_LEADERSHIP, BP, dt.date(2019, 6, 5)),
    ("T2", 8102, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     CO, dt.date(2020, 1, 15)),
    ("T3", 8103, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     BP, dt.date(2019, 6, 5)),
    ("T4", 8104, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, dt.date(2019, 6, 5)),
    ("T5", 8105, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", AR, dt.date(2017, 10, 24)),
    ("T6", 8106, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", BP, dt.date(2019, 6, 5)),
    ("T7", 8107, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", CO, dt.date(2026, 7, 1)),
    ("D1", 8210, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", SU, dt.date(2026, 5, 18)),
    ("L1", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, dt.date(2018, 9, 12)),
    ("L2", 8542, "leg17", NAT, SAS_MONITORING_2017, BP, dt.date(2018, 9, 12)),
    ("L3", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     BP, dt.date(2018, 9, 12)),
    ("L4", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", CO, dt.date(2021, 3, 3)),
    ("L5", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     BP, dt.date(2018, 9, 12)),
    ("V1", 8796, "peel1819", COC,
     "The size of the vetting backlog within West Midlands Police is a cause of concern.",
     BP, dt.date(2021, 11, 4)),
    ("V2", 8797, "peel1819", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", BP, dt.date(2021, 11, 4)),
    ("K1", 9020, "cdi19", REC, CDI_REC, AR, dt.date(2019, 9, 26)),
    ("P21", 10112, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     BP, dt.date(2022, 9, 28)),
    ("P22", 10113, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, dt.date(2022, 9, 28)),
    ("P23", 10114, "powers", NAT, BWV_2021, BP, dt.date(2022, 9, 28)),
    ("P24", 10115, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", BP, dt.date(2022, 9, 28)),
    ("P25", 10116, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", AR, dt.date(2021, 2, 26)),
    ("G1", 11201, "peel2122", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", BP, dt.date(2023, 8, 17)),
    ("G2", 11202, "peel2122", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     BP, dt.date(2023, 8, 17)),
    ("G3", 11203, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     AR, dt.date(2022, 5, 12)),
    ("G4", 11204, "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", BP, dt.date(2023, 8, 17)),
    ("G5", 11205, "peel2122", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", CO, dt.date(2025, 1, 29)),
    ("G6", 11206, "peel2122", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", BP, dt.date(2023, 8, 17)),
    ("G7", 11207, "peel2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", BP, dt.date(2023, 8, 17)),
    ("U1", 11530, "custody22", REC, CUSTODY_REC, AR, dt.date(2022, 8, 16)),
    ("N1", 12301, "peel2325", AFI,
     "The force should make sure investigations of county lines drug dealing are allocated to "
     "officers with the right skills and are effectively supervised.", AR, dt.date(2024, 7, 5)),
    ("N2", 12302, "peel2325", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", AR, dt.date(2024, 7, 5)),
    ("N3", 12303, "peel2325", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", AR, dt.date(2024, 7, 5)),
    ("N4", 12304, "peel2325", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.", AR, dt.date(2024, 7, 5)),
    ("N5", 12305, "peel2325", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", AR, dt.date(2024, 7, 5)),
]
KEYS = [it[0] for it in ITEMS]
assert len(set(KEYS)) == len(KEYS) and 45 <= len(ITEMS) <= 130

COMMENTS = {
    AR: "New recommendation",
    BP: "The progress of the implementation of this recommendation is currently being "
        "monitored by HMICFRS and this record will, in due course, be updated.",
    CO: "This recommendation is complete",
    SU: "This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
        "Where a cause of concern still exists this will appear in the register against these "
        "subsequent inspections.",
    NF: "No further action required. Closed at the national review of legacy recommendations.",
}
CLOSED = {CO, SU, NF}


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


# --------------------------------------------------------------------------- HMICFRS paste
# Screens the analyst copied: (first item index, last item index inclusive, start column,
# with title rows?).  Screen 2 starts two rows early (the two rows still visible at the top
# after scrolling were selected again); screen 3 was pasted one column to the right.
HEAD = ["Ref", "Report", "Published", "Type", "Recommendation / area for improvement", "Status",
        "Status date", "HMICFRS comment"]
SCREENS = [(0, 14, 1, True), (13, 28, 1, False), (29, 41, 2, False), (42, 53, 1, False)]
HSHEET = "Def list pasted"

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="1F3864")
HEADFONT = Font(bold=True, color="FFFFFF")


def build_hmicfrs(path: Path) -> tuple[dict, list]:
    wb = Workbook()
    ws = wb.active
    ws.title = HSHEET
    item_row: dict[str, int] = {}
    nonitems: list[tuple[int, str]] = []
    r = 1
    for si, (a, b, col, titles) in enumerate(SCREENS):
        if si:
            nonitems.append((r, "blank row the analyst left between two pasted screens"))
            r += 1
        if titles:
            ws.cell(r, col, "HMICFRS – definitive list of recommendations held against West "
                            "Midlands Police").font = Font(bold=True, size=14)
            ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + 7)
            nonitems.append((r, "list title (frozen row of the shared file)"))
            r += 1
            ws.cell(r, col, "List produced 27th October 2026 for force liaison review. Shows "
                            "items open, and items closed since the last list (14th April "
                            "2026). OFFICIAL")
            ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + 7)
            nonitems.append((r, "list subtitle / date line (frozen row of the shared file)"))
            r += 1
        for j, h in enumerate(HEAD):
            c = ws.cell(r, col + j, h)
            c.font, c.fill = HEADFONT, HEADFILL
        nonitems.append((r, "column header row" + (" (frozen header copied again with screen %d)"
                                                    % (si + 1) if si else "")))
        r += 1
        block_start = None
        prev_rep = None
        for k in range(a, b + 1):
            key, rid, rep, typ, text, status, sdate = ITEMS[k]
            title, pub = REPORTS[rep]
            if key in item_row:
                nonitems.append((r, f"duplicate of row {item_row[key]} (ref {rid}): the two last "
                                    "rows of screen 1 copied again at the top of screen 2"))
            else:
                item_row[key] = r
            c = ws.cell(r, col, rid)
            c.hyperlink = ("https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/"
                           f"west-midlands/{rid}/")
            c.font = Font(color="0563C1", underline="single")
            c.alignment = WRAP
            if rep != prev_rep:
                if block_start is not None and r - 1 > block_start:
                    ws.merge_cells(start_row=block_start, start_column=col + 1, end_row=r - 1,
                                   end_column=col + 1)
                    ws.merge_cells(start_row=block_start, start_column=col + 2, end_row=r - 1,
                                   end_column=col + 2)
                block_start = r
                ws.cell(r, col + 1, title).alignment = WRAP
                pc = ws.cell(r, col + 2, pub)
                pc.number_format = "dd/mm/yyyy"
                pc.alignment = WRAP
                prev_rep = rep
            ws.cell(r, col + 3, typ).alignment = WRAP
            ws.cell(r, col + 4, text).alignment = WRAP
            ws.cell(r, col + 5, status).alignment = WRAP
            ws.cell(r, col + 6, ordinal(sdate)).alignment = WRAP
            ws.cell(r, col + 7, COMMENTS[status]).alignment = WRAP
            r += 1
        if block_start is not None and r - 1 > block_start:
            ws.merge_cells(start_row=block_start, start_column=col + 1, end_row=r - 1,
                           end_column=col + 1)
            ws.merge_cells(start_row=block_start, start_column=col + 2, end_row=r - 1,
                           end_column=col + 2)
    # the foot of the shared list, on the last screen
    n_open = sum(1 for it in ITEMS if it[5] not in CLOSED)
    n_closed = len(ITEMS) - n_open
    ws.cell(r, 1, f"Total: {len(ITEMS)} items ({n_open} open, {n_closed} closed since last list)"
            ).font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    nonitems.append((r, "totals line at the foot of the shared list"))
    r += 1
    ws.cell(r, 1, "Status key: Awaiting review – new, not yet reviewed; Being progressed – "
                  "HMICFRS monitoring; Complete / Superseded / No further action required – "
                  "closed.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    nonitems.append((r, "status key (legend) at the foot of the shared list"))
    r += 1
    nonitems.append((r, "blank row before the analyst's note"))
    r += 1
    ws.cell(r, 1, "Copied from Teams preview 02/11/26 (link is view only - download blocked by "
                  "label, FLL asked). 4 screens pasted below each other - check nothing missed "
                  "between screens. JT").font = Font(italic=True, color="C00000")
    nonitems.append((r, "the analyst's own note about how the list was copied"))
    widths = {"A": 9, "B": 30, "C": 13, "D": 18, "E": 70, "F": 16, "G": 19, "H": 40, "I": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = None
    props(wb, "Book1")
    save(wb, path)
    return item_row, sorted(nonitems)


# --------------------------------------------------------------------------- force tracker
FHEAD = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
         "Latest update", "Submitted for closure"]
# (hmicfrs key or None, ref as typed, report name, type, text, lead, RAG, update, submitted,
#  category, why)
D = dt.date
F = [
    ("S1", 2104, "Stop & Search powers (HMIC 2013)", "National", "CCs & CoP to set out in the S&S "
     "APP what effective & fair use of S&S powers looks like (compliant with Code)",
     "ACC Local Policing", "WHITE", "National – for College of Policing. Not the force's "
     "responsibility to deliver.", None),
    ("S2", 2105, "Stop & Search powers (HMIC 2013)", "National", "Establish/improve monitoring "
     "of how officers stop & search people - lawful (incl equality legislation & Code), "
     "effective, maintains public trust", "ACC Local Policing", "GREEN",
     "S&S scrutiny dashboard live. Closed by HMICFRS 2016.", D(2016, 3, 14)),
    ("S3", 2106, "Stop & Search powers (HMIC 2013)", "National", "In consultation with elected "
     "local policing bodies explain use of S&S to the public & have S&S records scrutinised by "
     "community reps (involve young people)", "ACC Local Policing", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 5, 2)),
    ("E1", 2321, "Domestic abuse - Everyone's business", "National", "Publish DA action plan - "
     "consult PCC, DA support orgs & victims reps; consider all recs in report; DHRs & IPCC "
     "findings; CPS scrutiny panels / MARAC self-assessments", "Ch Supt Public Protection",
     "AMBER", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
     None),
    ("A1", 3010, "Policing in Austerity 2014", "National", "Review savings plans - continue to "
     "reduce crime & protect front line while balancing budget (use VfM profiles)",
     "Director of Finance", "AMBER", "Addressed holistically as part of the force change "
     "programme.", None),
    ("A2", 3011, "Policing in Austerity 2014", "National", "Where <10% of savings via "
     "collaboration assess scope to improve", "Director of Finance", "GREEN",
     "Regional collaboration review done 2015.", D(2015, 11, 20)),
    ("A3", 3012, "Policing in Austerity 2014", "National", "Where reducing front line workforce "
     "assess whether decisive action taken to keep crime fighting capacity",
     "Director of Finance", "GREEN", "Workforce plan 2015-18 agreed.", D(2015, 11, 20)),
    ("C1", 4822, "Core business", "National", "By 31 March 2016 forces using a THR policy to give "
     "call-handlers specific, sound & comprehensible criteria to assess threat, harm & risk",
     "Supt Contact Centre", "GREEN", "THRIVE embedded in contact centre.", D(2016, 4, 8)),
    ("C2", 4823, "Core business", "National", "Crime prevention/disruption activity to be "
     "systematically recorded & evaluated (effectiveness of tactics)",
     "Head of Corporate Development", "AMBER", "Work undertaken in area but still requires "
     "development to complete.", None),
    ("I1", 902, "Integrity matters", "National", "Satisfy ourselves misconduct investigations "
     "ending in NFA are fair & free from discrimination (by 31/08/15)",
     "Head of Professional Standards", "GREEN", "PSD dip-sample process in place.",
     D(2016, 9, 1)),
    ("Q1", 5120, "Stop & search powers 2", "National", "In consultation with PCC explain S&S use "
     "to public & arrange community scrutiny of S&S records (involve young people)",
     "ACC Local Policing", "AMBER", "Youth scrutiny panel being set up with OPCC.", None),
    ("P1", 5340, "Information management (Building the Picture)", "National", "Scrutinise "
     "audits of compliance with APP on info mgmt through force IM goverance - incl regular "
     "adjustment of record categorisation", "Head of Information Management", "GREEN",
     "Information Assurance Board now scrutinises audits quarterly.", D(2026, 9, 11)),
    ("F1", 5501, "Firearms licensing 2015", "National", "Assess FL governance against APP "
     "standards; put correct arrangements in immediately if not compliant",
     "Supt Firearms Licensing", "GREEN", "Complete.", D(2016, 5, 6)),
    ("F2", 5502, "Firearms licensing 2015", "National", "Within 6 months assess demand on the "
     "firearms licensing dept & ensure capacity to meet it - efficient & effective service at "
     "all times", "Supt Firearms Licensing", "AMBER", "Demand review with Corporate "
     "Development.", None),
    ("F3", 5503, "Firearms licensing 2015", "National", "Satisfy ourselves all appropriate "
     "action taken re 'total expired' licensing records", "Supt Firearms Licensing", "AMBER",
     "Backlog of expired records being worked through.", None),
    ("F4", 5504, "Firearms licensing 2015", "National", "Temporary permits - in line with HO "
     "guidance, recorded without delay on NFLMS, no certificate holder left in unlawful "
     "possession", "Supt Firearms Licensing", "GREEN", "Ready to move to GREEN status.",
     D(2026, 8, 19)),
    ("F5", 5505, "Firearms licensing 2015", "National", "Systems to identify before attendance "
     "if incident involves/at address of a certificate holder, always applied by dispatchers; "
     "officers understand risk assessment & power to seize", "Supt Contact Centre", "AMBER",
     "STORM flag being tested.", None),
    ("W1", 6610, "PEEL Effectiveness 2016", "Cause of concern", "Response to missing & absent "
     "children - risk assessment inappropriate in some cases, children classed absent not "
     "missing, CSE risk not influencing grading", "Ch Supt Public Protection", "AMBER",
     "Missing Persons Improvement Plan.", None),
    ("W2a", 6611, "PEEL Effectiveness 2016", "Recommendation", "Missing children (1 of 3): call "
     "takers understand & use the missing / absent category appropriately",
     "Supt Contact Centre", "GREEN", "Training delivered to all call takers.", None),
    ("W2b", 6611, "PEEL Effectiveness 2016", "Recommendation", "Missing children (2 of 3): call "
     "takers & frontline staff know CSE risk factors & how to respond",
     "Ch Supt Public Protection", "GREEN", "CSE awareness package delivered.", None),
    ("W2c", 6611, "PEEL Effectiveness 2016", "Recommendation", "Missing children (3 of 3): "
     "supervisors give correct oversight of missing person enquiries & direct timely "
     "investigative / safeguarding action", "Ch Supt Public Protection", "AMBER",
     "Supervisor dip sampling shows gaps.", None),
    ("T1", 8101, "Stolen Freedom (MSHT) 2017", "National", "Within 12 months review MSHT "
     "leadership & governance so that: senior leaders prioritise MSHT; every incident "
     "allocated appropiate resources with skills, experience & capacity; effective partnership "
     "arrangements to share info & safeguard victims", "Det Ch Supt Force CID", "AMBER",
     "MSHT governance board meets monthly.", None),
    ("T2", 8102, "Stolen Freedom (MSHT) 2017", "National", "Within 6 months active ISAs with "
     "other agencies - speedy exchange of intelligence, safeguard victims, identify suspects "
     "early", "Head of Intelligence", "GREEN", "ISAs signed.", D(2019, 10, 2)),
    ("T3", 8103, "Stolen Freedom (MSHT) 2017", "National", "Victims committing offences under "
     "compulsion - early & continuing consideration of s45 defence",
     "Head of Criminal Justice", "GREEN", "Pending sign off by the chief officer lead.",
     D(2026, 9, 30)),
    ("T4", 8014, "Stolen Freedom (MSHT) 2017", "National", "Fully compliant with NRM process & "
     "duty to notify HO of suspected adult victims (MSA 2015)", "Det Ch Supt Force CID",
     "AMBER", "NRM duty to notify audit due Q4.", None),
    ("T6", 8106, "Stolen Freedom (MSHT) 2017", "National", "MSHT allegations thoroughly "
     "investigated & supervised by teams with the right skills (incl JITs / overseas "
     "evidence)", "Det Ch Supt Force CID", "AMBER", "Little work yet undertaken in this area. "
     "Unlikely to reach deadlines.", None),
    ("T7", 8107, "Stolen Freedom (MSHT) 2017", "National", "Review use of preventative powers "
     "under MSA 2015 (STPOs / SROs)", "Det Ch Supt Force CID", "AMBER",
     "Order applications monitored at MSHT board.", None),
    ("L1", 8541, "PEEL Legit 17 S&S", "Cause of concern", "Force unable to show S&S use is "
     "consistently reasonable & fair; over-representation of BAME / black people unexplained",
     "ACC Local Policing", "AMBER", "See S&S disproportionality plan.", None),
    ("L2", 8542, "PEEL Legit 17 S&S", "National", "By July 2018 monitor comprehensive S&S data: "
     "reasons for disproportionality; find rates by ethnicity & search type (incl drug "
     "possession / supply); possession-only drug searches v local priorities",
     "ACC Local Policing", "GREEN", "Already complete / believed to be complete within short "
     "time scale (and within deadline).", D(2026, 3, 5)),
    ("L3", 8543, "PEEL Legit 17 S&S", "National", "Where disparities identified show the public "
     "research & analysis done and action taken to reduce", "ACC Local Policing", "AMBER",
     "Annual disproportionality report in draft.", None),
    ("L4", 8544, "PEEL Legit 17 S&S", "AFI", "Publish S&S analysis & actions taken at least "
     "annually from July 2018", "ACC Local Policing", "GREEN", "Published on force website "
     "annually.", D(2020, 9, 9)),
    ("L5", 8545, "PEEL Legit 17 S&S", "National", "All officers using S&S trained on "
     "unconscious bias & CoP APP (by July 2018 & ongoing)", "Head of Learning & Development",
     "GREEN", "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 6, 24)),
    ("V1", 8796, "PEEL 2018/19", "Cause of concern", "Size of the vetting backlog is a cause of "
     "concern", "Head of Professional Standards", "AMBER", "Vetting unit uplift approved.",
     None),
    ("V2", 8797, "PEEL 2018/19", "Recommendation", "All staff to hold at least lowest level of "
     "vetting for their role asap; clear backlog & renewals; comply with national vetting "
     "guidelines", "Head of Professional Standards", "GREEN", "Backlog cleared Aug 2026. "
     "Pending sign off by the chief officer lead.", D(2026, 10, 1)),
    ("K1", 9020, "CDI 2019", "Recommendation", "Within 6 months arrangements so that: victims "
     "believed at point of report; call handler conversations summarised accurately in log; "
     "multiple crimes always recorded; stop waiting for medical / video interview results "
     "before recording; online reports triaged on receipt", "Force Crime Registrar", "AMBER",
     "Allocated to the Force Crime Registrar. Audit plan agreed.", None),
    ("K1x", 9021, "CDI 2019", "AFI", "Improve recording of reported rapes within 24 hrs of "
     "report (N100 process)", "Force Crime Registrar", "GREEN", "N100 audit shows 96% "
     "compliance.", D(2021, 6, 30)),
    ("P21", 10112, "Police powers spotlight (Feb 21)", "National", "By July 2022 officers & "
     "staff to have effective communication skills in line with NPG on Conflict Management "
     "(on top of de-escalation training)", "Head of Learning & Development", "AMBER",
     "Officer Safety Training refresh in progress.", None),
    ("P22", 10113, "Police powers spotlight (Feb 21)", "National", "By July 2021 reinforce "
     "communication skills through CPD; supervisors supported to debrief officers using BWV "
     "footage", "Head of Learning & Development", "GREEN", "Completed. Evidence submitted to "
     "HMICFRS for closure.", D(2026, 6, 24)),
    ("P23a", 10114, "Police powers spotlight (Feb 21)", "National", "BWV (a): record the entirety "
     "of all S&S encounters on BWV incl traffic stops & use of force", "ACC Local Policing",
     "GREEN", "BWV policy updated.", D(2026, 6, 24)),
    ("P23b", 10114, "Police powers spotlight (Feb 21)", "National", "BWV (b): structured process "
     "to review an internal sample of BWV footage - learning & hold officers to account",
     "ACC Local Policing", "GREEN", "Monthly BWV review panel.", D(2026, 6, 24)),
    ("P23c", 10114, "Police powers spotlight (Feb 21)", "National", "BWV (c): external scrutiny "
     "panel access to BWV samples of S&S & UoF (CoP APP safeguards)", "ACC Local Policing",
     "GREEN", "OPCC panel views footage quarterly.", D(2026, 6, 24)),
    ("P24", 10115, "Police powers spotlight (Feb 21)", "National", "HO & NPCC - quality of "
     "data on UoF to effect a S&S, sufficient for publication", None, "WHITE",
     "Not the force's responsibility to deliver; dependent upon another organisation.", None),
    ("G1", 11201, "PEEL 21/22", "AFI", "Access to accurate data & analysis to support "
     "performance management", "Head of Corporate Development", "AMBER",
     "Power BI performance pack being rebuilt.", None),
    ("G2", 11202, "PEEL 21/22", "AFI", "Improve supervison of investigations - plans set, "
     "reviewed & recorded, victims get consistently good service", "Det Ch Supt Force CID",
     "GREEN", "Investigation standards audit complete.", D(2026, 9, 11)),
    ("G3", 11203, "PEEL 21/22", "AFI", "Keep DA victims informed of case progress in line with "
     "VCOP", "Ch Supt Public Protection", "AMBER", "VCOP compliance dip sampled monthly.",
     None),
    ("G4", 11204, "PEEL 21/22", "AFI", "Sufficient control room resources to fulfil resourcing "
     "model & meet demand, considering workforce wellbeing", "Supt Contact Centre", "AMBER",
     "Recruitment of 40 contact handlers under way.", None),
    ("G5", 11205, "PEEL 21/22", "AFI", "Understanding of RUI & management of those on bail",
     "Head of Criminal Justice", "GREEN", "Bail & RUI dashboard live.", D(2024, 11, 6)),
    ("U1", 11530, "HMICFRS/HMIP custody 2022", "Recommendation", "Within 6 months, with "
     "children's social care, review detention of children: only when absolutely necessary & "
     "for minimum time; early assessment of need for alternative accomodation; record all "
     "actions & decisions; timely appropriate adult support", "Ch Insp Custody", "AMBER",
     "Concordat on children in custody signed; AA contract being retendered.", None),
    ("X4", None, "HMICFRS/HMIP custody 2022", "AFI", "Improve recording of strip search "
     "authorisations & reasons on the custody record", "Ch Insp Custody", "AMBER",
     "Custody record template change requested.", None),
    ("N1", 12301, "PEEL 2023-25", "AFI", "County lines investigations allocated to officers with "
     "right skills & effectively supervised", "Det Ch Supt Force CID", "AMBER",
     "Allocation policy under review.", None),
    ("N2", 12302, "PEEL 2023-25", "AFI", "Work with partners to safeguard people at risk from CSE",
     "Ch Supt Public Protection", "AMBER", "Joint CSE hub with LA in design.", None),
    ("G6", 11206, "PEEL 2023-25", "AFI", "Record reports of stalking & harassment accurately & "
     "without delay", "Force Crime Registrar", "AMBER", "Stalking crime recording audit "
     "planned.", None),
    ("N4", 12304, "PEEL 2023-25", "AFI", "Improve timeliness of response to calls for service "
     "involving repeat victims", "Supt Contact Centre", "AMBER", "Repeat victim flag on "
     "STORM.", None),
    ("N5", 12305, "PEEL 2023-25", "AFI", "Consistent use of ancillary orders & other powers to "
     "protect stalking & harassment victims", "Ch Supt Public Protection", "GREEN",
     "SPO applications up 60%. Ready to move to GREEN status.", D(2026, 10, 15)),
    ("X1", None, "Local action", "Local", "Force action - refresh HMICFRS governance: Org "
     "Learning Board ToR & monthly owner returns (JAC action Sept 2026)",
     "Head of Corporate Development", "AMBER", "Draft ToR to Nov Org Learning Board.", None),
    ("X2", None, "Abuse of position for a sexual purpose (national, Oct 2017)", "National",
     "Counter-corruption plans - seek intelligence from orgs supporting vulnerable people; "
     "review CCU capacity & capability", "Head of Professional Standards", "AMBER",
     "CCU review complete, outreach to support orgs ongoing.", None),
]
FSHEET = "HMICFRS Tracker"
FDONE = {"GREEN", "WHITE"}


def build_force(path: Path) -> tuple[dict, list]:
    wb = Workbook()
    ws = wb.active
    ws.title = FSHEET
    nonitems = []
    ws.cell(1, 1, "West Midlands Police – HMICFRS recommendations tracker").font = Font(
        bold=True, size=14)
    nonitems.append((1, "tracker title"))
    ws.cell(2, 1, "Organisational Learning Team. Last updated 24/10/2026 for JAC 26 November "
                  "2026")
    nonitems.append((2, "tracker subtitle / date line"))
    for j, h in enumerate(FHEAD, 1):
        c = ws.cell(3, j, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    nonitems.append((3, "column header row"))
    rows = {}
    fills = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}
    for i, (key, ref, rep, typ, text, lead, rag, upd, sub) in enumerate(F):
        r = 4 + i
        rows[key] = r
        vals = [i + 1, ref, rep, typ, text, lead, rag, upd, sub]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
        if sub is not None:
            ws.cell(r, 9).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[rag])
    last = 3 + len(F)
    nonitems.append((last + 1, "blank row before the RAG key"))
    ws.cell(last + 2, 1, "RAG key: GREEN = implemented / evidence submitted; AMBER = in "
                         "progress; RED = beyond deadline; WHITE = not the force's to deliver")
    nonitems.append((last + 2, "RAG key (legend)"))
    for k, v in {"A": 6, "B": 11, "C": 28, "D": 16, "E": 60, "F": 24, "G": 9, "H": 40,
                 "I": 14}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A4"
    props(wb, "Organisational Learning")
    save(wb, path)
    return rows, nonitems


# --------------------------------------------------------------------------- determinism
def props(wb: Workbook, creator: str) -> None:
    p = wb.properties
    p.creator = creator
    p.lastModifiedBy = creator
    p.created = FIXED
    p.modified = FIXED
    p.title = None


def save(wb: Workbook, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-11-02T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- truth
# key -> (category, why)
WHY = {}


def hstate(key):
    return "closed" if dict((i[0], i[5]) for i in ITEMS)[key] in CLOSED else "open"


def status_of(key):
    return dict((i[0], i[5]) for i in ITEMS)[key]


CONFLICT_WHY = {
    "C1": "ref 4822 and text match (THR criteria for call-handlers), but the tracker's deadline "
          "is 'By 31 March 2016' where HMICFRS has 'Not later than 31 March 2015'",
    "F2": "ref 5502 and text match (firearms licensing demand), but the tracker says 'Within 6 "
          "months' where HMICFRS says 'Within three months'",
    "T1": "ref 8101 and text match (MSHT leadership review), but the tracker lists only three of "
          "the four bullets: the performance and quality assurance bullet is missing",
    "T4": "text matches 8104 (NRM compliance and duty to notify) and no other item; the tracker's "
          "ref reads 8014 (digits transposed), which is not on the list: reference disagrees",
    "L4": "ref 8544 and text match (publish analysis annually); HMICFRS types it National "
          "recommendation, the tracker AFI: type disagrees (both sides closed/done)",
    "G6": "ref 11206 and text match (record stalking and harassment reports), but the tracker "
          "files it under 'PEEL 2023-25' where HMICFRS has PEEL 2021/22: report disagrees",
}
SPLITS = {"W2": ["W2a", "W2b", "W2c"], "P23": ["P23a", "P23b", "P23c"]}
NOT_ON = {
    "X1": "the force's own governance action (no ref); nothing like it on the HMICFRS list",
    "X2": "Abuse of position for a sexual purpose (2017 national CoC) is not on this list at all; "
          "query with HMICFRS",
    "X4": "custody 2022 AFI about strip search recording (no ref); the list holds only the "
          "custody recommendation on children (11530), a different subject",
    "K1x": "ref 9021 is not on the list; the only CDI 2019 item there is 9020 (victims believed "
           "etc., matched to tracker row of that ref); this rape-recording AFI is not held by "
           "HMICFRS",
}


def build_truth(hrow, frow):
    lines = []
    fdone = {k: (F[[f[0] for f in F].index(k)][6] in FDONE) for k in frow}
    H = lambda k: f"{HSHEET}!{hrow[k]}"
    FR = lambda k: f"{FSHEET}!{frow[k]}"
    for key, rid, rep, typ, text, status, sdate in ITEMS:
        hs = hstate(key)
        if key in CONFLICT_WHY:
            lines.append((H(key), FR(key), "conflict", CONFLICT_WHY[key] +
                          f"; HMICFRS '{status}', force RAG {F[[f[0] for f in F].index(key)][6]}"))
            continue
        if key in SPLITS:
            parts = SPLITS[key]
            done = all(fdone[p] for p in parts)
            cat = ("closeable_submit" if done else "in_sync") if hs == "open" else (
                "in_sync" if done else "closeable_local")
            rags = ", ".join(F[[f[0] for f in F].index(p)][6] for p in parts)
            for n, p in enumerate(parts, 1):
                lines.append((H(key), FR(p), cat,
                              f"ref {rid}: the force split this item into {len(parts)} rows, one "
                              f"per bullet/part ({n} of {len(parts)}); RAGs {rags} -> force "
                              f"{'done' if done else 'open (not every part done)'}; HMICFRS "
                              f"'{status}' ({hs})"))
            continue
        if key not in frow:
            lines.append((H(key), "", "missing_from_force",
                          f"ref {rid} ('{status}'): no tracker row has this ref or this "
                          "subject"))
            continue
        rag = F[[f[0] for f in F].index(key)][6]
        done = rag in FDONE
        if hs == "open":
            cat = "closeable_submit" if done else "in_sync"
        else:
            cat = "in_sync" if done else "closeable_local"
        lines.append((H(key), FR(key), cat,
                      f"ref {rid} on both sides, same ask in the force's short words; HMICFRS "
                      f"'{status}' ({hs}), force RAG {rag} ({'done' if done else 'open'})"))
    for k, why in NOT_ON.items():
        lines.append(("", FR(k), "not_on_hmicfrs_list", why))
    return lines


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrow, hnon = build_hmicfrs(OUT / "hmicfrs.xlsx")
    frow, fnon = build_force(OUT / "tracker.xlsx")
    lines = build_truth(hrow, frow)
    # every force row once per line; every HMICFRS item at least once
    fr_used = [l[1] for l in lines if l[1]]
    assert sorted(fr_used) == sorted(f"{FSHEET}!{r}" for r in frow.values()), "force coverage"
    assert {l[0] for l in lines if l[0]} == {f"{HSHEET}!{r}" for r in hrow.values()}
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for l in lines:
        w.writerow(l)
    (OUT / "truth.csv").write_text(s.getvalue(), encoding="utf-8")
    stale = OUT / "nonitems.txt"
    if stale.exists():
        stale.unlink()
    (OUT / "README.md").write_text(readme(hrow, frow, hnon, fnon, lines), encoding="utf-8")


def readme(hrow, frow, hnon, fnon, lines):
    from collections import Counter
    cnt = Counter(l[2] for l in lines)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    h = lambda k: hrow[k]
    f = lambda k: frow[k]
    n_open = sum(1 for it in ITEMS if it[5] not in CLOSED)
    out = [
        f"# {CASE}",
        "",
        "Round 96, case A. Built by `../build_teams_excel_web_preview_screen_paste.py` (run with "
        "`/work/main/.venv/bin/python`; fixed data, no clock, fixed document properties and zip "
        "timestamps, so a second run gives identical bytes).",
        "",
        "## The story",
        "",
        "West Midlands Police's Organisational Learning Team must reconcile HMICFRS's definitive "
        "list with its own tracker before the Joint Audit Committee of 26 November 2026. The force "
        "liaison lead shared the list as a SharePoint link in a Teams chat. The link is *view "
        "only* and the sensitivity label blocks download, so the file opens only in the Teams "
        "preview (Excel for the web, read-only view). The shared sheet has its title, date line and "
        "column headings frozen at the top, report and publication date merged down each report's "
        "block, and register refs that are hyperlinks to the register pages. The analyst (JT) "
        "could not select the whole sheet, so they copied **one screenful at a time** and pasted "
        "each one under the last in a new workbook, leaving a blank row between screens. Excel for "
        "the web carried the values, the merges of each copied part, the hyperlinks and the date "
        "cells across. It also left the marks a person sees at once: the frozen heading row "
        "copied again at the top of every screen, two rows copied twice where a screen overlapped "
        "the last, and one screen pasted a column to the right. The analyst's note sits at the "
        "bottom. The force side is the team's ordinary tracker workbook.",
        "",
        "## The files",
        "",
        f"- `hmicfrs.xlsx`, one sheet `{HSHEET}`. Title row 1 and date line row 2 (each merged "
        "A:H), first header row 3. Columns: `Ref` (integer register id, a hyperlink to "
        "`https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/west-midlands/<id>/`), "
        "`Report` and `Published` (merged down over each report's rows *within each pasted screen*; "
        "`Published` is a real date cell shown dd/mm/yyyy), `Type`, `Recommendation / area for "
        "improvement` (the full real text with its line breaks, bullets, curly quotes and stray "
        "footnote digits), `Status`, `Status date` (text in the register's style, e.g. '4th July "
        "2024'), `HMICFRS comment`. "
        f"{len(ITEMS)} items ({n_open} open, {len(ITEMS) - n_open} closed since the last list) in "
        "four screens: rows 4-18, 21-36, 39-51 (columns B:I) and 54-65.",
        f"- `tracker.xlsx`, one sheet `{FSHEET}`. Title row 1, date line row 2, header row 3, "
        f"{len(F)} item rows 4-{3 + len(F)}, blank row, RAG key. Columns: `No.` (the tracker's own "
        "running number, not a reference), `HMICFRS Ref`, `Report` (the force's short report "
        "names), `Type`, `Recommendation / AFI` (the force's own shortened, abbreviated wording, "
        "with typos), `Lead`, `RAG` (text, and fill colour to match: GREEN / AMBER / WHITE), "
        "`Latest update`, `Submitted for closure` (date). Header frozen at row 4.",
        "- `truth.csv`: `hmicfrs_row,force_row,category,why`, one line per reconciliation item, "
        "UTF-8.",
        "",
        "Statuses: HMICFRS `Awaiting review`, `Being progressed` = open; `Complete`, `Superseded`, "
        "`No further action required` = closed. Force `GREEN` (implemented / submitted) and "
        "`WHITE` (not the force's to deliver, as the tracker's key says) = done; `AMBER` = open.",
        "",
        "## What the layout brings (HMICFRS side)",
        "",
        "1. **Title block only once** (rows 1-2), copied with the first screen because it was frozen.",
        "2. **The header row again at the top of every screen**: rows 3, 20, 38, 53. Rows 20, 38 and "
        "53 are header rows, not items.",
        "3. **A blank row between screens**: rows 19, 37, 52.",
        "4. **Overlap duplicates**: screen 2 begins with the two rows that ended screen 1 "
        f"(rows 21 and 22 repeat rows {h('F1')} and {h('F2')}, refs 5501 and 5502, identical in "
        "every cell). In screen 2 the firearms report cell is merged over rows 21-25, so the "
        "repeated rows look like part of the block. The truth takes the first copy (rows "
        f"{h('F1')}, {h('F2')}) as the item and lists rows 21 and 22 as duplicates, not items.",
        "5. **Merges restart with each screen**: a report whose rows cross a screen break appears "
        "twice: firearms (rows 17-18 and again 21-25), PEEL legitimacy 2017 (row 36 and 39-42), "
        "PEEL 2021/22 (row 51 and 54-59). Below the first row of each block, `Report` and "
        "`Published` are empty (merged cells).",
        "6. **Screen 3 pasted one column to the right** (rows 38-51 are in columns B:I; column A "
        "is empty there). Its header row 38 shows the shift.",
        "7. **Foot of the list**, copied with the last screen: totals line row 66 and status key "
        "row 67 (each merged A:H). Then blank row 68 and the analyst's red italic note row 69.",
        "8. Refs are **numbers with hyperlinks** (not text). One old id (902, Integrity matters) "
        "is out of step with the ascending ids around it. `Status date` is text ('9th February "
        "2017' style), `Published` a date cell.",
        "",
        "## Traps and how the truth decides them",
        "",
        f"- **Near-twin texts**: HMIC 2013 (ref 2106, row {h('S3')}) and Stop and search powers 2 "
        f"(ref 5120, row {h('Q1')}) have almost the same wording, one 'in consultation with "
        "elected local policing bodies', the other 'with police and crime commissioners'. The "
        f"tracker has both (rows {f('S3')}, {f('Q1')}) with their refs and report names. 2106 is "
        "GREEN on the force side and open on HMICFRS (`closeable_submit`). 5120 is AMBER/open "
        "(`in_sync`).",
        f"- **Timescale conflicts**: ref 4822 (row {h('C1')} / tracker {f('C1')}) 'Not later than "
        f"31 March 2015' vs the tracker's 'By 31 March 2016'. Ref 5502 (row {h('F2')} / tracker "
        f"{f('F2')}) 'Within three months' vs 'Within 6 months'. Both are `conflict`.",
        f"- **Missing bullet**: ref 8101 (row {h('T1')} / tracker {f('T1')}): the tracker keeps 3 "
        "of the 4 MSHT governance bullets; the performance and quality assurance one is gone. "
        "`conflict`.",
        f"- **Ref typo**: tracker row {f('T4')} has ref 8014. No such ref is on the list. Its text "
        f"is plainly 8104 (NRM, row {h('T4')}), so the pair is matched and classed `conflict` "
        "(reference disagrees).",
        f"- **Type disagrees**: ref 8544 (row {h('L4')} / tracker {f('L4')}) is a National "
        "recommendation on the list and an AFI in the tracker. `conflict` (both sides "
        "closed/done).",
        f"- **Filed under the wrong report**: ref 11206 (row {h('G6')}) is PEEL 2021/22; the "
        f"tracker (row {f('G6')}) files it among the PEEL 2023-25 rows. `conflict`.",
        f"- **Splits**: ref 6611 (row {h('W2')}, missing children) is split over tracker rows "
        f"{f('W2a')}-{f('W2c')}, one per bullet: GREEN, GREEN, AMBER. So the force is not done and "
        "all three lines are `in_sync` (HMICFRS open). Ref 10114 (row "
        f"{h('P23')}, body-worn video, three parts) is split over tracker rows {f('P23a')}-"
        f"{f('P23c')}, all GREEN, so all three lines are `closeable_submit`.",
        f"- **WHITE = done**: refs 2104 (tracker {f('S1')}; HMICFRS Complete, so `in_sync`) and "
        f"10115 (tracker {f('P24')}, the Home Office/NPCC item; HMICFRS open, so "
        "`closeable_submit`).",
        "- **Closed on HMICFRS, open in the force**: 2321 (the Everyone's business action plan "
        "with its stray '20'), 3010 (Superseded), 5503, 8107. All `closeable_local`.",
        "- **On the list, not in the tracker**: 3013, 8105, 8210 (Superseded, yet still on the "
        "list and absent from the tracker), 10116, 11207, 12303. All `missing_from_force`.",
        f"- **In the tracker, not on the list**: tracker row {f('K1x')} (ref 9021, a CDI 2019 AFI; "
        f"the list's only CDI item is 9020), row {f('X4')} (custody strip-search AFI, no ref), "
        f"row {f('X1')} (local governance action), row {f('X2')} (Abuse of position 2017, no "
        "ref). All `not_on_hmicfrs_list`.",
        "- Shortened and abbreviated force wording throughout (S&S, MSHT, ISAs, NFLMS, VCOP, RUI, "
        "BWV, UoF, CoP) and typos (appropiate, accomodation, supervison, goverance). These do not "
        "change any decision: every matched pair shares the ref, and the sense is the same.",
        "- No `review` lines: every pair is decided by its ref plus its text.",
        "",
        "## Counts",
        "",
        "| category | lines |",
        "|---|---|",
    ]
    for c in order:
        out.append(f"| {c} | {cnt.get(c, 0)} |")
    out += [
        f"| **total** | {len(lines)} |",
        "",
        f"HMICFRS items: {len(ITEMS)} (every one in the truth at least once). Force item rows: "
        f"{len(F)} (every one exactly once; two items split, 3 rows each).",
        "",
        "## Rows that are not items",
        "",
    ]
    for r, why in hnon:
        out.append(f"- `{HSHEET}!{r}`: {why}")
    for r, why in fnon:
        out.append(f"- `{FSHEET}!{r}`: {why}")
    out += [
        "",
        "## Checks run",
        "",
        "- The builder asserts that every force item row appears in the truth exactly once and "
        "every HMICFRS item row at least once, and that no non-item row does.",
        "- Both workbooks read back with openpyxl (merged ranges, hyperlinks, date cells) and "
        "with pandas (`header=None`), and the truth's row numbers checked against those frames "
        "(index + 1).",
        "- Built twice, a few seconds apart: the sha256 of every file is identical.",
        "- Texts checked word for word against the public-text sources (see the builder); the "
        "custody item is the lists' 'Within six months {force} should {b}.' stem with its listed "
        "body.",
        "- `reconcile` was not run or imported, and its sources and tests were not read.",
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
