"""Build the case `target_quarter_schedule`: a force's HMICFRS delivery schedule whose item rows
sit under banner rows by (revised) target quarter, with an OVERDUE block first and a
"No target date agreed" block last. HMICFRS side: a plain register export (CSV, UTF-8 BOM).

Run: /work/main/.venv/bin/python build_target_quarter_schedule.py   (seed 5613, byte for byte)
Texts: real HMICFRS wording copied from /work/main/reconcile/casegen/texts (OGL)."""
from __future__ import annotations

import csv, io, random, re, zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 5613
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "target_quarter_schedule"
FORCE = "Cumbria Constabulary"
SHEET = "Delivery schedule"
POSITION = date(2025, 1, 31)

REC, AFI = "Recommendation", "Area for improvement"

# ---------------- reports: key -> (HMICFRS title, published, force short name, scope)
REPORTS = {
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria Constabulary", date(2022, 5, 13), "PEEL 21/22", "Force"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Cumbria Constabulary", date(2024, 5, 16), "PEEL 23/24", "Force"),
    "cdi19": ("Crime data integrity inspection 2019 – Cumbria Constabulary", date(2019, 9, 12), "CDI 2019", "Force"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022 – Cumbria Constabulary", date(2022, 8, 23), "Custody 2022", "Force"),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary", date(2018, 6, 19), "NCPI 2018", "Force"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4), "Core business", "National"),
    "picture": ("Building the picture: an inspection of police information management", date(2015, 7, 1), "Building the Picture 2015", "National"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15), "Firearms licensing 2015", "National"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "National"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12), "PEEL Legit 17 S&S", "National"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26), "Police powers spotlight (Feb 21)", "National"),
}

# ---------------- real texts (OGL), copied from the casegen text lists
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.")
SAS_MON = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.")
BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = "Immediately, the force should put in place arrangements to ensure that:\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action.",
]
MISSING = "Immediately, the force should review its approach to reports of missing children and take steps to ensure that:\n" + "\n".join("• " + b for b in MISSING_BULLETS)
CHILD_DET = ("Within twelve months, the force should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:"
    "• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;"
    "• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;"
    "• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and"
    "• improve the timeliness of adequate appropriate adult support for children who are arrested.")

def afi(body, who="The force"):
    return f"{who} should {body}."

