"""Builder for the evaluation case `response_accepted_statuses`.

Layout: the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of
Scilly keeps an xlsx tracker of its published (s.55 Police Act 1996) responses to HMICFRS
recommendations: report blocks with heading rows, and per item "Accepted?", "Force position",
"Evidence of completion", "Lead" and "Date of next review". The HMICFRS side is a register
export in CSV (UTF-8 with BOM, CRLF, multi-line quoted texts).

Run:  /work/main/.venv/bin/python build_response_accepted_statuses.py
Rebuilds response_accepted_statuses/ byte for byte (fixed seed, fixed zip timestamps).

HMICFRS texts are real public Open Government Licence wording (copied from
/work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/); the
force's rewordings, evidence notes, leads and local actions are written for this case.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 2121
rng = random.Random(SEED)

CASE = "response_accepted_statuses"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Devon and Cornwall Police"
SHEET = "Responses"
HM_FILE = "hmicfrs.csv"

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker heading text)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9),
              "Stop & Search powers (HMIC 2013) – published 9 July 2013 – PCC response September 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27),
                 "Domestic abuse - Everyone's business (HMIC, 27 March 2014) – PCC response May 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity – Meeting the Challenge (HMIC, July 2014)"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4),
             "Core Business 2014 – published 4 September 2014 – PCC response 30 October 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015 (HMIC, January 2015)"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24),
              "Stop and Search 2 (2015) – published 24 March 2015 – PCC response May 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1),
                "Information management (Building the Picture) – HMIC, July 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015 – published 15 September 2015"),
    "cdi": ("Crime data integrity inspection 2016 – Devon and Cornwall Police", dt.date(2017, 2, 9),
            "Crime Data Integrity 2016 – Devon and Cornwall Police – published February 2017 – "
            "PCC response 6 April 2017"),
    "peff16": ("PEEL: Police effectiveness 2016 – Devon and Cornwall Police", dt.date(2017, 3, 2),
               "PEEL Effectiveness 2016 – Devon and Cornwall Police – published 2 March 2017 – "
               "PCC response 27 April 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24),
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), None),
    "efc17f": ("PEEL: Police efficiency 2017 – Devon and Cornwall Police", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017 – Devon and Cornwall Police – published 9 November 2017 – "
               "PCC response 4 January 2018"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search) – published 12 December 2017"),
    "ncpi": ("National child protection inspection 2018 – Devon and Cornwall Police",
             dt.date(2018, 6, 26),
             "NCPI 2018 – Devon and Cornwall Police – published 26 June 2018 – PCC response "
             "21 August 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Devon and "
                 "Cornwall Police", dt.date(2019, 5, 2),
                 "PEEL 2018/19 – Devon and Cornwall Police – published 2 May 2019 – PCC response "
                 "27 June 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26),
               "Police powers spotlight (Feb 21) – Disproportionate use of police powers: stop "
               "and search and use of force"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Devon and "
                 "Cornwall Police", dt.date(2022, 5, 12),
                 "PEEL 2021/22 – Devon and Cornwall Police – published May 2022 – PCC response "
                 "July 2022"),
}
# The tracker's block order (chronological; the national efficiency overview has no block).
BLOCKS = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
          "cdi", "peff16", "stolen", "efc17f", "leg17", "ncpi", "peel1819", "powers", "peel2122"]

# --------------------------------------------------------------------------------------------
# HMICFRS register items: key, report, type, text (real), status
# --------------------------------------------------------------------------------------------
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\nThis action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
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
CDI_6989 = (
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
CHILD_DETENTION = (
    "Within six months Devon and Cornwall Police should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
MISSING_CHILDREN = (
    "Within six months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# (key, report, type, text, HMICFRS status)
HM_ITEMS = [
    ("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete"),
    ("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete"),
    ("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Complete"),
    ("everyone_1", "everyone", NAT, EVERYONE_PLAN, "Complete"),
    ("aust_1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete"),
    ("aust_2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Complete"),
    ("aust_3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Being progressed"),
    ("aust_4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Complete"),
    ("core_1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Being progressed"),
    ("core_2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Superseded"),
    ("integ_1", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete"),
    ("sas15_1", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Being progressed"),
    ("pict_1", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Being progressed"),
    ("fa_1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete"),
    ("fa_2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete"),
    ("fa_3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete"),
    ("fa_4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed"),
    ("fa_5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed"),
    ("cdi_1", "cdi", REC, CDI_6989, "Complete"),
    ("cdi_2", "cdi", REC,
     "Within six months, the force should take steps to ensure it fully complies with national "
     "crime recording standard (NCRS) requirements for offences identified as modern slavery "
     "and human trafficking.", "Being progressed"),
    ("peff16_coc", "peff16", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.", "Being progressed"),
    ("peff16_r1", "peff16", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", "Complete"),
    ("peff16_r2", "peff16", REC,
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.", "Being progressed"),
    ("peff16_r3", "peff16", REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     "Being progressed"),
    ("peff16_a1", "peff16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Awaiting review"),
    ("peff16_a2", "peff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Complete"),
    ("sf_1", "stolen", NAT, SF_LEADERSHIP, "Being progressed"),
    ("sf_2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Complete"),
    ("sf_3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed"),
    ("sf_4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete"),
    ("sf_5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete"),
    ("sf_6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed"),
    ("sf_7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed"),
    ("efcn_1", "efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed"),
    ("efcf_1", "efc17f", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", "Complete"),
    ("efcf_2", "efc17f", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Superseded"),
    ("efcf_3", "efc17f", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed"),
    ("leg_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete"),
    ("leg_1", "leg17", NAT, SAS_MONITORING_2017, "Complete"),
    ("leg_2", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed"),
    ("leg_3", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed"),
    ("leg_4", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete"),
    ("ncpi_1", "ncpi", REC, MISSING_CHILDREN, "Being progressed"),
    ("ncpi_2", "ncpi", REC, CHILD_DETENTION, "Complete"),
    ("ncpi_3", "ncpi", REC,
     "Within six months, the force should make sure investigations of child sexual "
     "exploitation are allocated to officers with the right skills and are effectively "
     "supervised.", "Being progressed"),
    ("p19_1", "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Complete"),
    ("p19_2", "peel1819", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Being progressed"),
    ("p19_3", "peel1819", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Being progressed"),
    ("p19_4", "peel1819", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete"),
    ("pw_1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed"),
    ("pw_2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed"),
    ("pw_3", "powers", NAT, BWV_2021, "Being progressed"),
    ("pw_5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete"),
    ("p22_1", "peel2122", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment.", "Being progressed"),
    ("p22_2", "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed"),
    ("p22_3", "peel2122", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Awaiting review"),
    ("p22_4", "peel2122", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed"),
]

# Register ids: a plain integer unique across the register (no prefix). A few real ids.
KNOWN_IDS = {"everyone_1": 2321, "core_1": 4822, "integ_1": 902, "cdi_1": 6989, "leg_1": 8541}

COMMENTS = {
    "Complete": ["This recommendation is complete"],
    "Superseded": [
        "This area of activity has subsequently been inspected in HMICFRS's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections."],
    "Being progressed": [
        "The progress of the implementation of this recommendation is currently being monitored "
        "by HMICFRS and this record will, in due course, be updated.",
        ""],
    "Awaiting review": [
        "New recommendation",
        "The status of this recommendation is currently being reviewed by HMIC and will be "
        "updated when this review is complete."],
}
CDI_CLOSURE = ("Authorised for closure on the basis of the additional observations offered by "
               "members of the CDI inspection team in recent inspection activity.")

# --------------------------------------------------------------------------------------------
# The OPCC tracker, block by block.
# Each item: (No., text, Accepted?, Force position, Evidence, Lead, Date of next review,
#             hmicfrs key or None, category, why)
# review: "auto" -> drawn from the seed (date for open rows, N/A/blank/Closed for done rows)
# --------------------------------------------------------------------------------------------
A, PA, NA_, NO = "Accepted", "Partially accepted", "Not accepted", "Noted"
IMP, PIMP, INP, NIMP, NAPP = ("Implemented", "Partially implemented", "In progress",
                              "Not implemented", "Not applicable to the force")

TRACKER = {
    "sas13": [
        ("NR 1", "Chief Constables and the College of Policing should establish in the Stop and "
         "Search APP a clear specification of what constitutes the effective and fair exercise "
         "of stop and search powers, and guidance in this respect. This should be compliant with "
         "the Code of Practice.", NO, NAPP,
         "Recommendation for the College of Policing. Force adopted the revised APP on stop and "
         "search when it was published.", "ACC Local Policing", "N/A", "sas13_1", "in_sync",
         "Noted / Not applicable to the force = nothing for the force to do (done); HMICFRS "
         "Complete (closed)."),
        ("NR 2", "Chief Constables should establish or improve monitoring of the way officers "
         "stop and search people, so that they can be satisfied their officers are acting in "
         "accordance with the law (including equality legislation and the Code of Practice), and "
         "that the power is used effectively to prevent crime, catch criminals and maintain "
         "public trust.", A, IMP,
         "Stop and search dashboard reviewed monthly at the Legitimacy Board; Best Use of Stop "
         "and Search scheme adopted August 2014.", "ACC Local Policing", "auto", "sas13_2",
         "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 3", "Chief Constables should, in consultation with PCCs, ensure they comply with the "
         "code of practice by explaining to the public the way S&S powers are used in their "
         "areas and by making arrangements for S&S records to be scrutinised by community "
         "representatives. This should involve those people who are stopped and searched, e.g. "
         "young people.", PA, PIMP,
         "Independent scrutiny panel meets quarterly in each BCU. Involvement of young people "
         "not taken forward at this time (see PCC response).", "ACC Local Policing", "auto",
         "sas13_3", "closeable_local",
         "Partially accepted / Partially implemented = open; HMICFRS Complete. Force row says "
         "'PCCs' where the 2013 text says 'elected local policing bodies' (wording close to the "
         "2015 report's rec), but it sits in the 2013 block and pairs with the 2013 item."),
    ],
    "everyone": [
        ("NR 1", EVERYONE_PLAN.replace("another force; and 20", "another force; and").replace(
            "MARAC self-assessments.", "MARAC self-assessments.The action plan should be "
            "established on the basis of best practice, based on revised relevant guidance from "
            "the College of Policing. To ensure consistency, the College and the national "
            "policing lead on domestic abuse have agreed to provide advice on the areas that each "
            "plan should cover by the end of April 2014.\n\nChief officers in each police force "
            "should oversee and ensure full implementation of these action plans. This should be "
            "a personal responsibility in each case. Police and crime commissioners should hold "
            "forces to account in this respect."),
         A, IMP, "Domestic Abuse Action Plan published on the force website September 2014; "
         "refreshed annually (latest version 2023).", "Ch Supt Public Protection", "auto",
         "everyone_1", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete. The force pasted the recommendation "
         "with the report's following paragraphs run on (no footnote '20'): same ask, same "
         "deadline, not a conflict."),
        ("PCC action", "PCC action: hold the Chief Constable to account for delivery of the "
         "domestic abuse action plan through the quarterly Performance and Accountability "
         "Board.", "n/a", IMP, "Standing item on the PAB agenda since November 2014.",
         "OPCC Chief Executive", "N/A", None, "not_on_hmicfrs_list",
         "The OPCC's own action (labelled 'PCC action'), never an HMICFRS item."),
    ],
    "austerity": [
        ("NR 1", "All Chief Constables and PCCs should review their plans to deliver savings to "
         "ensure they are doing all they can to continue to reduce crime and protect the front "
         "line while balancing their budgets. They should use the data and information contained "
         "in this report, and in HMIC's Value for Money profiles, when conducting their "
         "reviews.", A, IMP, "Medium Term Financial Strategy reviewed against the VfM profiles; "
         "reported to the Police and Crime Panel February 2015.", "Director of Finance", "auto",
         "aust_1", "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 2", "CCs and PCCs in forces planning to deliver less than 10% of their savings "
         "through collaboration should assess whether there is scope to improve on this "
         "position.", NO, NAPP, "Force plans more than 10% of its savings through the "
         "strategic alliance with Dorset Police.", "Director of Finance", "N/A", "aust_2",
         "in_sync", "Noted / Not applicable = done; HMICFRS Complete. Force copy drops the "
         "'HMIC will follow up' sentence (not an ask)."),
        ("NR 3", "In preparation for the next spending round all CCs & PCCs should review their "
         "plans for collaboration. In particular they should consider whether there is scope to "
         "deliver better value for money and improved capability & capacity through joint "
         "working with other forces, the public and/or the private sector.", A, PIMP,
         "Strategic alliance with Dorset discontinued October 2018. South West regional "
         "collaboration options under review.", "Director of Finance", "auto", "aust_4",
         "closeable_local",
         "Accepted / Partially implemented = open; HMICFRS Complete. The force numbers it NR 3 "
         "(its own running number): it is the report's 4th recommendation; the 3rd has no row."),
    ],
    "core": [
        ("NR 1", "Not later than 31 March 2015 those forces using a threat, harm and risk "
         "policy, that have not yet done so, should provide call-handlers with specific, sound "
         "and comprehensible criteria against which they can assess threat, harm and risk.", NO,
         NAPP, "THRIVE criteria already in use in the contact centre before the report; nothing "
         "further for the force to do.", "Supt Contact Centre", "N/A", "core_1",
         "closeable_submit",
         "Noted / Not applicable to the force = nothing to do (done); HMICFRS still Being "
         "progressed: submit to HMICFRS for closure with the rationale."),
        ("NR 2", "By 31 March 2015 all forces should ensure that crime prevention or disruption "
         "activity carried out is systematically recorded and subsequently evaluated to "
         "determine the effectiveness of tactics being employed.", NA_, NIMP,
         "Not accepted. Recording and evaluating all disruption activity is not achievable within "
         "existing resources; a proportionate approach is taken through problem-solving plans "
         "(PCC response 30 October 2014).", "ACC Local Policing", dt.date(2025, 1, 16), "core_2",
         "closeable_local",
         "Not accepted = the HMICFRS ask stands undelivered: force open. HMICFRS has closed it "
         "(Superseded), so the force can close its own entry."),
    ],
    "integrity": [
        ("NR 1", "By 31 August 2015, all chief constables should satisfy themselves that they "
         "have processes in place to ensure that investigations into misconduct by officers and "
         "staff resulting in \"no further action\" are fair and free of any form of "
         "discrimination.", A, IMP, "PSD dip-sample of NFA outcomes by protected characteristic "
         "reported to the Ethics Committee from October 2015.",
         "Head of Professional Standards", "auto", "integ_1", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete (straight vs curly quotes only)."),
    ],
    "sas15": [
        ("NR 1", "Chief constables should, in consultation with police and crime commissioners, "
         "ensure that they comply with the Code of Practice by explaining to the public the way "
         "stop and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done in "
         "a way that involves those people who are stopped and searched, for example young "
         "people.", A, INP, "Scrutiny panels in place. Youth engagement pilot with Plymouth "
         "Youth Parliament started September 2024.", "ACC Local Policing", "auto", "sas15_1",
         "in_sync",
         "Accepted / In progress = open; HMICFRS Being progressed. Near-duplicate of the 2013 "
         "item: the 2015 block decides the pairing."),
    ],
    "picture": [
        ("NR 1", "By 30 November 2015, CCs should put in place arrangements to scrutinise audits "
         "of compliance with the APP on information management through the force information "
         "management governance structure. This should include measures to ensure that "
         "categorisation of records are regularly adjusted.", A, IMP,
         "MoPI compliance audit results reported quarterly to the Information Management Board "
         "since February 2016; categorisation checked in each audit.",
         "Head of Information Management", "auto", "pict_1", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed."),
    ],
    "firearms": [
        ("NR 1", "Within three months, all chief constables should assess how well the "
         "governance of firearms licensing in his or her force meets the standards set out in "
         "APP. Chief constables of forces where the governance standards are not being complied "
         "with should put in place immediately the correct arrangements and procedures in order "
         "to meet the standards in full.", A, IMP, "Governance review completed December 2015; "
         "Firearms Licensing Board chaired by ACC.", "Supt Firearms Licensing", "auto", "fa_1",
         "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 2", "Within 3 months, all CCs should assess the demand placed on their firearms "
         "licensing department and ensure it has the capacity to meet this demand and provide "
         "an efficient and effective service at all times.", A, INP,
         "Renewals backlog remains (c. 1,900 at September 2024); six additional FEOs recruited.",
         "Supt Firearms Licensing", "auto", "fa_2", "closeable_local",
         "Accepted / In progress = open; HMICFRS Complete."),
        ("NR 3", "Immediately, all chief constables should satisfy themselves that all "
         "appropriate action is being taken by their force with regard to 'total expired' "
         "licensing records.", A, IMP, "All total expired records reviewed and actioned; monthly "
         "report to Firearms Licensing Board.", "Supt Firearms Licensing", "auto", "fa_3",
         "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 4", "Within three months, all chief constables should ensure that their "
         "arrangements in respect of the use of temporary permits are in accordance with the "
         "Home Office guidance; that temporary permits are properly recorded without delay on "
         "NFLMS; and that effective systems exist to ensure certificate holders are not "
         "permitted, at any time, to remain in unlawful possession of a firearm.", A, IMP,
         "Temporary permit process aligned to HO guidance; permits recorded on NFLMS within 24 "
         "hours (audit March 2016).", "Supt Firearms Licensing", "auto", "fa_4",
         "closeable_submit", "Accepted / Implemented = done; HMICFRS Being progressed."),
    ],
    "cdi": [
        ("Rec 1", "Within six months the force should put in place arrangements to ensure that: "
         "• at the point of report, victims are believed; • conversations between the call "
         "handlers and callers are summarised accurately in the incident log, thus providing "
         "attending officers with full facts on which to base crime-recording decisions; • "
         "multiple crimes are always recorded when described within incident records or "
         "identified as part of other recorded crime investigations; • the practice of awaiting "
         "the results of medical examinations or video interviews before making crime-recording "
         "decisions is stopped; and • online reports of crime are triaged at the point of "
         "receipt to ensure any ongoing risks to the victim or the wider public are identified "
         "and appropriately managed.", A, IMP,
         "Crime Recording Improvement Plan completed March 2018; FCR audit results reported to "
         "the Crime Standards Board.", "Force Crime Registrar", "auto", "cdi_1", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete (register id 6989). All five bullets "
         "present, run into one paragraph."),
        ("Rec 2", "Within six months, the force should take steps to ensure it fully complies "
         "with NCRS requirements for offences identified as MSHT.", A, INP, None,
         "Force Crime Registrar", "auto", "cdi_2", "in_sync",
         "Accepted / In progress = open; HMICFRS Being progressed. Near-duplicate of the Stolen "
         "freedom NCRS item (sf_5): the CDI block and the missing audit-capacity clause decide "
         "it."),
    ],
    "peff16": [
        ("CoC", "The force’s current approach to domestic abuse is unacceptable. The proportion "
         "of victims who fail to support the investigation and the low use of police powers of "
         "arrest and prosecution is a cause of concern.", A, INP,
         "Domestic Abuse Improvement Plan – see Rec 1 to Rec 3 below.",
         "Ch Supt Public Protection", "auto", "peff16_coc", "in_sync",
         "Accepted / In progress = open; HMICFRS Being progressed."),
        ("Rec 1", "In order to improve the service it provides to victims of DA, offer the best "
         "possible protection and bring more perpetrators to justice, the force should "
         "immediately consider ways of increasing the use of arrest, ancillary orders and other "
         "available powers.", A, IMP, "DVPN/DVPO use up 40% in 2017/18; arrest rate monitored "
         "in the monthly DA performance pack.", "Ch Supt Public Protection", "auto",
         "peff16_r1", "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("Rec 2", "To improve the service provided to victims of domestic abuse the force should "
         "immediately take steps to understand and address the reason behind why such a high "
         "proportion of victims of domestic abuse do not support the police investigation.", A,
         IMP, "Victim attrition research with the University of Plymouth published June 2018; "
         "actions embedded in the DA plan. Post-implementation review scheduled.",
         "Ch Supt Public Protection", dt.date(2025, 3, 20), "peff16_r2", "closeable_submit",
         "Accepted / Implemented = done even though a post-implementation review date is set; "
         "HMICFRS Being progressed."),
        ("Rec 3", "In addition, the practice of conducting DA risk assessments over the "
         "telephone and dealing with DA in the resolution centre should cease.", NA_, NIMP,
         "Not accepted. Telephone DASH by trained resolution centre staff is retained for "
         "standard-risk cases with supervisory review; rationale set out in the PCC response of "
         "27 April 2017.", "Ch Supt Public Protection", dt.date(2025, 3, 20), "peff16_r3",
         "in_sync",
         "Not accepted / Not implemented = open (the ask is undelivered); HMICFRS Being "
         "progressed: open on both sides. Nothing to submit; the disagreement is for the "
         "liaison meeting, not a closure."),
        ("Rec 4", "The force should improve the supervision of investigations, so that "
         "investigation plans are set, reviewed and recorded and victims receive a consistently "
         "good service.", A, INP, None, "Det Ch Supt Force CID", "auto", "peff16_a1",
         "conflict",
         "Type: HMICFRS lists it as an Area for improvement; the force records it as a "
         "recommendation ('Rec 4', numbered on from the three DA recommendations)."),
        ("AFI 1", "The force should improve its understanding of suspects released under "
         "investigation (RUI) and the management of those released on bail.", A, IMP,
         "RUI and bail dashboard live April 2018; weekly review by custody inspectors.",
         "Ch Insp Custody", "auto", "peff16_a2", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete."),
    ],
    "stolen": [
        ("NR 1", "Within twelve months, forces should review their leadership and governance "
         "arrangements for MSHT, to ensure that:\n• senior leaders prioritise the response to "
         "MSHT;\n• every incident of modern slavery identified to police is allocated "
         "appropriate resources with the skills, experience and capacity to investigate it "
         "effectively; and\n• performance and QA measures are in place to allow senior leaders "
         "to assess the nature and quality of the service provided to victims.", A, INP,
         "MSHT governance board established; performance framework in development.",
         "Det Ch Supt Force CID", "auto", "sf_1", "conflict",
         "Missing bullet: the force's copy has three of the four bullets; 'forces develop "
         "effective partnership arrangements to co-ordinate activity...' is not in the tracker."),
        ("NR 2", "Within 12 months, forces should have in place active information-sharing "
         "agreements with other agencies to facilitate speedy exchange of intelligence and in "
         "order to safeguard victims better and to identify suspects as early as possible.", A,
         IMP, "ISAs signed with the four local authorities, GLAA and Border Force (2018).",
         "Det Ch Supt Force CID", "auto", "sf_2", "conflict",
         "Timescale: HMICFRS 'Within six months', force copy 'Within 12 months'. (Statuses "
         "agree: Complete / Implemented.)"),
        ("NR 3", "Immediately, forces should ensure that all victims carrying out criminal acts "
         "under compulsion attributable to slavery or exploitation are afforded the protection of "
         "early and continuing consideration of the applicability of the section 45 defence.", A,
         IMP, "Section 45 guidance issued to all investigators; included in the MSHT training "
         "package March 2018.", "Det Ch Supt Force CID", "auto", "sf_3", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed."),
        ("NR 4", "Immediately, forces should take steps to ensure they are fully compliant with "
         "the NRM process as it evolves and are implementing the requirement under the Modern "
         "Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
         "victim of MSHT.", A, IMP, "NRM/Duty to Notify compliance checked monthly by the MSHT "
         "co-ordinator.", "Det Ch Supt Force CID", "auto", "sf_4", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 5", "Immediately, forces should take steps to ensure they fully comply with NCRS "
         "requirements for offences identified as MSHT and that sufficient audit capacity is "
         "available to the force crime registrar to provide reassurance that each force is "
         "identifying and managing any gaps in its crime-recording accuracy for these types of "
         "offences.", A, INP, "FCR audit of MSHT crimes scheduled; audit capacity bid in the "
         "2025/26 budget.", "Force Crime Registrar", "auto", "sf_5", "closeable_local",
         "Accepted / In progress = open; HMICFRS Complete. Near-duplicate of CDI Rec 2 (cdi_2): "
         "this one carries the audit-capacity clause and sits in the Stolen freedom block."),
        ("NR 6", "Immediately, forces should ensure that allegations or indications of MSHT are "
         "thoroughly investigated and effectively supervised by teams and individuals with the "
         "skills and experience to undertake them (this should include the use where appropriate "
         "of joint intelligence teams and other means to obtain intelligence and evidence from "
         "agencies overseas).", A, PIMP, "MSHT investigations allocated to CID; JIT use not yet "
         "tested.", "Det Ch Supt Force CID", "auto", "sf_6", "in_sync",
         "Accepted / Partially implemented = open; HMICFRS Being progressed."),
        ("NR 7", "Immediately, forces should review their use of preventative powers under the "
         "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
         "those deemed to pose a clear threat to others in respect of MSHT offences are "
         "exploited.", A, "Implemented ", "STPO/STRO tracker held by the MSHT co-ordinator; "
         "orders obtained each year since 2018.", "Det Ch Supt Force CID", "auto", "sf_7",
         "closeable_submit",
         "Accepted / 'Implemented ' (trailing space) = done; HMICFRS Being progressed."),
    ],
    "efc17f": [
        ("AFI 1", "The force should undertake further work to gain a fuller understanding of "
         "current demand for its services, and likely future changes in demand, so it can make "
         "best use of its resources by matching them to demand.", A, IMP,
         "Demand modelling completed; Force Management Statement published annually since 2018.",
         "Head of Corporate Development", "auto", "efcf_1", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete."),
        ("AFI 2", "The force should develop its understanding of the links between its outcomes, "
         "outputs and costs.", "accepted", "In Progress", "Activity-based costing model being "
         "built with the finance team.", "Director of Finance", "auto", "efcf_2",
         "closeable_local",
         "accepted / In Progress (case variants) = open; HMICFRS Superseded (closed)."),
        ("AFI 3", "The force should develop a future workforce plan that is aligned with its "
         "overall demand and budget. The plan should include future resource allocations, the "
         "mix of skills required by the workforce and behaviours expected of them.", A, IMP,
         "Strategic Workforce Plan 2019-23 approved by the People Board; refreshed 2023.",
         "Director of People", "auto", "efcf_3", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed."),
        ("Rec 1", "By September 2018, the Chief Constable should produce an ambitious plan to "
         "improve digitally-enabled services within the force.", A, IMP,
         "Digital Policing Strategy 2018-21 approved by Chief Officer Group August 2018.",
         "Head of Corporate Development", "auto", "efcn_1", "conflict",
         "Report: HMICFRS holds it under the national overview 'PEEL: Police efficiency 2017 "
         "(national overview)'; the force filed it under its own force report block (same "
         "publication day). Statuses would otherwise give closeable_submit."),
        ("Force action", "Force action - Review the fraud demand profile as part of the force "
         "management statement", "n/a", INP, None, "Head of Corporate Development", "auto",
         None, "not_on_hmicfrs_list", "The force's own action, not an HMICFRS item."),
    ],
    "leg17": [
        ("CoC", "HMICFRS is concerned that forces are not able to demonstrate that the use of "
         "stop and search powers is consistently reasonable and fair. In particular, there is "
         "over-representation of BAME people, and black people in particular, in stop and "
         "search data which many forces are unable to explain.", NO, IMP,
         "Addressed through NR 1 and NR 2 below.", "ACC Local Policing", "auto", "leg_coc",
         "in_sync", "Noted / Implemented = done; HMICFRS Complete."),
        ("NR 1", "By July 2018, all police forces should be regularly and frequently monitoring "
         "a comprehensive set of data on use of S&S powers to understand: • the reasons for any "
         "disproportionate representation of different ethnic groups in the use of S&S; • the "
         "extent to which find rates differ between people from different ethnicities, and "
         "across different types of searches (including separate identification of find rates "
         "for drug possession and supply-type offences); and • the prevalence of "
         "possession-only drug searches, and the extent to which these align with local or "
         "force level priorities.", A, IMP, "Disproportionality dashboard (Power BI) live July "
         "2018; reviewed at Legitimacy Board.", "ACC Local Policing", "auto", "leg_1",
         "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("NR 2", "Where forces identify disparities through monitoring, they should demonstrate "
         "to the public that they have carried out research and analysis to understand the "
         "reasons for the disparity, and taken action to reduce the disparity, where "
         "necessary.", A, INP, None, "ACC Local Policing", "auto", "leg_2", "in_sync",
         "Accepted / In progress = open; HMICFRS Being progressed."),
        ("NR 3", "By July 2018, and ongoing following that date, forces should ensure that all "
         "officers who use S&S powers have been provided with, and understand, training on "
         "unconscious bias and CoP APP on S&S.", A, PIMP,
         "Unconscious bias e-learning completed by 78% of officers (September 2024).",
         "Head of Learning & Development", "auto", "leg_4", "closeable_local",
         "Accepted / Partially implemented = open; HMICFRS Complete. Force NR 3 is the report's "
         "4th national recommendation (the 'publish this analysis' one has no row)."),
    ],
    "ncpi": [
        ("Rec 1a", "Review the approach to reports of missing children – call takers understand "
         "and use the missing and absent category appropriately.", A, IMP,
         "Missing/absent guidance reissued to contact centre; dip-sample March 2019.",
         "Supt Contact Centre", "auto", "ncpi_1", "in_sync",
         "Split row (bullet 1 of 3). Item-level force status = open because bullet 3 is In "
         "progress; HMICFRS Being progressed: open on both sides."),
        ("Rec 1b", "Review the approach to reports of missing children – call takers and "
         "frontline staff have the necessary knowledge to identify risk factors associated with "
         "CSE and how to respond to such cases.", A, IMP,
         "CSE risk-factor training delivered to contact centre and response officers 2019.",
         "Ch Supt Public Protection", "auto", "ncpi_1", "in_sync",
         "Split row (bullet 2 of 3): Implemented on its own, but the item is still open "
         "(bullet 3 In progress); HMICFRS Being progressed."),
        ("Rec 1c", "Review the approach to reports of missing children – supervisors provide the "
         "correct oversight of missing person enquiries and direct appropriate and timely "
         "investigative and safeguarding action.", A, INP, None, "Ch Supt Public Protection",
         "auto", "ncpi_1", "in_sync",
         "Split row (bullet 3 of 3): In progress; item open; HMICFRS Being progressed."),
        ("Rec 2", "Within six months Devon and Cornwall Police should, in conjunction with "
         "children's social care services, review how it manages the detention of children. As "
         "a minimum it should: • ensure that all children are only detained when absolutely "
         "necessary and for the absolute minimum amount of time; • ensure that officers and "
         "staff in the custody suite assess at an early stage a child's need for alternative "
         "accommodation (secure or otherwise) and work with children's social care services to "
         "achieve the most appropriate option for the child; • ensure that custody staff comply "
         "with their statutory duties to complete detention certificates if a child is detained "
         "for any reason in police custody following charge; • ensure that custody staff make a "
         "record of all actions taken and decisions made on the relevant documentation; and • "
         "improve the timeliness of adequate appropriate adult support for children who are "
         "arrested.", A, IMP, "Concordat on children in custody signed with the four local "
         "authorities (2019); custody audit shows compliance.", "Ch Insp Custody", "auto",
         "ncpi_2", "in_sync", "Accepted / Implemented = done; HMICFRS Complete."),
        ("Rec 3", "Within six months, the force should make sure investigations of CSE are "
         "allocated to officers with the right skills and are effectively supervised.", A, IMP,
         "CSE investigations allocated to the Child Abuse Investigation Team since January "
         "2019; supervision audited quarterly.", "Ch Supt Public Protection", "auto", "ncpi_3",
         "closeable_submit", "Accepted / Implemented = done; HMICFRS Being progressed."),
    ],
    "peel1819": [
        ("AFI 1", "The force should improve its use of its crime-recording and management system "
         "to better manage its case files and investigative processes.", A, INP,
         "Niche RMS workflow changes in the 2025 release.", "Head of Criminal Justice", "auto",
         "p19_1", "closeable_local", "Accepted / In progress = open; HMICFRS Complete."),
        ("AFI 2", "The force should specify in succession plans how it intends to improve "
         "diversity across all levels of the force. This should include offering increased "
         "direct-entry opportunities.", "Partially Accepted", IMP,
         "Succession plans now include diversity objectives (People Board, March 2020). "
         "Increased direct entry not accepted: the force keeps its existing entry routes.",
         "Director of People", "auto", "p19_2", "in_sync",
         "Partially accepted / Implemented = open: 'Implemented' covers only the accepted "
         "part; the refused part (direct entry) leaves the ask undelivered, as for Not "
         "accepted. HMICFRS Being progressed: open on both sides."),
        ("AFI 3", "The force should make sure it provides a confidential way for staff to raise "
         "concerns and that staff are aware of whistleblowing processes.", A, IMP,
         "Confidential reporting line (Integrity Line) relaunched 2020; awareness campaign.",
         "Head of Professional Standards", "auto", "p19_3", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed."),
        ("AFI 4", "The force should review how it gathers and uses equality and diversity data "
         "to improve its understanding of its workforce demographics.", A, IMP,
         "Workforce diversity data refreshed via HR self-service; reported to People Board.",
         "Director of People", "auto", "p19_4", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete."),
        ("JAC action", "JAC action: Internal audit of the succession planning governance "
         "arrangements (audit plan 2023/24)", "n/a", INP, None, "Director of People", "auto",
         None, "not_on_hmicfrs_list",
         "Joint Audit Committee action in the force's tracker, not an HMICFRS item."),
    ],
    "powers": [
        ("NR 1", "By July 2022, forces should ensure that officers and staff have effective "
         "communication skills, in line with the National Policing Guidelines on Conflict "
         "Management. This should be in addition to existing training on conflict management "
         "and de-escalation.", A, INP, None, "Head of Learning & Development", "auto", "pw_1",
         "in_sync", "Accepted / In progress = open; HMICFRS Being progressed."),
        ("NR 2", "By July 2021, forces should ensure that communication skills are reinforced as "
         "part of the CPD programme for officers & staff, and that supervisors are supported to "
         "routinely and frequently debrief officers on these skills using BWV footage.", A, IMP,
         "Communication skills module in the 2021/22 CPD programme; BWV debrief guide for "
         "sergeants.", "Head of Learning & Development", "auto", "pw_2", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed."),
        ("NR 3a", "By September 2021, forces should ensure that officers record on BWV (when "
         "available) the entirety of all stop and search encounters, including traffic stops "
         "and use of force incidents.", A, IMP, "BWV policy amended June 2021; compliance "
         "reported monthly.", "ACC Local Policing", "auto", "pw_3", "closeable_submit",
         "Split row (part 1 of 3) of the BWV recommendation; all three parts Implemented, so "
         "the item is done; HMICFRS Being progressed."),
        ("NR 3b", "Have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of BWV footage to identify and disseminate learning and hold officers "
         "to account when behaviour falls below acceptable standards.", A, IMP,
         "Monthly supervisor BWV review (10 per sergeant) recorded on the review log.",
         "ACC Local Policing", "auto", "pw_3", "closeable_submit",
         "Split row (part 2 of 3); item done; HMICFRS Being progressed."),
        ("NR 3c", "Provide external scrutiny panel members with access to samples of BWV footage "
         "showing S&S encounters and use of force incidents, taking account of the safeguards "
         "in the CoP's APP.", A, IMP, "Scrutiny panels view BWV samples at every meeting since "
         "November 2021.", "ACC Local Policing", "auto", "pw_3", "closeable_submit",
         "Split row (part 3 of 3); item done; HMICFRS Being progressed."),
        ("NR 4", "The Home Office and the NPCC should take steps to ensure that the quality of "
         "the data collected on the number of incidents where force has been used to effect a "
         "stop and search is sufficient for publication. The Home Office should publish this "
         "data as soon as possible.", NO, NAPP, "For the Home Office and NPCC.",
         "ACC Local Policing", "N/A", None, "not_on_hmicfrs_list",
         "Recommendation addressed to the Home Office and NPCC: the PCC response lists it "
         "(Noted / Not applicable), HMICFRS does not hold it against the force."),
        ("NR 5", "By July 2021, forces should ensure they have effective internal monitoring "
         "processes on the use of force, to help them to identify and understand "
         "disproportionate use, explain the reasons and implement any necessary improvement "
         "action.", A, IMP, "Use of force data in the Legitimacy Board dashboard since 2021.",
         "ACC Local Policing", "auto", "pw_5", "in_sync",
         "Accepted / Implemented = done; HMICFRS Complete."),
    ],
    "peel2122": [
        ("AFI 1", "The force should make sure officers and staff have the training they need to "
         "identify and respond to stalking and harassment.", A, INP, None,
         "Ch Supt Public Protection", "auto", "p22_1", "in_sync",
         "Accepted / In progress = open; HMICFRS Being progressed."),
        ("AFI 2", "The force should ensure it has sufficient resources in the control room to "
         "fulfil its resourcing model and meet demand, while taking into account the wellbeing "
         "of its workforce.", A, PIMP, "Contact centre uplift of 30 staff 2023; 101 answer "
         "times still below target.", "Supt Contact Centre", "auto", "p22_2", "in_sync",
         "Accepted / Partially implemented = open; HMICFRS Being progressed."),
        ("AFI 3", "The force should improve how it gathers, assesses and acts on intelligence "
         "about county lines drug dealing.", A, IMP, "County lines intelligence cell in place "
         "(2023); tasking via Force Tasking and Co-ordination Group.", "Head of Intelligence",
         "auto", "p22_4", "closeable_submit",
         "Accepted / Implemented = done; HMICFRS Being progressed. Force AFI 3 is the report's "
         "4th AFI (the RASSO victims AFI has no row)."),
        ("Local action", "Local action: Dip-sample 50 stalking and harassment crime reports each "
         "quarter and report findings to the Crime Standards Board", "n/a", INP, None,
         "Force Crime Registrar", "auto", None, "not_on_hmicfrs_list",
         "The force's own action, not an HMICFRS item."),
    ],
}
MISSING_WHY = {
    "aust_3": "Austerity rec 3 (front-line workforce reduction) has no row in the tracker.",
    "fa_5": "Firearms rec 5 (identify certificate holders before attendance) has no row.",
    "leg_3": "'We expect forces to publish this analysis...' has no row in the PCC tracker.",
    "p22_3": "PEEL 2021/22 AFI on keeping RASSO victims informed has no row.",
}

# --------------------------------------------------------------------------------------------
# The analyst's reduction of the force side (documented in README).
# --------------------------------------------------------------------------------------------
def force_state(accepted: str, position: str) -> str:
    a, p = accepted.strip().lower(), position.strip().lower()
    if p == "not applicable to the force":
        return "done"
    if a in ("not accepted", "partially accepted"):
        return "open"
    if p == "implemented":
        return "done"
    return "open"


def hm_state(status: str) -> str:
    return "open" if status in ("Awaiting review", "Being progressed") else "closed"


def expected(hm: str, fs: str) -> str:
    return {("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local",
            ("open", "open"): "in_sync", ("closed", "done"): "in_sync"}[(hm, fs)]


def fmt_date(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


REVIEW_DATES = [dt.date(2024, 11, 21), dt.date(2025, 1, 16), dt.date(2025, 3, 20),
                dt.date(2025, 6, 19)]


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    hm_by_key = {k: (rep, typ, txt, st) for k, rep, typ, txt, st in HM_ITEMS}

    # ---------------- HMICFRS register export (CSV) ----------------
    order = sorted(HM_ITEMS, key=lambda it: (REPORTS[it[1]][1], HM_ITEMS.index(it)))
    used = set(KNOWN_IDS.values())
    ids = {}
    for k, rep, *_ in order:
        if k in KNOWN_IDS:
            ids[k] = KNOWN_IDS[k]
            continue
        year = REPORTS[rep][1].year
        base = {2013: 1100, 2014: 2400, 2015: 3600, 2017: 6700, 2018: 8600, 2019: 9700,
                2021: 11800, 2022: 12900}[year]
        while True:
            n = base + rng.randint(0, 899)
            if n not in used:
                used.add(n)
                ids[k] = n
                break
    hm_row = {}
    lines = [["Recommendation ID", "Force", "Report title", "Publication date", "Type",
              "Recommendation text", "Status", "Status date", "Latest comment"]]
    for i, (k, rep, typ, txt, st) in enumerate(order):
        title, pub, _ = REPORTS[rep]
        if st in ("Complete", "Superseded"):
            sd = pub + dt.timedelta(days=rng.randint(200, 1400))
        elif st == "Being progressed":
            sd = max(pub + dt.timedelta(days=rng.randint(30, 400)), pub)
        else:
            sd = pub + dt.timedelta(days=rng.randint(5, 40))
        sd = min(sd, dt.date(2024, 9, 30))
        comment = CDI_CLOSURE if k == "cdi_1" else rng.choice(COMMENTS[st])
        lines.append([str(ids[k]), FORCE, title, fmt_date(pub), typ, txt, st, fmt_date(sd),
                      comment])
        hm_row[k] = f"{HM_FILE}!{i + 2}"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(lines)
    (OUT / HM_FILE).write_bytes(buf.getvalue().encode("utf-8-sig"))

    # ---------------- OPCC tracker (xlsx) ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    headers = ["No.", "HMICFRS recommendation / area for improvement", "Accepted?",
               "Force position", "Evidence of completion", "Lead", "Date of next review"]
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = ("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles "
                "of Scilly")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to HMICFRS recommendations – Chief Constable's position and PCC "
                "response (section 55 Police Act 1996)")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 14 – updated 7 October 2024 – for the Joint Audit Committee, 17 October 2024"
    ws["A3"].font = Font(italic=True)
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = wrap
        cell.border = border
    header_row = r
    r += 1
    truth_force = []  # (force_row, hm_key, category, why)
    pos_counter = Counter()
    item_states = {}
    for blk in BLOCKS:
        heading = REPORTS[blk][2]
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (no, text, acc, pos, ev, lead, review, hk, cat, why) in TRACKER[blk]:
            if review == "auto":
                fs_row = force_state(acc, pos)
                if fs_row == "done":
                    review = rng.choice(["N/A", None, "Closed", "N/A"])
                else:
                    review = rng.choice(REVIEW_DATES + ["Q1 2025"])
            vals = [no, text, acc, pos, ev, lead, review]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = wrap
                cell.border = border
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            pos_counter[pos.strip().capitalize() if pos.strip().lower() != "not applicable to the force" else "Not applicable to the force"] += 1
            truth_force.append((f"{SHEET}!{r}", hk, cat, why))
            if hk:
                item_states.setdefault(hk, []).append(force_state(acc, pos))
            r += 1
    r += 1
    legend = [
        "Key",
        "Accepted? – the Chief Constable's and PCC's position in the published response: "
        "Accepted / Partially accepted / Not accepted / Noted (cause of concern, or a "
        "recommendation addressed to another body). 'n/a' for OPCC and force actions.",
        "Force position – Implemented / Partially implemented / In progress / Not implemented / "
        "Not applicable to the force.",
        "Rows numbered 'PCC action', 'Force action', 'JAC action' or 'Local action' are OPCC or "
        "force actions, not HMICFRS recommendations.",
        "Not accepted and partially accepted items stay on this tracker until HMICFRS closes "
        "them; the rationale is in the published PCC response.",
    ]
    for i, t in enumerate(legend):
        c = ws.cell(row=r, column=1, value=t)
        if i == 0:
            c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
    widths = [11, 70, 16, 22, 45, 26, 16]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:G{r - len(legend) - 2}"
    ws.print_title_rows = f"{header_row}:{header_row}"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of force position (all rows)"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Force position", "Number"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    rr = 4
    for p in ["Implemented", "Partially implemented", "In progress", "Not implemented",
              "Not applicable to the force"]:
        sm.cell(row=rr, column=1, value=p)
        sm.cell(row=rr, column=2, value=pos_counter[p])
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=rr, column=2, value=sum(pos_counter.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 30

    wb.properties.creator = "OPCC Devon and Cornwall"
    wb.properties.created = dt.datetime(2019, 6, 3, 9, 0, 0)
    raw = io.BytesIO()
    wb.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-07T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    (OUT / "tracker.xlsx").write_bytes(fixed.getvalue())

    # ---------------- truth ----------------
    # Self-check: every paired category that is not conflict follows the documented reduction.
    for fr, hk, cat, why in truth_force:
        if hk and cat != "conflict":
            fs = "done" if all(s == "done" for s in item_states[hk]) else "open"
            exp = expected(hm_state(hm_by_key[hk][3]), fs)
            assert exp == cat, (fr, hk, cat, exp)
    paired = {hk for _, hk, _, _ in truth_force if hk}
    assert paired | set(MISSING_WHY) == set(hm_by_key), set(hm_by_key) - paired - set(MISSING_WHY)
    assert not (paired & set(MISSING_WHY))
    rows = []
    for k, *_ in order:
        for fr, hk, cat, why in truth_force:
            if hk == k:
                rows.append([hm_row[k], fr, cat, why])
        if k in MISSING_WHY:
            rows.append([hm_row[k], "", "missing_from_force",
                         MISSING_WHY[k] + f" HMICFRS status {hm_by_key[k][3]}."])
    for fr, hk, cat, why in truth_force:
        if hk is None:
            rows.append(["", fr, cat, why])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(rows)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return rows


if __name__ == "__main__":
    rows = build()
    print(Counter(r[2] for r in rows))
    print(len(rows), "truth lines")
