"""Build the `alternating_response_rows` evaluation case.

Layout: a force / OPCC "HMICFRS recommendations and force response" document that began as a
Word table and was pasted into Excel. Every item takes two rows: the item row (number, report,
HMICFRS text, type) and under it the response row ("Force response: ..." / "Response: ..." or a
blank text cell, with the lead and the RAG). Some items have a third row ("Further update Mar
2024: ..."), a few have no response row yet. Report heading rows separate the reports.
HMICFRS side: a register export (xlsx).

Run:  /work/main/.venv/bin/python build_alternating_response_rows.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed document properties).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 17017
CASE = "alternating_response_rows"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists.
# --------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
)
CDI_VICTIMS_BULLETS = [
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
CAUSE_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
CHILD_DETENTION = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)
MISSING_CHILDREN = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date)
# --------------------------------------------------------------------------------------------
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
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "peel16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 11)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 11, 23)),
}

# HMICFRS comments seen on the public register (research notes 1.2).
C_NEW = "New recommendation"
C_COMPLETE = "This recommendation is complete"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by "
         "members of the CDI inspection team in recent inspection activity.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")

# --------------------------------------------------------------------------------------------
# HMICFRS items, in register order: (key, report, type, text, status, comment)
# --------------------------------------------------------------------------------------------
H = [
    # Stop and search 2013
    ("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", C_COMPLETE),
    ("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", C_COMPLETE),
    ("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Being progressed", C_MONITOR),
    # Everyone's business
    ("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete", C_COMPLETE),
    # Austerity
    ("aus_1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", C_COMPLETE),
    ("aus_2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "No further action required", ""),
    ("aus_3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Complete", C_COMPLETE),
    ("aus_4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Complete", C_COMPLETE),
    # Core business
    ("core_1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Superseded",
     C_SUPERSEDED),
    ("core_2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed", C_REVIEW),
    # Integrity matters
    ("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.",
     "Being progressed", C_MONITOR),
    # Building the picture
    ("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Complete", C_COMPLETE),
    # Firearms licensing
    ("fa_1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", C_COMPLETE),
    ("fa_2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete", C_COMPLETE),
    ("fa_3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", C_MONITOR),
    ("fa_4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", C_COMPLETE),
    ("fa_5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", C_MONITOR),
    # PEEL effectiveness 2016 (force)
    ("p16_coc", "peel16", COC, CAUSE_DASH, "Complete", C_COMPLETE),
    ("p16_r1", "peel16", REC,
     "HMIC recommends that the force should immediately: take steps to ensure that there is "
     "effective supervision of the initial risk assessment process, specifically in relation to "
     "the completion of DASH risk assessment in appropriate cases;", "Complete", C_COMPLETE),
    ("p16_r2", "peel16", REC,
     "Within three months, the force should ensure regular and active supervision of the "
     "quality and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", C_MONITOR),
    ("p16_a1", "peel16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Superseded", C_SUPERSEDED),
    ("p16_a2", "peel16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Superseded", C_SUPERSEDED),
    # Stolen freedom
    ("st_1", "stolen", NAT, SF_LEADERSHIP, "Being progressed", C_MONITOR),
    ("st_2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
     "victims better and to identify suspects as early as possible.", "Being progressed",
     C_MONITOR),
    ("st_3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Awaiting review", ""),
    ("st_4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", C_COMPLETE),
    ("st_5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed", C_MONITOR),
    ("st_6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", C_MONITOR),
    ("st_7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Complete", C_COMPLETE),
    # PEEL efficiency 2017 national
    ("efc17", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Complete", C_COMPLETE),
    # PEEL legitimacy 2017 national
    ("leg_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", C_MONITOR),
    ("leg_1", "leg17", NAT, SAS_MONITORING_2017, "Being progressed", C_MONITOR),
    ("leg_2", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", C_MONITOR),
    ("leg_3", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", C_COMPLETE),
    ("leg_4", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     C_MONITOR),
    # National child protection inspection 2018 (force)
    ("ncpi_1", "ncpi18", REC, "Within six months the force should " + MISSING_CHILDREN + ".",
     "Complete", C_COMPLETE),
    ("ncpi_2", "ncpi18", REC, "Within three months, the force should, " + CHILD_DETENTION + ".",
     "Being progressed", C_MONITOR),
    ("ncpi_3", "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Being progressed", C_MONITOR),
    # Crime data integrity 2019 (force)
    ("cdi_1", "cdi19", REC,
     "HMICFRS recommends that the force should immediately: put in place arrangements to "
     "ensure that:\n" + "\n".join("• " + b for b in CDI_VICTIMS_BULLETS),
     "Being progressed", C_MONITOR),
    ("cdi_2", "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", C_CDI),
    ("cdi_3", "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", C_MONITOR),
    ("cdi_4", "cdi19", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Being progressed", C_MONITOR),
    # Police powers 2021
    ("pow_1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", C_MONITOR),
    ("pow_2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete", C_COMPLETE),
    ("pow_3", "powers", NAT, BWV_2021, "Being progressed", C_MONITOR),
    ("pow_4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed", C_MONITOR),
    ("pow_5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     C_MONITOR),
    # PEEL 2021/22 (force)
    ("p21_coc", "peel21", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
     "Being progressed", C_MONITOR),
    ("p21_rec", "peel21", REC,
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed", C_MONITOR),
    ("p21_a1", "peel21", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed", C_MONITOR),
    ("p21_a2", "peel21", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", C_MONITOR),
    ("p21_a3", "peel21", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", C_MONITOR),
    ("p21_a4", "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", C_MONITOR),
    ("p21_a5", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Complete", C_COMPLETE),
    ("p21_a6", "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed", C_MONITOR),
    # PEEL 2023/24 (force)
    ("p23_a1", "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to violence against women and girls.", "Awaiting review", C_NEW),
    ("p23_a2", "peel23", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", "Awaiting review", C_NEW),
    ("p23_a3", "peel23", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Awaiting review", C_NEW),
    ("p23_a4", "peel23", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Awaiting review", C_NEW),
    ("p23_a5", "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review", C_NEW),
    ("p23_a6", "peel23", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Awaiting review", C_NEW),
]
H_OPEN = {"Awaiting review", "Being progressed"}

# --------------------------------------------------------------------------------------------
# Force tracker: blocks of (heading, short report name, merged?, entries)
# entry: dict(no, key (HMICFRS key or None), text, type, rows=[(C text, lead, RAG, fill)],
#             cat, why). rows are the response / further-update rows under the item row.
# --------------------------------------------------------------------------------------------
G, A, R = "92D050", "FFC000", "FF0000"


def resp(text, lead, rag, fill="auto"):
    if fill == "auto":
        r = (rag or "").upper()
        fill = G if r.startswith("GREEN") or r == "COMPLETE" else A if r.startswith("AMBER") \
            else R if r.startswith("RED") else None
    return (text, lead, rag, fill)


def E(no, key, text, typ, rows, cat, why):
    return dict(no=no, key=key, text=text, type=typ, rows=rows, cat=cat, why=why)


ABBR = [("modern slavery and human trafficking", "MSHT"), ("stop and search", "S&S"),
        ("information-sharing agreements", "ISAs"), ("College of Policing", "CoP")]


def abbreviate(s):
    for a, b in ABBR:
        s = s.replace(a, b)
    return s


BLOCKS = []

BLOCKS.append((
    "PEEL 2023/24 – Police effectiveness, efficiency and legitimacy – Lincolnshire Police. "
    "Published November 2023. This report makes 6 areas for improvement.",
    "PEEL 23/24", False, [
        E("AFI 1", "p23_a1", "The force should make sure officers and staff have the training "
          "they need to identify and respond to violence against women and girls.", None, [],
          "in_sync", "Open on HMICFRS (Awaiting review); copied into the tracker with no response "
          "row yet, so open on the force side: nothing to reconcile."),
        E("AFI 2", "p23_a2", "The force should develop a clear prevention strategy targeting "
          "people most at risk and make sure activity undertaken prioritises people most at "
          "risk.", None, [resp(None, "ACC Local Policing", "AMBER")],
          "in_sync", "Response row has a blank text cell but a lead and AMBER: force open; "
          "HMICFRS Awaiting review (open)."),
        E("AFI 3", "p23_a3", "The force should make sure it provides a confidential way for "
          "staff to raise concerns and that staff are aware of whistleblowing processes.", None,
          [resp("Force response: Integrity Line relaunched in January 2024 with an anonymous "
                "online reporting option. Whistleblowing policy refreshed and briefed to all "
                "staff through the intranet and the supervisors' briefing pack. Evidence pack "
                "ready for the HMICFRS FLL.", "Head of Professional Standards", "GREEN")],
          "closeable_submit", "Force GREEN (evidence pack ready); HMICFRS still Awaiting review: "
          "submit for closure."),
        E("AFI 4", "p23_a6", "The force should make sure investigations of rape and serious "
          "sexual offences are allocated to officers with the right skills and are effectively "
          "supervised.", None, [],
          "in_sync", "No response row yet (force open); HMICFRS Awaiting review (open). Not to be "
          "confused with CDI 2019 AFI on recording rape reports."),
    ]))

BLOCKS.append((
    "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy. An inspection of "
    "Lincolnshire Police. Published May 2022. This report makes 1 cause of concern with 1 "
    "recommendation and 6 areas for improvement.",
    "PEEL 21/22", True, [
        E(1, "p21_coc", "The size of the vetting backlog within Lincolnshire Police is a cause "
          "of concern.", "Cause of concern",
          [resp("Force response: Vetting unit uplifted by four temporary vetting officers and a "
                "backlog recovery plan agreed at Force Executive Board. Backlog down from 1,140 "
                "to 310 at the end of January 2024.", "Head of Professional Standards", "AMBER")],
          "in_sync", "Cause of concern open on both sides (HMICFRS Being progressed, force "
          "AMBER)."),
        E(2, "p21_rec", "Within six months, the force should ensure all staff have received at "
          "least the lowest level of vetting clearance for their roles as quickly as possible, "
          "working to clear both the vetting backlog and new vetting renewals when they become "
          "due so that it complies fully with the national vetting guidelines.", "AFI",
          [resp("Force response: See cause of concern above – tracked through the vetting "
                "backlog recovery plan. All new starters vetted before appointment since June "
                "2022; some renewals still overdue.", "Head of Professional Standards",
                "AMBER")],
          "conflict", "Type differs: HMICFRS lists it as the Recommendation that accompanies "
          "the cause of concern; the tracker types it AFI. Same text, both open."),
        E("2.1", None, "Force action - Add counter-corruption measures to the monthly Force "
          "Performance pack", "Force action",
          [resp("Force response: Measures included from the October 2023 pack onwards.",
                "Head of Professional Standards", "GREEN")],
          "not_on_hmicfrs_list", "The force's own local action under the vetting cause of "
          "concern; HMICFRS never asked for it."),
        E(3, "p21_a1", "The force should make sure the corporate risk register is actively used "
          "to mitigate and manage known risks.\n", "AFI",
          [resp("Force response: New risk management framework adopted; corporate risk "
                "register reviewed monthly at Strategic Risk Board with every risk owned at "
                "chief officer level. Internal audit (January 2024) gave substantial assurance. "
                "Complete.", "Head of Corporate Development", "GREEN")],
          "closeable_submit", "Force GREEN/complete; HMICFRS Being progressed."),
        E(4, "p21_a2", "The force should put plans in place to monitor, including through the "
          "gathering and analysis of staff feedback, team cultures and provide prompt remedial "
          "action for any issues it identifies.", "AFI",
          [resp("Force response: Pulse survey twice a year, results broken down by team and "
                "reviewed at People Board. Culture dashboard in development.",
                "Director of People", "AMBER")],
          "in_sync", "Open on both sides."),
        E(5, "p21_a3", "The force should make sure victims of domestic abuse are kept informed "
          "about the progress of their case, in line with the Code of Practice for Victims of "
          "Crime.", "AFI",
          [resp("Response: VCOP compliance now part of the monthly DA audit. Compliance 71% "
                "against a target of 90%.", "Ch Supt Public Protection", "AMBER")],
          "in_sync", "Open on both sides."),
        E(6, "p21_a4", "The force should ensure that it has sufficient resources available in "
          "the control\u00a0room to fulfil its resourcing model, and so to meet its demand, while "
          "also taking into account the wellbeing of its workforce.", "AFI",
          [resp("Force response: Demand and resourcing review of the Force Control Room "
                "completed; business case for 18 additional call handlers deferred to the "
                "2024/25 budget. 999 answer times remain below the national standard.",
                "Supt Contact Centre", "RED")],
          "in_sync", "Force RED (open); HMICFRS Being progressed (open)."),
        E(7, "p21_a5", "The force should improve its understanding of the nature and scale of "
          "county lines drug dealing in its area.", "AFI",
          [resp("Force response: County lines problem profile commissioned; analyst post "
                "vacant so work slipped to Q1 2024/25.", "Head of Intelligence", "AMBER")],
          "closeable_local", "HMICFRS Complete; force still AMBER: close the force entry."),
        E(8, "p21_a6", "The force should make sure it consistently uses ancillary orders and "
          "other powers to protect victims of stalking and harassment.", "AFI",
          [resp("Force response: Stalking Protection Order SPOC in each LPA; SPO applications "
                "up from 4 to 31 a year. Stalking clinic with the PCC-funded advocacy service "
                "in place. Ready to move to GREEN status.", "Det Ch Supt Force CID", "GREEN")],
          "closeable_submit", "Force GREEN; HMICFRS Being progressed."),
    ]))

BLOCKS.append((
    "Crime Data Integrity inspection 2019 (published September 2019)", "CDI 2019", True, [
        E(1, "cdi_1", "HMICFRS recommends that the force should immediately put in place "
          "arrangements to ensure that:\n" + "\n".join(
              "• " + b for b in CDI_VICTIMS_BULLETS[:3]) + "\n• the practice of awaiting the "
          "results of medical examinations or video interviews before making crime-recording "
          "decisions is stopped.", "Rec",
          [resp("Force response: Crime Recording Decision Makers on every response shift. "
                "Monthly audit by the Force Crime Registrar shows compliance at 93%.",
                "Force Crime Registrar", "AMBER")],
          "conflict", "Missing bullet: the tracker copy drops the fifth bullet (online reports "
          "triaged at the point of receipt). Both open."),
        E(2, "cdi_2", "Within 3 months, the force should provide call-handlers with specific, "
          "sound and comprehensible criteria against which they can assess threat, harm and "
          "risk.", "Rec",
          [resp("Force response: THRIVE+ embedded in the call-handling system; all call "
                "handlers trained by December 2019.", "Supt Contact Centre", "GREEN")],
          "in_sync", "Closed on HMICFRS (Complete, authorised after CDI revisit), GREEN on the "
          "force. Near-duplicate of Core Business 2014 item 1 (same ask): the report decides."),
        E(3, "cdi_3", "The force should make sure it records reports of rape and serious sexual "
          "offences accurately and without delay.", "AFI",
          [resp("Force response: Rape crimes recorded within 24 hours in 96% of cases (FCR "
                "audit November 2023). Submitted to the sign-off lead for closure.",
                "Force Crime Registrar", "Complete")],
          "closeable_submit", "Force Complete; HMICFRS Being progressed."),
        E(4, "cdi_4", "The force should make sure it records reports of hate crime accurately "
          "and without delay.", "AFI",
          [resp("Force response: Hate crime flagging audit found 78% accuracy; retraining for "
                "control room staff scheduled.", "Force Crime Registrar", "AMBER")],
          "in_sync", "Open on both sides. Differs from item 3 only by the crime type."),
    ]))

BLOCKS.append((
    "National Child Protection Inspection 2018 – published June 2018", "NCPI 2018", True, [
        E(1, "ncpi_1", "Within\u00a06\u00a0months the force should review its approach to reports of "
          "missing children & take steps to ensure that:\n"
          "- call takers understand & use the missing and absent category appropriately;\n"
          "- call takers & frontline staff have the necessary knowledge to identify risk "
          "factors associated with CSE and how to respond to such cases; and\n"
          "- supervisors provide the correct oversight of missing person enquiries and direct "
          "appropiate and timely investigative and safeguarding action", "Rec",
          [resp("Force response: Absent category withdrawn in line with APP; missing from home "
                "coordinator in each LPA; CSE risk factors in all call-handler training.",
                "Ch Supt Public Protection", None, G)],
          "in_sync", "RAG cell has no text, only green shading (Word shading kept on paste): "
          "force done; HMICFRS Complete."),
        E(2, "ncpi_2", "Within three months, the force should, in conjunction with children's "
          "social care services, review how it manages the detention of children. As a minimum "
          "it should:\n• ensure that all children are only detained when absolutely necessary "
          "and for the absolute minimum amount of time;\n• ensure that officers and staff in "
          "the custody suite assess at an early stage a child's need for alternative "
          "accomodation (secure or otherwise) and work with children's social care services to "
          "achieve the most appropriate option for the child;\n• ensure that custody staff make "
          "a record of all actions taken and decisions made on the relevant documentation; "
          "and\n• improve the timeliness of adequate appropriate adult support for children who "
          "are arrested", "Rec",
          [resp("Response: Concordat on children in custody signed with both local authorities. "
                "Custody records audited monthly. Pending sign off by the ACC.",
                "Ch Insp Custody", "Pending sign off", G)],
          "closeable_submit", "Force 'Pending sign off' (the force says done); HMICFRS Being "
          "progressed."),
    ]))

BLOCKS.append((
    "PEEL: Police Legitimacy 2017 – Lincolnshire Police (published December 2017)",
    "PEEL Legit 17", True, [
        E(1, None, "The force should make sure it provides accessible information for all staff "
          "and members of the public on how they can raise concerns and access confidential "
          "support (including through external agencies).", "AFI",
          [resp("Force response: Confidential reporting information published on the force "
                "website and intranet. Complete.", "Head of Professional Standards", "GREEN")],
          "not_on_hmicfrs_list", "Force-level PEEL Legitimacy 2017 AFI not on the register "
          "(closed and dropped by HMICFRS). Resembles PEEL 2023/24 AFI on a confidential way "
          "for staff to raise concerns, which is a different item."),
    ]))

BLOCKS.append((
    "PEEL: Police Effectiveness 2016 – Lincolnshire Police – published 2 March 2017",
    "PEEL Eff 16", True, [
        E(1, "p16_coc", CAUSE_DASH, "Cause for concern",
          [resp("Response: DA policy revised so a DASH is completed for every DA incident "
                "(Force Executive Team decision, 25 July 2017).", "ACC Crime", "GREEN")],
          "in_sync", "'Cause for concern' = Cause of concern; closed on both sides."),
        E(2, "p16_r1", "HMIC recommends that the force should immediately: take steps to ensure "
          "that there is effective supervison of the initial risk assessment process, "
          "specifically in relation to the completion of DASH risk assessment in appropriate "
          "cases;", "Rec",
          [resp("Response: Supervisor review of every DASH built into the Niche DA workflow.",
                "Ch Supt Public Protection", "GREEN")],
          "in_sync", "Closed on both sides (misspelling 'supervison' in the tracker)."),
        E(3, "p16_r2", "Within three months, the force should ensure regular and active "
          "supervision of the quality and progress of investigations. This supervision should "
          "be properly recorded.", "Rec",
          [resp("Response: Investigation supervision standard set; audit shows supervisory "
                "reviews recorded on 64% of crimes. Further work through the Investigative "
                "Standards Board.", "Det Ch Supt Force CID", "RED")],
          "in_sync", "Open on both sides (force RED, HMICFRS Being progressed)."),
        E(4, "p16_a1", "The force should improve its ability to retrieve digital evidence from "
          "mobile phones, computers and other electronic devices quickly enough to ensure "
          "investigations are not delayed.", "AFI",
          [resp("Response: Digital forensics backlog 212 devices; kiosk roll-out ongoing.",
                "Det Ch Supt Force CID", "AMBER")],
          "closeable_local", "HMICFRS Superseded (closed); force AMBER."),
        E(5, "p16_a2", "The force should improve its understanding of suspects released under "
          "investigation and the management of those released on bail.", "AFI",
          [resp("Response: RUI and bail performance report produced monthly.",
                "Head of Criminal Justice", "AMBER"),
           resp("Further update Mar 2024: Bail Act changes (October 2022) implemented. HMICFRS "
                "shows this as superseded – to confirm with the FLL before closing.", None, None)],
          "closeable_local", "HMICFRS Superseded; the further update notes it but the force has "
          "not closed it (RAG still AMBER from the response row)."),
    ]))

BLOCKS.append(("NATIONAL (ALL-FORCE) REPORTS", None, None, []))

BLOCKS.append((
    "Disproportionate use of police powers: a spotlight on stop and search and the use of "
    "force (February 2021)", "Police powers spotlight (Feb 21)", True, [
        E(1, "pow_1", "By July 2022, forces should ensure that officers and staff have effective "
          "communication skills, in line with the National Policing Guidelines on Conflict "
          "Management. This should be in addition to existing training on conflict management "
          "and de-escalation.", "National rec",
          [resp("Force response: Conflict management and communication skills module added to "
                "officer safety training (two-year cycle); 58% of frontline officers trained.",
                "Head of Learning & Development", "AMBER")],
          "in_sync", "Open on both sides."),
        E(2, "pow_2", "By July 2021, forces should ensure that communication skills are "
          "reinforced as part of the programme of continuing professional development for "
          "officers and staff, and that supervisors are supported to routinely and frequently "
          "debrief officers on these skills using body-worn video footage.", "National rec",
          [resp("Force response: BWV debrief guidance issued to sergeants; CPD day input "
                "delivered 2021/22.", "Head of Learning & Development", "GREEN")],
          "in_sync", "Closed on both sides."),
        E("3(i)", "pow_3", "By September 2021, forces should: ensure that officers record on "
          "body-worn video (when this is available) the entirety of all stop and search "
          "encounters, including traffic stops and use of force incidents.", "National rec",
          [resp("Force response: BWV mandatory for all S&S encounters (policy September 2021); "
                "compliance 97%.", "ACC Local Policing", "GREEN")],
          "closeable_submit", "Split row 1 of 3 of the BWV recommendation; all three parts "
          "GREEN, HMICFRS Being progressed."),
        E("3(ii)", "pow_3", "have a structured process for regularly reviewing and monitoring "
          "internally a sufficient sample of body-worn video footage to identify and "
          "disseminate learning and hold officers to account when behaviour falls below "
          "acceptable standards.", "National rec",
          [resp("Force response: Monthly dip sample of 40 BWV clips by the S&S lead; learning "
                "published in the Stop Search bulletin.", "ACC Local Policing", "GREEN")],
          "closeable_submit", "Split row 2 of 3 of the BWV recommendation; all parts GREEN."),
        E("3(iii)", "pow_3", "provide external scrutiny panel members with access to samples of "
          "body-worn video footage showing stop and search encounters and use of force "
          "incidents, taking account of the safeguards in the College of Policing's Authorised "
          "Professional Practice.", "National rec",
          [resp("Force response: Independent scrutiny panel views BWV footage at each quarterly "
                "meeting.", "ACC Local Policing", "GREEN")],
          "closeable_submit", "Split row 3 of 3 of the BWV recommendation; all parts GREEN."),
        E(4, "pow_4", "The Home Office and the NPCC should take steps to ensure that the quality "
          "of the data collected on the number of incidents where force has been used to effect "
          "a stop and search is sufficient for publication. The Home Office should publish this "
          "data as soon as possible.", "National rec",
          [resp("Force response: For the Home Office and NPCC – not the force's to deliver. The "
                "force submits use of force data through the Annual Data Requirement.",
                "ACC Local Policing", "WHITE")],
          "closeable_submit", "WHITE = not the force's responsibility (treated as done, as the "
          "legend says); HMICFRS still Being progressed against the force."),
        E(5, "pow_5", "By July 2021, forces should ensure they have effective internal "
          "monitoring processes on the use of force, to help them to identify and understand "
          "disproportionate use, explain the reasons and implement any necessary improvement "
          "action.", "National rec",
          [resp("Force response: Use of force scrutiny panel established and meets quarterly. "
                "Use of force dashboard live.", "ACC Local Policing", "GREEN"),
           resp("Further update Mar 2024: Panel paused since November 2023 after the chair "
                "stepped down; internal audit found data quality issues in the dashboard. RAG "
                "returned to AMBER.", None, "AMBER")],
          "in_sync", "The latest row (further update, AMBER) overrides the GREEN response row: "
          "force open; HMICFRS Being progressed."),
    ]))

BLOCKS.append((
    "PEEL: Police Legitimacy 2017 – national report – stop and search recommendations "
    "(December 2017)", "PEEL Legit 17 S&S", True, [
        E(1, "leg_1", SAS_MONITORING_2017.replace("\n•", "\n• ").replace("; •", ";\n• ")
          .replace("and •", "and\n• "), "National rec",
          [resp("Force response: Quarterly stop and search disproportionality report to the Stop "
                "Search Board and the PCC, including find rates by ethnicity and "
                "possession-only drug searches. Complete – evidence sent to the OPCC.",
                "ACC Local Policing", "GREEN")],
          "closeable_submit", "Force GREEN; HMICFRS Being progressed."),
        E(2, "leg_2", "Where forces identify disparities through monitoring, they should "
          "demonstrate to the public that they have:\n• carried out research and analysis in an "
          "attempt to understand the reasons for the disparity, and\n• taken action to reduce "
          "the disparity, where necessary;", "National rec",
          [resp("Force response: Research into disparity commissioned with a local university; "
                "report due summer 2024.", "ACC Local Policing", "AMBER")],
          "in_sync", "Open on both sides."),
        E(3, "leg_3", "We expect forces to publish this analysis and any actions taken at least "
          "on an annual basis, from July 2018.", "National rec",
          [resp("Response: Annual S&S report to be published on the force website.",
                "ACC Local Policing", "AMBER")],
          "closeable_local", "HMICFRS Complete; force still AMBER."),
    ]))

BLOCKS.append((
    "PEEL Efficiency 2017 - national (digital services)", "PEEL Eff 17", False, [
        E(1, "efc17", "By September 2018, chief constables should produce an ambitious plan to "
          "improve digitally-enabled services within their force.", "National rec",
          [resp("Response: Digital Policing Strategy 2018–2021 approved by the PCC in August "
                "2018. Complete.", "Head of Corporate Development", "GREEN")],
          "in_sync", "Tracker keeps only the sentence addressed to chief constables (the "
          "sentence for the Home Office/NPCC/APCC is dropped; the force's ask is unchanged). "
          "Closed on both sides."),
    ]))

BLOCKS.append((
    "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published "
    "24 October 2017", "Stolen Freedom (MSHT) 2017", True, [
        E("1a", "st_1", "Within twelve months, forces should review their leadership and "
          "governance arrangements for modern slavery and human trafficking, to ensure that:\n"
          "• senior leaders prioritise the response to modern slavery and human trafficking;",
          "National rec",
          [resp("Force response: Det Ch Supt Force CID is the MSHT strategic lead; MSHT is a "
                "priority in the control strategy.", "Det Ch Supt Force CID", "GREEN")],
          "in_sync", "Split row 1 of 4. Bullet 1c is AMBER, so the recommendation as a whole is "
          "open on the force side, as on HMICFRS (Being progressed)."),
        E("1b", "st_1", "• every incident of modern slavery identified to police is allocated "
          "appropriate resources with the skills, experience and capacity to investigate it "
          "effectively;", "National rec",
          [resp("Force response: All MSHT crimes allocated to the Serious Crime Unit since April "
                "2018.", "Det Ch Supt Force CID", "GREEN")],
          "in_sync", "Split row 2 of 4; item open overall (1c AMBER) and on HMICFRS."),
        E("1c", "st_1", "• forces develop effective partnership arrangements to co-ordinate "
          "activity in order to share information and safeguard victims; and", "National rec",
          [resp("Force response: Anti-Slavery Partnership relaunched but local authority "
                "attendance poor; partnership ISA still in draft.", "Det Ch Supt Force CID",
                "AMBER")],
          "in_sync", "Split row 3 of 4; AMBER; open on both sides."),
        E("1d", "st_1", "• performance and quality assurance measures are in place to allow "
          "senior leaders to assess the nature and quality of the service provided to victims.",
          "National rec",
          [resp("Force response: MSHT measures in the Force Performance pack.",
                "Det Ch Supt Force CID", "GREEN")],
          "in_sync", "Split row 4 of 4; item open overall (1c AMBER) and on HMICFRS."),
        E(2, "st_2", abbreviate("Within twelve months, forces should have in place active "
                                "information-sharing agreements with other agencies to "
                                "facilitate speedy exchange of intelligence 86 and in order to "
                                "safeguard victims better and to identify suspects as early as "
                                "possible"), "National rec",
          [resp("Force response: ISA with the County Council signed; ISAs with the GLAA and "
                "Border Force in draft.", "Head of Intelligence", "AMBER")],
          "conflict", "Timescale differs: HMICFRS 'Within six months', tracker 'Within twelve "
          "months' (plus footnote digit 86 and ISAs abbreviation, which do not matter). Both "
          "open."),
        E(3, "st_3", "Immediately, forces should ensure that all victims carrying out criminal "
          "acts under compulsion attributable to slavery or exploitation are afforded the "
          "protection of early and continuing consideration of the applicability of the section "
          "45 defence.", "National rec", [],
          "in_sync", "No response row yet (force open); HMICFRS Awaiting review (open)."),
        E(4, "st_4", "Immediately, forces should take steps to ensure they are fully compliant "
          "with the NRM process as it evolves and are implementing the requirement placed upon "
          "them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
          "suspected to be an adult victim of modern slavery or human trafficking.",
          "National rec",
          [resp("Response: NRM referrals and Duty to Notify completed by the MSHT SPOC team; "
                "audit shows full compliance.", "Det Ch Supt Force CID", "GREEN")],
          "in_sync", "Closed on both sides."),
        E("4.1", None, "Force action - Appoint a single point of contact for modern slavery and "
          "human trafficking in each local policing area", "Local action",
          [resp("Force response: SPOCs appointed in all three LPAs.", "Det Ch Supt Force CID",
                "GREEN")],
          "not_on_hmicfrs_list", "The force's own action, numbered 4.1 under the NRM item."),
        E(5, "st_5", abbreviate("Immediately, forces should take steps to ensure they fully "
                                "comply with national crime recording standard (NCRS) "
                                "requirements for offences identified as modern slavery and "
                                "human trafficking and that sufficient audit capacity is "
                                "available to the force crime registrar to provide reassurance "
                                "that each force is identifying and managing any gaps in its "
                                "crime-recording accuracy for these types of offences."),
          "National rec",
          [resp("Force response: FCR audit of MSHT recording (September 2023) found full "
                "compliance; audit capacity confirmed in the FCR's 2023/24 plan. Complete.",
                "Force Crime Registrar", "GREEN")],
          "closeable_submit", "Force GREEN; HMICFRS Being progressed."),
        E(6, "st_6", "Immediately, forces should ensure that allegations or indications of "
          "modern slavery and human trafficking are thoroughly investigated and effectively "
          "supervised by teams and individuals with the skills and experience to undertake them "
          "(this should include the use where appropriate of joint intelligence teams and other "
          "means to obtain intelligence and evidence from agencies overseas).", "National rec",
          [resp("Force response: Serious Crime Unit leads all MSHT investigations; supervision "
                "dip-sampled quarterly. JIT use still limited.", "Det Ch Supt Force CID",
                "AMBER")],
          "in_sync", "Open on both sides."),
        E(7, "st_7", "Immediately, forces should review their use of preventative powers under "
          "the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
          "of those deemed to pose a clear threat to others in respect of modern slavery and "
          "human trafficking offences are exploited.", "National rec",
          [resp("Response: STPO/STRO applications reviewed at monthly tasking; six orders "
                "obtained in 2023.", "Det Ch Supt Force CID", "GREEN")],
          "in_sync", "Closed on both sides."),
    ]))

BLOCKS.append((
    "Targeting the Risk (Firearms Licensing) 2015", "Firearms licensing 2015", False, [
        E(1, "fa_1", "Within three months, all chief constables should assess how well the "
          "governance of firearms licensing in his or her force meets the standards set out in "
          "Authorised Professional Practice. Chief constables of forces where the governance "
          "standards are not being complied with should put in place immediately the correct "
          "arrangements and procedures in order to meet the standards in full.", "National rec",
          [resp("Response: Governance review completed December 2015; meets APP.",
                "Supt Firearms Licensing", "GREEN")],
          "in_sync", "Closed on both sides."),
        E(2, "fa_2", "Within three months, all chief constables should assess the demand placed "
          "on their firearms licensing department and ensure it has the capacity to meet this "
          "demand and provide an efficient and effective service at all times.", "National rec",
          [resp("Response: Demand assessment done; renewals backlog 640 – additional staff "
                "agreed in the 2023/24 budget.", "Supt Firearms Licensing", "AMBER")],
          "closeable_local", "HMICFRS Complete; force AMBER."),
        E(3, "fa_4", "Within three months, all chief constables should ensure that their "
          "arrangements in respect of the use of temporary permits are in accordance with the "
          "Home Office guidance; that temporary permits are properly recorded without delay on "
          "the National Firearms Licensing Management System; and that effective systems exist "
          "to ensure certificate holders are not permitted, at any time, to remain in unlawful "
          "possession of a firearm.", "National rec",
          [resp("Response: Temporary permits recorded on NFLMS the same day. Complete.",
                "Supt Firearms Licensing", "GREEN")],
          "in_sync", "Closed on both sides."),
        E(4, "fa_5", "Within three months, all chief constables should ensure that systems "
          "designed to identify, prior to police attendance, whether a reported incident "
          "involves or is at the address of a firearm certificate holder are in place and are "
          "always applied by staff dispatching officers to incidents; and that officers "
          "understand the risk assessment which they should be undertaking in such "
          "circumstances, and their power, when appropriate, to seize firearms and firearm "
          "certificates.", "National rec",
          [resp("Response: Firearms marker on command and control for every certificate "
                "holder's address; dip sample shows dispatchers do not always check it.",
                "Supt Firearms Licensing", "AMBER")],
          "in_sync", "Open on both sides."),
    ]))

BLOCKS.append((
    "Stop & search powers 2 (HMIC 2015)", "S&S 2 (2015)", False, [
        E(1, None, "Chief constables should, in consultation with police and crime "
          "commissioners, ensure that they comply with the Code of Practice by explaining to "
          "the public the way stop and search powers are used in their areas and by making "
          "arrangements for stop and search records to be scrutinised by community "
          "representatives. This should be done in a way that involves those people who are "
          "stopped and searched, for example young people.", "National rec",
          [resp("Response: Community scrutiny panel in place; S&S data published monthly on the "
                "force website.", "ACC Local Policing", "GREEN")],
          "not_on_hmicfrs_list", "2015 report not on the register. Near-identical to Stop and "
          "search 2013 item 3 (which is on it and is matched to the S&S 2013 row)."),
    ]))

BLOCKS.append((
    "Building the Picture 2015", "Building the Picture 2015", False, [
        E(1, "picture", "By 30 November 2015, chief constables should put in place arrangements "
          "to scrutinise audits of compliance with the APP on information management through "
          "the force information management governance structure. This should include measures "
          "to ensure that categorisation of records are regularly adjusted.", "National rec",
          [resp("Response: Information Management Board scrutinises MoPI audits quarterly.",
                "Head of Information Management", "GREEN")],
          "in_sync", "Closed on both sides."),
    ]))

BLOCKS.append((
    "Integrity Matters 2015", "Integrity Matters 2015", False, [
        E(1, "integrity", "By 31 August 2015, all chief constables should satisfy themselves "
          "that they have processes in place to ensure that investigations into misconduct by "
          "officers and staff resulting in \"no further action\" are fair and free of any form "
          "of discrimination.", "National rec",
          [resp("Response: Misconduct outcomes by protected characteristic reviewed by the "
                "Professional Standards Board.", "Head of Professional Standards", "AMBER"),
           resp("Further update Mar 2024: Disproportionality review of 'no further action' "
                "outcomes 2019–2023 completed with the IOPC; no discrimination found. Complete – "
                "propose for closure.", "Head of Professional Standards", "GREEN")],
          "closeable_submit", "The further update row (GREEN, complete) supersedes the AMBER "
          "response row: force done; HMICFRS Being progressed."),
    ]))

BLOCKS.append((
    "Core business 2014", "Core Business 2014", False, [
        E(1, "core_1", "Not later than 31 March 2015 those forces using a threat, harm and risk "
          "policy, that have not yet done so, should provide call-handlers with specific, sound "
          "and comprehensible criteria against which they can assess threat, harm and risk.",
          "National rec",
          [resp("Response: THRIVE introduced; see also CDI 2019 rec 2.", "Supt Contact Centre",
                "AMBER")],
          "closeable_local", "HMICFRS Superseded; force AMBER. Near-duplicate of CDI 2019 rec 2: "
          "the report decides which pair is which."),
        E(2, "core_2", "By 31 March 2015 all forces should ensure that crime prevention or "
          "disruption activity carried out is systematically recorded and subsequently "
          "evaluated to determine the effectiveness of tactics being employed.", "National rec",
          [resp("Response: Problem-solving database records all crime prevention activity; "
                "evaluations published on the intranet.", "ACC Local Policing",
                "Pending sign off", G)],
          "closeable_submit", "Force 'Pending sign off'; HMICFRS Being progressed."),
    ]))

BLOCKS.append((
    "Policing in Austerity – Meeting the Challenge (July 2014)", "Policing in Austerity 2014",
    False, [
        E(1, "aus_1", "All Chief Constables and PCCs should review their plans to deliver "
          "savings to ensure they are doing all they can to continue to reduce crime and protect "
          "the front line while balancing their budgets. They should use the data and "
          "information contained in this report, and in HMIC's Value for Money profiles, when "
          "conducting their reviews", "National rec",
          [resp("Response: Savings plans reviewed every year through the MTFP.",
                "Director of Finance", "Complete")],
          "in_sync", "Closed on both sides."),
        E(2, "aus_2", "Chief Constables and PCCs in forces planning to deliver less than 10% of "
          "their savings through collaboration should assess whether there is scope to improve "
          "on this position. HMIC will follow up the assessments in the autumn.",
          "National rec",
          [resp("Response: Regional collaboration (EMSOU, EMCHRS) – HMIC follow-up awaited.",
                "Director of Finance", "AMBER")],
          "closeable_local", "HMICFRS 'No further action required' (closed); force AMBER."),
        E(3, "aus_3", "Chief Constables and PCCs in forces that are planning to reduce the "
          "proportion of their workforce and/or police officers on the front line should assess "
          "whether they have taken the decisive action seen in many forces in order to maintain "
          "their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
          "National rec",
          [resp("Response: Frontline proportion maintained – see PEEL Efficiency.",
                "Director of Finance", "GREEN")],
          "in_sync", "Closed on both sides."),
        E(4, "aus_4", "In preparation for the next spending round period all Chief Constables "
          "and PCCs should review their plans for collaboration. In particular they should "
          "consider whether there is scope to deliver better value for money and improved "
          "capability and capacity through joint working with other forces, the public and/or "
          "the private sector.", "National rec",
          [resp("Response: Regional collaboration plan agreed by the East Midlands PCCs and "
                "chief constables.", "Director of Finance", "GREEN")],
          "in_sync", "Closed on both sides."),
    ]))

BLOCKS.append((
    "Domestic abuse – Everyone's business (March 2014)", "Everyone's Business (DA) 2014", False, [
        E(1, "everyone", EVERYONE_PLAN_RUN_ON, "National rec",
          [resp("Response: DA action plan published September 2014 and refreshed every year.",
                "Ch Supt Public Protection", "GREEN")],
          "in_sync", "The tracker cell runs on into the report's following paragraphs (pasted "
          "from the report); same recommendation. Closed on both sides."),
    ]))

BLOCKS.append((
    "Stop & Search powers (HMIC 2013)", "S&S 2013", False, [
        E(1, "sas13_1", "Chief Constables and the College of Policing should establish in the "
          "Stop and Search Authorised Professional Practice document a clear specification of "
          "what constitutes the effective and fair exercise of stop and search powers, and "
          "guidance in this respect. This should be compliant with the Code of Practice.",
          "National rec",
          [resp("Response: Force follows APP on stop and search.", "ACC Local Policing",
                "GREEN")],
          "in_sync", "Closed on both sides."),
        E(2, "sas13_2", "Chief Constables should establish or improve monitoring of the way "
          "officers stop and search people, so that they can be satisfied their officers are "
          "acting in accordance with the law (including equality legislation and the Code of "
          "Practice), and that the power is used effectively to prevent crime, catch criminals "
          "and maintain public trust.", "National rec",
          [resp("Response: Monitoring through the Stop Search Board – see PEEL Legitimacy 2017 "
                "recs.", "ACC Local Policing", "AMBER")],
          "closeable_local", "HMICFRS Complete; force AMBER."),
        E(3, "sas13_3", "Chief Constables should, in consultation with elected local policing "
          "bodies, ensure that they comply with the code of practice by explaining to the public "
          "the way S&S powers are used in their areas and by making arrangements for S&S "
          "records to be scrutinised by community representatives. This should be done in a way "
          "that involves those people who are stopped and searched, for example, young people.",
          "National rec",
          [resp("Force response: Independent scrutiny panel, including young people from the "
                "Youth Commission, reviews S&S records quarterly; data published monthly. "
                "Complete.", "ACC Local Policing", "GREEN")],
          "closeable_submit", "Force GREEN; HMICFRS Being progressed. Near-identical to the "
          "S&S 2 (2015) row, which is not on the register."),
        E(4, "leg_4", "By July 2018, and ongoing following that date, forces should ensure that "
          "all officers who use S&S powers have been provided with, and understand, training on "
          "unconscious bias and CoP APP on S&S.", "National rec",
          [resp("Force response: Unconscious bias input part of the S&S refresher; 88% of "
                "officers trained.", "Head of Learning & Development", "AMBER")],
          "conflict", "Report differs: HMICFRS holds it under PEEL: Police legitimacy 2017 "
          "(national overview); the tracker files it under Stop & Search 2013. Both open."),
    ]))

BLOCKS.append((
    "Additional actions agreed by the Joint Independent Audit Committee / OPCC", "JIAC", False, [
        E(1, None, "JAC action: Internal audit of the domestic abuse governance arrangements "
          "(audit plan 2023/24)", "Local",
          [resp("Force response: Audit fieldwork complete; draft report due April 2024.",
                "Director of Finance", "AMBER")],
          "not_on_hmicfrs_list", "JIAC/OPCC local action, not an HMICFRS item."),
    ]))

# Categories of HMICFRS items the force does not hold.
MISSING_WHY = {
    "fa_3": "Firearms 'total expired' records: on the register (Being progressed), not in the "
            "tracker.",
    "leg_coc": "National cause of concern (PEEL Legitimacy 2017): the tracker holds the "
               "recommendations but not the cause of concern itself.",
    "ncpi_3": "NCPI 2018 AFI on CSE partnership working was never copied into the tracker.",
    "p23_a4": "PEEL 2023/24 AFI not yet added (heading says 6 AFIs, tracker holds 4).",
    "p23_a5": "PEEL 2023/24 AFI not yet added (heading says 6 AFIs, tracker holds 4).",
}


# --------------------------------------------------------------------------------------------
def build_hmicfrs(rng):
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = f"HMICFRS monitoring – recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Exported 04/03/2024 09:41"
    hdr = ["ID", "Force", "Report title", "Date published", "Type", "Recommendation / AFI",
           "Status", "Status date", "Latest comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
    rows = {}
    # IDs: plain integers, unique across the register (no prefix), as on the old register.
    base = {k: v for k, v in zip(REPORTS, [1180, 2321, 2790, 4822, 902, 5233, 5604, 6961, 8320,
                                             8470, 8541, 8993, 9870, 11630, 13420, 15210])}
    last = {}
    for i, (key, rep, typ, text, status, comment) in enumerate(H):
        r = 4 + i
        ident = last[rep] + rng.randint(1, 3) if rep in last else base[rep]
        last[rep] = ident
        pub = REPORTS[rep][1]
        if status in H_OPEN:
            sd = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
            if pub > sd:
                sd = dt.date(2024, 2, rng.randint(1, 28))
        else:
            yr = rng.randint(max(pub.year + 1, 2016), 2023)
            sd = dt.date(yr, rng.randint(1, 12), rng.randint(1, 28))
        vals = [ident, FORCE, REPORTS[rep][0], dt.datetime.combine(pub, dt.time()), typ, text,
                status, dt.datetime.combine(sd, dt.time()), comment or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if c in (4, 8):
                cell.number_format = "DD/MM/YYYY"
            if c == 6:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        rows[key] = f"Recommendations!{r}"
    for col, w in zip("ABCDEFGHI", [8, 20, 50, 13, 24, 90, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    return wb, rows


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    bold = Font(bold=True)
    top = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Lincolnshire Police – HMICFRS recommendations and force response"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position as at 1 March 2024. Prepared by the Organisational Learning Team for "
                "the OPCC and the Joint Independent Audit Committee.")
    ws["A3"] = "RAG key:"
    ws["A3"].font = bold
    legend = [("GREEN – the recommendation is implemented", G),
              ("AMBER – subject to ongoing work and monitoring, expected to be implemented", A),
              ("RED – beyond the deadline or cannot / will not be implemented (rationale "
               "required)", R),
              ("WHITE – not the force's responsibility to deliver or dependent on another "
               "organisation", None)]
    for i, (t, f) in enumerate(legend):
        c = ws.cell(row=4 + i, column=1, value=t)
        if f:
            c.fill = PatternFill("solid", fgColor=f)
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=3)
    hdr_row = 9
    for c, h in enumerate(["No.", "Report", "HMICFRS recommendation / Force response", "Type",
                           "Lead", "RAG / Status"], 1):
        cell = ws.cell(row=hdr_row, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = top
    r = hdr_row + 1
    item_rows = []  # (row, entry)
    prev_entries = False
    for heading, short, merged, entries in BLOCKS:
        if prev_entries:
            r += 1  # blank row after each report's items
        prev_entries = bool(entries)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for e in entries:
            first = r
            ws.cell(row=r, column=1, value=e["no"]).alignment = top
            ws.cell(row=r, column=2, value=short).alignment = top
            ws.cell(row=r, column=3, value=e["text"]).alignment = top
            if e["type"]:
                ws.cell(row=r, column=4, value=e["type"]).alignment = top
            item_rows.append((r, e))
            r += 1
            for text, lead, rag, fill in e["rows"]:
                if text:
                    ws.cell(row=r, column=3, value=text).alignment = top
                if lead:
                    ws.cell(row=r, column=5, value=lead).alignment = top
                rc = ws.cell(row=r, column=6, value=rag)
                if fill:
                    rc.fill = PatternFill("solid", fgColor=fill)
                r += 1
            if merged and r - first > 1:
                for col in (1, 2, 4):  # Word's vertically merged No./Report/Type cells
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Notes: converted from the Word version presented to the "
            "JIAC in December 2023; further updates added March 2024.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", [8, 18, 95, 16, 26, 16]):
        ws.column_dimensions[col].width = w
    return wb, item_rows


FIXED = dt.datetime(2024, 3, 4, 9, 41, 0)


def save_stable(wb, path: Path):
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = None
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T09:41:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    rng = random.Random(SEED)
    OUT.mkdir(exist_ok=True)
    hwb, hrows = build_hmicfrs(rng)
    twb, item_rows = build_tracker()
    save_stable(hwb, OUT / "hmicfrs.xlsx")
    save_stable(twb, OUT / "tracker.xlsx")

    keys_seen = set()
    lines = []
    for row, e in item_rows:
        fr = f"Sheet1!{row}"
        if e["key"] is None:
            lines.append(("", fr, e["cat"], e["why"]))
        else:
            keys_seen.add(e["key"])
            lines.append((hrows[e["key"]], fr, e["cat"], e["why"]))
    for key, *_ in H:
        if key not in keys_seen:
            lines.append((hrows[key], "", "missing_from_force", MISSING_WHY[key]))
    assert set(MISSING_WHY) == {k for k, *_ in H} - keys_seen

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    lines.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