# ---------------- HMICFRS items: (ref, report, type, text, hmicfrs status, category, force spec)
# force spec: dict(status=..., ftext=optional override, fref=optional override ('' = blank),
#             freport=..., ftype=..., fab=..., split=[texts], note=why)
ITEMS = [
    # ---- PEEL 2021/22
    (11204, "peel21", AFI, afi("improve its understanding of the nature and scale of county lines drug dealing in its area"), "Being progressed", "in_sync",
        dict(status="On track", ftext="Improve understanding of the nature and scale of county lines in Cumbria")),
    (11205, "peel21", AFI, afi("improve its understanding of the nature and scale of fraud in its area"), "Being progressed", "closeable_submit",
        dict(status="Delivered – submitted to HMICFRS", ftext="Improve understanding of the nature and scale of fraud (fraud problem profile)")),
    (11206, "peel21", AFI, afi("make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime"), "Being progressed", "in_sync",
        dict(status="At risk")),
    (11207, "peel21", AFI, afi("make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime"), "Complete", "closeable_local",
        dict(status="At risk")),
    (11208, "peel21", AFI, afi("make sure it records reports of hate crime accurately and without delay"), "Being progressed", "closeable_submit",
        dict(status="On track", fab="Closure agreed FAB 11/12/24", stale=True,
             note="Delivery status still 'On track' but FAB decision column records closure agreed 11/12/24: governance decision counts, force done")),
    (11209, "peel21", AFI, afi("improve the timeliness of its response to calls for service involving vulnerable adults"), "Awaiting review", "in_sync",
        dict(status="Off track")),
    (11210, "peel21", AFI, afi("review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics"), "Being progressed", "closeable_submit",
        dict(status="Closed by FAB")),
    (11211, "peel21", AFI, afi("make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes"), "Complete", "in_sync",
        dict(status="Closed by FAB")),
    (11212, "peel21", AFI, afi("improve its understanding of suspects released under investigation and the management of those released on bail"), "Being progressed", "conflict",
        dict(status="On track", fref="", freport="PEEL 23/24",
             note="report: force files it under PEEL 23/24 with no ref; text is the PEEL 21/22 AFI 11212 word for word and PEEL 23/24 has no such AFI")),
    (11213, "peel21", AFI, afi("make sure it has access to accurate data and analysis to support effective performance management"), "Being progressed", "closeable_submit",
        dict(status="Superseded (PEEL 23/24 AFI)",
             note="force has closed its entry as superseded by a PEEL 23/24 AFI; HMICFRS still shows it open: ask HMICFRS to close")),
    (11214, "peel21", AFI, afi("develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk", FORCE), "Being progressed", "in_sync",
        dict(status="On track")),
    (11215, "peel21", AFI, afi("make sure its analysis of serious and organised crime informs its strategic assessment and control strategy"), "Being progressed", "missing_from_force", None),
    (11216, "peel21", REC, "Within six months the force should ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded.", "Being progressed", "in_sync",
        dict(status="Off track")),
    (11217, "peel21", REC, "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Being progressed", "in_sync",
        dict(status="Delivered", fab="Closure not agreed FAB 13/11/24 – further evidence required (THRIVE dip-sample)",
             note="owner marks 'Delivered' but FAB refused closure 13/11/24: force still open, as HMICFRS")),
    # ---- PEEL 2023/24
    (13301, "peel23", AFI, afi("make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised"), "Awaiting review", "in_sync",
        dict(status="On track")),
    (13302, "peel23", AFI, afi("make sure investigations of residential burglary are allocated to officers with the right skills and are effectively supervised"), "Awaiting review", "in_sync",
        dict(status="Not started")),
    (13303, "peel23", AFI, afi("improve how it works with partner organisations to safeguard people at risk from child sexual exploitation"), "Being progressed", "closeable_submit",
        dict(status="Delivered")),
    (13304, "peel23", AFI, afi("improve the way it manages the risk posed by offenders involved in online child sexual abuse"), "Being progressed", "in_sync",
        dict(status="At risk")),
    (13305, "peel23", AFI, afi("make sure officers and staff have the training they need to identify and respond to honour-based abuse"), "Being progressed", "closeable_submit",
        dict(status="Delivered – submitted to HMICFRS")),
    (13306, "peel23", AFI, afi("make sure it consistently uses ancillary orders and other powers to protect victims of violence against women and girls"), "Being progressed", "conflict",
        dict(status="At risk", ftype="Rec",
             note="type: force records it as a recommendation ('Rec'); HMICFRS holds it as an area for improvement")),
    (13307, "peel23", AFI, afi("improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed"), "Being progressed", "in_sync",
        dict(status="Not started", nodate=True)),
    (13308, "peel23", AFI, afi("make sure the corporate risk register is actively used to mitigate and manage known risks"), "Complete", "closeable_local",
        dict(status="On track")),
    (13309, "peel23", AFI, afi("put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies"), "Being progressed", "in_sync",
        dict(status="On track")),
    (13310, "peel23", AFI, afi("develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them"), "Awaiting review", "missing_from_force", None),
    (13311, "peel23", AFI, afi("make sure its performance framework gives senior leaders a clear picture of its response to road harm"), "Awaiting review", "in_sync",
        dict(status="On track", nodate=True)),
    (13312, "peel23", AFI, afi("improve the timeliness of its response to calls for service involving people with mental ill health"), "Being progressed", "in_sync",
        dict(status="At risk")),
    (13313, "peel23", REC, "Within six months, the force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.", "Being progressed", "closeable_submit",
        dict(status="Closed by FAB")),
    # ---- CDI 2019
    (9917, "cdi19", REC, CDI_VICTIMS, "Being progressed", "conflict",
        dict(status="Delivered – submitted to HMICFRS",
             ftext="Immediately, put in place arrangements to ensure that:\n- at the point of report, victims are believed;\n- conversations between call handlers and callers are summarised accurately in the incident log;\n- multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n- online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and managed.",
             note="missing bullet: force row has 4 of the 5 bullets (awaiting medical examinations / video interviews bullet absent)")),
    (9918, "cdi19", REC, "Within three months, the force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Being progressed", "closeable_submit",
        dict(status="Delivered – submitted to HMICFRS")),
    (9919, "cdi19", REC, "Within six months the force should make sure it records reports of modern slavery and human trafficking accurately and without delay.", "Being progressed", "in_sync",
        dict(status="Off track")),
    (9920, "cdi19", AFI, afi("make sure it records reports of anti-social behaviour accurately and without delay"), "Complete", "closeable_local",
        dict(status="Off track")),
    # ---- Custody 2022
    (12450, "cust22", REC, CHILD_DET, "Being progressed", "closeable_submit",
        dict(status="Delivered – submitted to HMICFRS", split=[
            ("Children in custody (with CSC): only detained when absolutely necessary and for the minimum time; early assessment of need for alternative accommodation (secure or otherwise)", "Delivered – submitted to HMICFRS"),
            ("Children in custody (with CSC): record all actions and decisions on the custody record; improve timeliness of appropriate adult support for arrested children", "Delivered – submitted to HMICFRS")],
             note="one recommendation split over two schedule rows (bullets 1-2 / 3-4), both delivered and submitted; HMICFRS open")),
    (12451, "cust22", AFI, afi("make sure officers and staff have the training they need to identify and respond to people with mental ill health"), "Being progressed", "in_sync",
        dict(status="On track")),
    (12452, "cust22", AFI, afi("make sure all processes in place to support performance management are effective"), "Being progressed", "missing_from_force", None),
    # ---- NCPI 2018
    (10061, "ncpi18", REC, MISSING, "Being progressed", "in_sync",
        dict(status="At risk", split=[
            ("Missing children: call takers understand and use the missing and absent category appropriately", "Delivered"),
            ("Missing children: call takers and frontline staff can identify CSE risk factors and know how to respond", "Delivered"),
            ("Missing children: supervisors provide correct oversight of missing person enquiries and direct timely investigative and safeguarding action", "At risk")],
             note="one recommendation split over three schedule rows under different quarters; two delivered, the supervision bullet 'At risk', so the item is open on the force side, as on HMICFRS")),
    (10062, "ncpi18", REC, "Within six months the force should make sure investigations of sexual offences against children are allocated to officers with the right skills and are effectively supervised.", "Complete", "conflict",
        dict(status="On track", ftext="Within 12 months the force should make sure investigations of sexual offences against children are allocated to officers with the right skills & are effectively supervised.",
             note="timescale: force text 'Within 12 months', HMICFRS 'Within six months'")),
    (10063, "ncpi18", AFI, afi("improve how it gathers, assesses and acts on intelligence about child sexual exploitation"), "Being progressed", "in_sync",
        dict(status="On track")),
    (10064, "ncpi18", AFI, afi("make sure it has enough specialist capacity and capability to investigate online child sexual abuse"), "Being progressed", "closeable_submit",
        dict(status="Closed by FAB")),
    # ---- national
    (4822, "core", REC, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Superseded", "closeable_local",
        dict(status="Off track", overdue=date(2023, 9, 30))),
    (4823, "core", REC, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Complete", "in_sync",
        dict(status="Closed by FAB")),
    (4981, "picture", REC, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Complete", "closeable_local",
        dict(status="Off track")),
    (5230, "firearms", REC, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", "in_sync",
        dict(status="Closed by FAB")),
    (5231, "firearms", REC, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", "closeable_submit",
        dict(status="Delivered – submitted to HMICFRS")),
    (5232, "firearms", REC, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", "closeable_local",
        dict(status="At risk")),
    (5233, "firearms", REC, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", "missing_from_force", None),
    (5234, "firearms", REC, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Being progressed", "in_sync",
        dict(status="On track")),
    (8401, "stolen", REC, SF_LEADERSHIP, "Being progressed", "in_sync",
        dict(status="On track")),
    (8402, "stolen", REC, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible.", "Being progressed", "closeable_submit",
        dict(status="Delivered")),
    (8403, "stolen", REC, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Superseded", "closeable_local",
        dict(status="On track")),
    (8404, "stolen", REC, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Complete", "in_sync",
        dict(status="Closed by FAB")),
    (8405, "stolen", REC, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", "in_sync",
        dict(status="Off track")),
    (8406, "stolen", REC, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", "conflict",
        dict(status="On track", fref="8460",
             note="reference: force ref 8460 (digits transposed) for the Stolen Freedom investigation/supervision rec 8406; 8460 is not on the list")),
    (8407, "stolen", REC, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Being progressed", "missing_from_force", None),
    (8541, "leg17", REC, SAS_MON, "Being progressed", "closeable_submit",
        dict(status="Closed by FAB")),
    (8542, "leg17", REC, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Complete", "closeable_local",
        dict(status="At risk")),
    (8543, "leg17", REC, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Being progressed", "in_sync",
        dict(status="On track", ftext="Publish S&S disproportionality analysis and actions taken at least annually (from July 2018)")),
    (8544, "leg17", REC, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Complete", "in_sync",
        dict(status="Delivered – submitted to HMICFRS")),
    (11510, "powers", REC, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", "conflict",
        dict(status="Delivered", ftext="By July 2021, forces should ensure that officers & staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
             note="deadline: force text 'By July 2021', HMICFRS 'By July 2022'")),
    (11511, "powers", REC, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", "in_sync",
        dict(status="On track")),
    (11512, "powers", REC, BWV, "Being progressed", "closeable_submit",
        dict(status="Delivered")),
    (11513, "powers", REC, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", "in_sync",
        dict(status="Delivered", fab="Closure not agreed FAB 13/11/24 – UoF dashboard not yet live",
             note="owner marks 'Delivered' but FAB refused closure: force still open, as HMICFRS")),
]

# force rows with no HMICFRS item: (sched report, type, text, status, ref, why)
EXTRA = [
    ("Force improvement plan", "Force action", "Force action - Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team", "On track", "", "force's own local action"),
    ("Force improvement plan", "Force action", "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board", "Closed by FAB", "", "force's own local action (closed locally)"),
    ("FAB 13/11/24", "FAB action", "FAB action: refresh the county lines problem profile and add it to the control strategy", "Not started", "", "Force Assurance Board action, not an HMICFRS item"),
    ("Internal audit 2023/24", "Audit action", "Internal audit action: audit of the vetting governance arrangements (audit plan 2023/24)", "At risk", "", "internal audit action, not an HMICFRS item"),
    ("Force improvement plan", "Force action", "Add hate crime measures to the monthly Force Performance pack", "Delivered", "", "force's own local action supporting AFI 11208, not an HMICFRS item itself"),
    ("Police powers spotlight (Feb 21)", "Nat rec", "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "Not for force – HO/NPCC", "", "national recommendation addressed to the Home Office and NPCC, tracked 'for information'; not on the force's HMICFRS list"),
    ("Integrity matters 2015", "Nat rec", "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Off track", "4901", "Integrity Matters rec (force ref 4901) no longer on the HMICFRS list: query with HMICFRS"),
]

FAB_DATES = [date(2024, 5, 8), date(2024, 6, 12), date(2024, 7, 10), date(2024, 9, 11), date(2024, 10, 9),
             date(2024, 11, 13), date(2024, 12, 11), date(2025, 1, 15)]
DONE = {"Delivered", "Delivered – submitted to HMICFRS", "Closed by FAB", "Superseded (PEEL 23/24 AFI)", "Not for force – HO/NPCC"}

LEADS_CO = ["DCC", "ACC", "ACC", "Director of Corporate Support", "Chief Superintendent Crime"]
OWNERS = ["Det Ch Supt Force CID", "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
          "Head of Professional Standards", "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
          "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
          "Supt Firearms Licensing", "Supt Local Policing (West)", "T/Supt PVP"]
OPEN_UPD = ["Task & Finish group set up; implementation plan drafted and agreed at the Crime Standards Board.",
            "Work undertaken in area but still requires development to complete.",
            "Policy rewrite out for consultation; comms plan to follow.",
            "Dependent on Niche upgrade (now slipped to Q2 25/26).",
            "Dip-sample completed in November; compliance 71% – re-test planned.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Owner changed in October; new owner reviewing plan.",
            "Training package with L&D; roll-out to response teams from April.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Awaiting allocation."]
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Policy signed off and published; compliance audit shows sustained improvement.",
            "Evidence pack complete and reviewed by the Inspection Liaison Officer.",
            "Ready to move to closure – evidence with FAB.",
            "New process embedded since September; QA results attached to evidence log."]

ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"), (r"stop and search", "S&S"),
        (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"), (r"officers and staff", "officers & staff"),
        (r"Authorised Professional Practice", "APP"), (r"within six months", "within 6 months"),
        (r"within three months", "within 3 months"), (r"within twelve months", "within 12 months")]

def variant(text, typ, afi_no):
    """a force analyst's copy of the HMICFRS wording (meaning kept)."""
    k = rng.random()
    t = text.replace("•", "- ").replace("’", "'")
    if typ == AFI and k < 0.3:
        t = re.sub(r"^(The force|Cumbria Constabulary) should ", "", t)
        return t[0].upper() + t[1:]
    if typ == AFI and k < 0.55:
        return f"AFI {afi_no} - " + t
    if k < 0.8:
        for a, b in ABBR:
            t = re.sub(a, lambda m, b=b: (b[0].upper() + b[1:]) if m.group(0)[0].isupper() else b, t, flags=re.I)
        return t
    return t

def fy_quarter(d):
    fy = d.year if d.month >= 4 else d.year - 1
    q = (d.month - 4) % 12 // 3 + 1
    return fy, q

QNAMES = {1: "April – June", 2: "July – September", 3: "October – December", 4: "January – March"}

def rand_date(a, b):
    return a + timedelta(days=rng.randrange((b - a).days + 1))

# ---------------- build force rows
frows = []   # dicts
sched = 0
hrows = []
for ref, rep, typ, text, hstat, cat, fs in ITEMS:
    hrows.append(dict(ref=ref, rep=rep, typ=typ, text=text, hstat=hstat, cat=cat, fs=fs))
afi_count = {}
for h in hrows:
    fs = h["fs"]
    if fs is None:
        continue
    sched += 1
    rep = h["rep"]
    if h["typ"] == AFI:
        afi_count[rep] = afi_count.get(rep, 0) + 1
    short = REPORTS[rep][2]
    ftype = fs.get("ftype") or ("AFI" if h["typ"] == AFI else ("Nat rec" if REPORTS[rep][3] == "National" else "Rec"))
    base = dict(hkey=h["ref"], ref=fs.get("fref", str(h["ref"]) if rng.random() < 0.85 or h["cat"] != "in_sync" else ""),
                report=fs.get("freport", short), ftype=ftype, cat=h["cat"], note=fs.get("note", ""),
                fab=fs.get("fab"), stale=fs.get("stale", False), nodate=fs.get("nodate", False),
                overdue=fs.get("overdue"), hstat=h["hstat"], pub=REPORTS[rep][1])
    if "split" in fs:
        for i, (t, st) in enumerate(fs["split"]):
            frows.append(dict(base, sched=f"{sched:02d}{'abc'[i]}", text=t, status=st, split=True))
    else:
        text = fs.get("ftext") or variant(h["text"], h["typ"], afi_count.get(rep, 0))
        frows.append(dict(base, sched=f"{sched:02d}", text=text, status=fs["status"], split=False))
for rep, ftype, text, st, ref, why in EXTRA:
    sched += 1
    frows.append(dict(hkey=None, ref=ref, report=rep, ftype=ftype, cat="not_on_hmicfrs_list", note=why, fab=None,
                      stale=False, nodate=False, overdue=None, hstat=None, pub=date(2023, 4, 1), sched=f"{sched:02d}", text=text, status=st, split=False))

# dates, owners, updates, group
for r in frows:
    done = r["status"] in DONE and not (r["fab"] or "").startswith("Closure not agreed")
    r["lead"] = rng.choice(LEADS_CO)
    r["owner"] = rng.choice(OWNERS)
    r["replan"] = 0
    if r["overdue"]:
        rev = r["overdue"]; group = "OVERDUE"
    elif r["nodate"]:
        rev = None; group = "NODATE"
    elif r["stale"]:
        rev = date(2025, 3, 31); group = None
    elif r["status"] in DONE:
        last = date(2025, 1, 24) if r["status"] == "Delivered" else date(2024, 12, 20)
        rev = rand_date(max(date(2024, 4, 8), r["pub"] + timedelta(days=95)), last); group = None
    else:
        k = rng.random()
        if k < 0.3:
            rev = rand_date(max(date(2023, 6, 1), r["pub"] + timedelta(days=95)), date(2024, 12, 20)); group = "OVERDUE"
        else:
            rev = rand_date(date(2025, 2, 3), date(2025, 12, 19)); group = None
    if rev is not None:
        rev = date(rev.year, rev.month, 1) + timedelta(days=32)
        rev = date(rev.year, rev.month, 1) - timedelta(days=1)   # month end
    r["rev"] = rev
    if group is None:
        fy, q = fy_quarter(rev)
        group = (fy, q)
    r["group"] = group
    # original target
    if rev is None:
        r["orig"] = "No deadline set by HMICFRS"
    else:
        n = rng.choice([0, 0, 1, 1, 2, 3]) if group == "OVERDUE" or r["status"] not in DONE else rng.choice([0, 0, 0, 1])
        r["replan"] = n
        orig = rev
        done_n = 0
        for _ in range(n):
            o = orig - timedelta(days=rng.choice([91, 122, 183]))
            o = date(o.year, o.month, 1) + timedelta(days=32)
            o = date(o.year, o.month, 1) - timedelta(days=1)
            if o < r["pub"] + timedelta(days=60):
                break
            orig, done_n = o, done_n + 1
        n = r["replan"] = done_n
        r["orig"] = orig
        if r["text"].lower().startswith("immediately") and n > 0 and rng.random() < 0.6:
            r["orig"] = "Immediate"
    if r["fab"] is None:
        fabs = [d for d in FAB_DATES if d > r["rev"]] if r["rev"] else FAB_DATES
        if r["status"] == "Closed by FAB":
            r["fab"] = f"Closure agreed FAB {rng.choice(fabs[:2]).strftime('%d/%m/%y')}"
        elif r["status"] == "Delivered – submitted to HMICFRS":
            r["fab"] = f"Closure agreed FAB {fabs[0].strftime('%d/%m/%y')}; submitted to HMICFRS portal"
        elif r["status"] == "Delivered":
            r["fab"] = "For FAB 12/02/25"
        elif r["status"].startswith("Superseded"):
            r["fab"] = "Closure agreed FAB 11/12/24 – superseded by PEEL 23/24"
        else:
            r["fab"] = ""
    r["update"] = rng.choice(DONE_UPD if r["status"] in DONE else OPEN_UPD)
    if r["stale"]:
        r["update"] = "Hate crime recording audit (Oct 24) 96% compliant. Evidence pack to FAB December."
    if r["status"].startswith("Not for force"):
        r["update"] = "Not the force's responsibility to deliver; dependent upon another organisation. Held for information."
        r["fab"] = "Noted FAB 10/07/24"
    if r["ref"] == "4901":
        r["update"] = "Legacy item carried from the 2019 plan. Professional Standards review of NFA outcomes outstanding."

# ---------------- order: OVERDUE, quarters ascending, NODATE
def gkey(g):
    if g == "OVERDUE": return (0, 0, 0)
    if g == "NODATE": return (2, 0, 0)
    return (1, g[0], g[1])
groups = sorted({r["group"] for r in frows}, key=gkey)
CASE.mkdir(exist_ok=True)

# ---------------- HMICFRS csv
hdr = ["Reference", "Force", "Scope", "Report title", "Published", "Type", "Recommendation / AFI text", "Status", "Status updated"]
order = sorted(hrows, key=lambda h: (REPORTS[h["rep"]][1], h["ref"]))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(hdr)
for i, h in enumerate(order):
    title, pub, _, scope = REPORTS[h["rep"]]
    upd = rand_date(date(2023, 4, 3), date(2025, 1, 10)) if h["hstat"] != "Awaiting review" else rand_date(pub, date(2024, 9, 30))
    w.writerow([h["ref"], FORCE, scope, title, pub.strftime("%d/%m/%Y"), h["typ"], h["text"], h["hstat"], upd.strftime("%d/%m/%Y")])
    h["hrow"] = f"hmicfrs.csv!{i + 2}"
(CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))
hby = {h["ref"]: h for h in hrows}

# ---------------- tracker xlsx
wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin", color="999999")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
cols = ["Sched No.", "HMICFRS ref", "Report", "Type", "Recommendation / AFI (summary)", "Chief officer lead", "Action owner",
        "Original target", "Revised target", "Times re-planned", "Delivery status", "Latest update (owner)", "FAB decision"]
widths = [9, 11, 22, 11, 70, 16, 24, 13, 13, 10, 26, 55, 34]
ws["A1"] = f"{FORCE} – HMICFRS recommendations and areas for improvement: delivery schedule"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Position at 31/01/2025 · Strategic Planning & Inspection · for Force Assurance Board (FAB) 12/02/2025 · items ordered by revised target quarter (financial year)"
ws["A2"].font = Font(italic=True)
row = 4
for c, (name, wd) in enumerate(zip(cols, widths), start=1):
    cell = ws.cell(row=row, column=c, value=name)
    cell.font = Font(bold=True, color="FFFFFF"); cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="center"); cell.border = border
    ws.column_dimensions[chr(64 + c)].width = wd
ws.freeze_panes = "A5"
FILLS = {"On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", "Not started": "FFFFFF",
         "Delivered": "BDD7EE", "Delivered – submitted to HMICFRS": "BDD7EE", "Closed by FAB": "D9D9D9",
         "Superseded (PEEL 23/24 AFI)": "D9D9D9", "Not for force – HO/NPCC": "FFFFFF"}
row = 5
for g in groups:
    members = sorted([r for r in frows if r["group"] == g], key=lambda r: (r["rev"] or date(2099, 1, 1), r["sched"]))
    if g == "OVERDUE":
        label = f"OVERDUE – revised target date passed, not delivered ({len(members)})"; colr = "C00000"
    elif g == "NODATE":
        label = f"No target date agreed ({len(members)})"; colr = "7F7F7F"
    else:
        fy, q = g
        yrs = [fy, fy, fy, fy + 1][q - 1]
        label = f"{fy}/{str(fy + 1)[2:]} Q{q}  ({QNAMES[q].split(' – ')[0]} – {QNAMES[q].split(' – ')[1]} {yrs})  – {len(members)} item{'s' if len(members) != 1 else ''}"
        colr = "2F5597"
    ws.cell(row=row, column=1, value=label).font = Font(bold=True, color="FFFFFF")
    for c in range(1, 14):
        ws.cell(row=row, column=c).fill = PatternFill("solid", fgColor=colr)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=13)
    row += 1
    for r in members:
        vals = [r["sched"], int(r["ref"]) if r["ref"] else None, r["report"], r["ftype"], r["text"], r["lead"], r["owner"],
                r["orig"] if isinstance(r["orig"], str) else datetime(r["orig"].year, r["orig"].month, r["orig"].day),
                datetime(r["rev"].year, r["rev"].month, r["rev"].day) if r["rev"] and r["replan"] else None,
                r["replan"], r["status"], r["update"], r["fab"] or None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = border
        ws.cell(row=row, column=8).number_format = "mmm-yy"
        ws.cell(row=row, column=9).number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=11).fill = PatternFill("solid", fgColor=FILLS[r["status"]])
        r["frow"] = f"{SHEET}!{row}"
        row += 1
row += 1
legend = ["Key – delivery status",
          "On track: delivery expected by the revised target date",
          "At risk: owner reports risk to the revised target date",
          "Off track: revised target will be missed; exception report to FAB",
          "Delivered: owner reports complete; evidence to FAB for closure",
          "Delivered – submitted to HMICFRS: FAB agreed closure; submitted to HMICFRS via the portal",
          "Closed by FAB: closure agreed by FAB; HMICFRS notified",
          "Revised target left blank where the original target still stands."]
for i, t in enumerate(legend):
    ws.cell(row=row + i, column=1, value=t).font = Font(bold=(i == 0), italic=(i > 0))
xlsx_tmp = io.BytesIO()
wb.properties.creator = "Strategic Planning & Inspection"
wb.save(xlsx_tmp)

def normalise_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-31T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return out.getvalue()
(CASE / "tracker.xlsx").write_bytes(normalise_zip(xlsx_tmp.getvalue()))

# ---------------- truth
WHY = {"in_sync": "matched; open on both sides", "closeable_submit": "HMICFRS open ({h}); force done ({f})",
       "closeable_local": "HMICFRS closed ({h}); force still open ({f})"}
lines = []
for h in order:
    mine = [r for r in frows if r["hkey"] == h["ref"]]
    if not mine:
        lines.append((h["hrow"], "", "missing_from_force", f"{h['ref']} ({REPORTS[h['rep']][2]}) {h['hstat']} on HMICFRS list; no schedule row"))
        continue
    for r in mine:
        cat = h["cat"]
        if r["note"]:
            why = r["note"]
        elif cat == "in_sync" and h["hstat"] in ("Complete", "Superseded"):
            why = f"matched; closed on both sides (HMICFRS {h['hstat']}, force {r['status']})"
        elif cat == "in_sync":
            why = f"matched; open on both sides (HMICFRS {h['hstat']}, force {r['status']})"
        else:
            why = WHY[cat].format(h=h["hstat"], f=r["status"])
        if not r["ref"] and "ref" not in why:
            why += "; no ref on schedule row, matched on text"
        lines.append((h["hrow"], r["frow"], cat, why))
for r in frows:
    if r["hkey"] is None:
        lines.append(("", r["frow"], "not_on_hmicfrs_list", r["note"]))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(lines)
(CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
print(len(hrows), "hmicfrs items;", len(frows), "force item rows;", len(lines), "truth lines")
