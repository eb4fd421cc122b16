"""Build the evaluation case `clickup_space_csv_export` (round 86, case A).

HMICFRS side: the register's ordinary definitive-list export (xlsx, one sheet).
Force side: ClickUp "export all tasks" CSV of the force's "Organisational Learning" space.
Run with /work/main/.venv/bin/python. Byte-identical on every run (fixed seed, fixed
workbook properties, fixed zip timestamps, no clock).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

CASE = "clickup_space_csv_export"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "West Mercia Police"
RNG = random.Random(8601)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---------------------------------------------------------------- reports (HMICFRS titles)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 2, 9)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 11, 24)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
}

# ---------------------------------------------------------------- real texts (OGL), literals
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
NCPI_DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)

# ---------------------------------------------------------------- HMICFRS items
# key, report, ref, type, text, HMICFRS status, status date
H = [
    ("sas13_1", "sas13", 1201, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", "12/03/2016"),
    ("sas13_2", "sas13", 1202, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", "12/03/2016"),
    ("sas13_3", "sas13", 1203, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Complete", "12/03/2016"),
    ("everyone", "everyone", 2321, NAT, EVERYONE_PLAN, "Complete", "04/09/2015"),
    ("aust_1", "austerity", 2651, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Superseded", "20/11/2017"),
    ("aust_2", "austerity", 2652, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "No further action required", "20/11/2017"),
    ("aust_3", "austerity", 2653, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Superseded", "20/11/2017"),
    ("aust_4", "austerity", 2654, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Being progressed", "20/11/2017"),
    ("core_1", "core", 4822, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", "07/06/2016"),
    ("core_2", "core", 4823, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", "07/06/2016"),
    ("integrity", "integrity", 902, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Being progressed", "30/01/2015"),
    ("sas15", "sas15", 5310, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Being progressed", "24/03/2015"),
    ("picture", "picture", 5870, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Awaiting review", "01/07/2015"),
    ("fa_1", "firearms", 6101, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", "18/05/2017"),
    ("fa_2", "firearms", 6102, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", "18/05/2017"),
    ("fa_3", "firearms", 6103, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Being progressed", "18/05/2017"),
    ("fa_4", "firearms", 6104, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", "18/05/2017"),
    ("fa_5", "firearms", 6105, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Awaiting review", "15/09/2015"),
    ("eff15_1", "eff15", 6420, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public", "Complete", "02/11/2016"),
    ("eff15_2", "eff15", 6421, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", "Superseded", "09/11/2017"),
    ("eff15_3", "eff15", 6422, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Being progressed", "02/11/2016"),
    ("eff16_c", "eff16", 7012, COC, "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.", "Being progressed", "02/03/2017"),
    ("eff16_1", "eff16", 7013, REC, "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.", "Being progressed", "02/03/2017"),
    ("eff16_2", "eff16", 7014, REC, "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.", "Being progressed", "02/03/2017"),
    ("eff16_3", "eff16", 7015, REC, "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease", "Complete", "14/02/2018"),
    ("cdi17", "cdi17", 6989, REC, CDI_VICTIMS, "Being progressed", "09/02/2017"),
    ("sf_1", "stolen", 8305, NAT, SF_LEADERSHIP, "Being progressed", "24/10/2017"),
    ("sf_2", "stolen", 8306, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", "24/10/2017"),
    ("sf_3", "stolen", 8307, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Complete", "16/08/2019"),
    ("sf_4", "stolen", 8308, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", "24/10/2017"),
    ("sf_5", "stolen", 8309, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", "24/10/2017"),
    ("sf_6", "stolen", 8310, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Complete", "16/08/2019"),
    ("sf_7", "stolen", 8311, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Awaiting review", "24/10/2017"),
    ("efc17", "efc17", 8470, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", "09/11/2017"),
    ("ncpi17", "ncpi17", 8548, REC, NCPI_DETENTION, "Being progressed", "24/11/2017"),
    ("leg17_c", "leg17", 8541, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", "12/12/2017"),
    ("leg17_1", "leg17", 8542, NAT, SAS_MONITORING_2017, "Being progressed", "12/12/2017"),
    ("leg17_2", "leg17", 8543, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", "12/12/2017"),
    ("leg17_3", "leg17", 8544, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", "03/10/2019"),
    ("leg17_4", "leg17", 8545, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", "12/12/2017"),
    ("p_c1", "peel1819", 9620, COC, "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.", "Being progressed", "02/05/2019"),
    ("p_0", "peel1819", 9621, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "Being progressed", "02/05/2019"),
    ("p_1", "peel1819", 9622, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.", "Being progressed", "02/05/2019"),
    ("p_2", "peel1819", 9623, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;", "Being progressed", "02/05/2019"),
    ("p_3", "peel1819", 9624, REC, "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and", "Being progressed", "02/05/2019"),
    ("p_4", "peel1819", 9625, REC, "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;", "Being progressed", "02/05/2019"),
    ("p_5", "peel1819", 9626, REC, "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.", "Complete", "27/01/2021"),
    ("p_c2", "peel1819", 9627, COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.", "Being progressed", "02/05/2019"),
    ("p_6", "peel1819", 9628, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Being progressed", "02/05/2019"),
    ("p_9", "peel1819", 9629, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "Awaiting review", "02/05/2019"),
    ("p_10", "peel1819", 9630, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;", "Complete", "27/01/2021"),
    ("pw_1", "powers", 10455, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", "26/02/2021"),
    ("pw_2", "powers", 10456, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Complete", "11/05/2023"),
    ("pw_3", "powers", 10457, NAT, BWV_2021, "Awaiting review", "26/02/2021"),
    ("pw_4", "powers", 10458, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "No further action required", "11/05/2023"),
    ("pw_5", "powers", 10459, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", "26/02/2021"),
]
HBY = {h[0]: h for h in H}
OPEN_H = {"Being progressed", "Awaiting review"}

# ---------------------------------------------------------------- ClickUp structure
SPACE = "Organisational Learning"
F_FORCE, F_NAT, F_ADMIN = "HMICFRS – Force inspections", "HMICFRS – National (all forces)", "Admin"
LISTS = [  # (folder, list)
    (F_FORCE, "PEEL 2018/19"), (F_FORCE, "PEEL Effectiveness 2016 (DA CoC)"), (F_FORCE, "PEEL Efficiency 2015"),
    (F_FORCE, "CDI 2017"), (F_FORCE, "NCPI 2017"),
    (F_NAT, "Stop & Search 2013"), (F_NAT, "Stop & Search 2 (2015)"), (F_NAT, "PEEL Legit 17 S&S"),
    (F_NAT, "Police powers spotlight (Feb 21)"), (F_NAT, "Stolen Freedom (MSHT) 2017"),
    (F_NAT, "Firearms licensing 2015"), (F_NAT, "Older national reports"),
    (F_ADMIN, "Admin & templates"),
]
LIST_OF = {"peel1819": "PEEL 2018/19", "eff16": "PEEL Effectiveness 2016 (DA CoC)", "eff15": "PEEL Efficiency 2015",
           "cdi17": "CDI 2017", "ncpi17": "NCPI 2017", "sas13": "Stop & Search 2013", "sas15": "Stop & Search 2 (2015)",
           "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)", "stolen": "Stolen Freedom (MSHT) 2017",
           "firearms": "Firearms licensing 2015", "austerity": "Older national reports", "core": "Older national reports",
           "integrity": "Older national reports", "everyone": "Older national reports", "efc17": "Older national reports"}
FOLDER_OF = {l: f for f, l in LISTS}
PEOPLE = ["Supt Anna Marsh", "DCI Rob Kettle", "Ch Insp Sunita Gill", "Det Supt Clare Hobbs", "Head of Corporate Development",
          "ACC Local Policing", "Force Crime Registrar", "Supt Firearms Licensing", "Head of People Services", "Insp Dave Pryce"]

# Task spec fields: key (id label), h (HMICFRS keys covered; [] = none), name, content mode/text, status,
# parent (task key), ref (custom field), rtype, tags, cat (per covered h), why, checklist.
T: list[dict] = []


def task(key, h, name, status, *, content="verbatim", parent=None, ref="auto", rtype="auto", tags=None,
         cat=None, why="", checklist=None, lst=None, update=None, rag=None, prio="normal"):
    T.append(dict(key=key, h=h, name=name, status=status, content=content, parent=parent, ref=ref, rtype=rtype,
                  tags=tags, cat=cat, why=why, checklist=checklist, lst=lst, update=update, rag=rag, prio=prio))


def short(s, n):
    return s if len(s) <= n else s[:n].rstrip() + "…"


# --- PEEL 2018/19 (CoC parents with their recommendations as subtasks: Parent ID = "belongs to", not "part of")
task("p_c1", ["p_c1"], "CoC 1 – Alliance exit: maintain full range of public services", "in progress",
     content="verbatim", cat=["in_sync"], why="CoC text copied in Task Content; HMICFRS Being progressed, task in progress.",
     update="Alliance exit programme board meets fortnightly. Subtasks = the recs that sit under this CoC.")
task("p_0", ["p_0"], "Review officer capability & capacity vs investigative workload", "in progress", parent="p_c1",
     content="none", cat=["in_sync"], why="Name paraphrases rec (capabilities/capacity/workload); subtask of CoC 1 but its own item; both open.")
task("p_1", ["p_1"], "Review approach to vulnerability with partners", "submitted to hmicfrs", parent="p_c1",
     content="trunc", cat=["closeable_submit"], why="Same vulnerability review wording; status 'submitted to hmicfrs' is done on the force side, HMICFRS Being progressed.")
task("p_2", ["p_2"], "Expand skills project – all skills not just operational", "in progress", parent="p_c1",
     content="none", cat=["in_sync"], why="Skills project wording; both open.")
task("p_3", ["p_3"], "Agree transition arrangements with Warwickshire", "complete", parent="p_c1",
     content="verbatim_nospace", cat=["closeable_submit"], why="Warwickshire transition rec; task complete (Date Closed set), HMICFRS Being progressed.")
task("p_4", ["p_4"], "Define new operating model (affordable, fit to protect communities)", "in progress", parent="p_c1",
     content="trunc", cat=["in_sync"], why="Operating model rec; both open.")
task("p_5", ["p_5"], "Public consultation on business planning + feedback", "complete", parent="p_c1",
     content="none", cat=["in_sync"], why="Consultation/feedback rec; HMICFRS Complete, task complete: both closed.")
task("p_c2", ["p_c2"], "CoC 2 – Capacity/capability to investigate crime", "in progress", content="verbatim",
     cat=["in_sync"], why="CoC text in content; both open.")
task("p_6", ["p_6"], "Supervision of investigations – regular, active, recorded", "in progress", parent="p_c2",
     content="verbatim", cat=["in_sync"], why="Supervision rec verbatim; both open.")
task("p_9", ["p_9"], "DFU – speed up retrieval of digital evidence (phones/computers)", "in progress", parent="p_c2",
     content="none", cat=["in_sync"], why="Digital evidence retrieval rec; HMICFRS Awaiting review (open), task in progress.")
task("p_10", ["p_10"], "RUI & bail management – improve understanding", "in progress", parent="p_c2",
     content="trunc", cat=["closeable_local"], why="RUI/bail rec; HMICFRS Complete, task still in progress: close locally.")
task("loc_afi", [], "AFI – better use of crime recording & case mgmt system (Athena)", "in progress", rtype="AFI",
     content="The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
     ref="", cat=["not_on_hmicfrs_list"], why="AFI the force tracks under PEEL 2018/19; no item on the definitive list has this wording: query with HMICFRS.")

# --- PEEL Effectiveness 2016 DA CoC
task("e16_c", ["eff16_c"], "CoC – DA approach unacceptable (victim attrition, low arrest)", "in progress", content="verbatim",
     cat=["in_sync"], why="DA cause of concern; both open.")
task("e16_1", ["eff16_1"], "Increase use of arrest, ancillary orders & other powers (DA)", "complete", parent="e16_c",
     content="none", cat=["closeable_submit"], why="Arrest/ancillary orders rec; task complete, HMICFRS Being progressed.")
task("e16_2", ["eff16_2"], "Understand why DA victims don't support investigations", "in progress", parent="e16_c",
     content="trunc", cat=["in_sync"], why="Victim attrition rec; both open.")
task("e16_3", ["eff16_3"], "Stop phone DASH risk assessments / DA in resolution centre", "complete", parent="e16_c",
     content="verbatim", rtype="AFI", cat=["conflict"],
     why="Text is the telephone risk assessment item (HMICFRS Complete, task complete) but the Rec Type field says AFI while HMICFRS lists a Recommendation: type conflict.")

# --- PEEL Efficiency 2015
task("e15_1", ["eff15_1"], "AFI 1 – understand current & future demand", "complete", content="verbatim", cat=["in_sync"],
     why="Demand AFI; both closed/done.")
task("e15_2", ["eff15_2"], "AFI 2 – links between outcomes, outputs & costs", "to do", content="none", cat=["closeable_local"],
     why="Outcomes/outputs/costs AFI; HMICFRS Superseded (closed), task still to do.")
task("e15_3", ["eff15_3"], "AFI 3 – future workforce plan aligned to demand & budget", "complete", content="trunc",
     cat=["closeable_submit"], why="Workforce plan AFI; task complete, HMICFRS Being progressed.")

# --- CDI 2017: bullets kept as a checklist packed in one cell; one bullet missing
task("cdi", ["cdi17"], "CDI – victims believed / crime recording arrangements", "in progress",
     content="Within 6 months the force should put in place arrangements to ensure that: (see checklist)",
     checklist=("Bullets", [("at point of report victims are believed", True),
                            ("call handler conversations summarised accurately in incident log", True),
                            ("stop waiting for medical exam / video interview results before recording decision", False),
                            ("online crime reports triaged at point of receipt", False)]),
     cat=["conflict"],
     why="Stem and bullets are the CDI item (both open), but the checklist holds 4 of the 5 bullets: 'multiple crimes are always recorded…' is missing: missing-bullet conflict.")

# --- NCPI 2017: five bullets in checklist, all resolved
task("ncpi", ["ncpi17"], "NCPI – detention of children in custody (with CSC)", "complete",
     content="Within six months, in conjunction with children's social care, review how we manage detention of children. Minimum actions in checklist.",
     checklist=("Minimum actions", [("children only detained when absolutely necessary / minimum time", True),
                                    ("early assessment of need for alternative accommodation", True),
                                    ("detention certificates completed post-charge", True),
                                    ("record of all actions & decisions on custody record", True),
                                    ("timeliness of appropriate adult support", True)]),
     cat=["closeable_submit"], why="Detention of children item, all five bullets present and resolved, task complete; HMICFRS Being progressed.")

# --- Stop & Search 2013 and 2 (2015): near-identical wordings decided by wording and list
task("s13_1", ["sas13_1"], "APP spec of effective & fair use of S&S", "complete", content="trunc", cat=["in_sync"],
     why="APP specification rec; HMICFRS Complete, task complete.")
task("s13_2", ["sas13_2"], "Establish/improve monitoring of S&S use", "in progress", content="verbatim", cat=["closeable_local"],
     why="2013 monitoring rec (verbatim, 'Chief Constables should establish or improve monitoring'); HMICFRS Complete, task in progress.")
task("s13_3", ["sas13_3"], "Explain S&S use to public; community scrutiny of records (ELPBs)", "complete", content="verbatim",
     cat=["in_sync"], why="Wording 'in consultation with elected local policing bodies … for example, young people' is the 2013 item, not the 2015 one (PCCs); both closed.")
task("s15", ["sas15"], "Explain S&S use to public; community scrutiny of records (PCC)", "in progress", content="verbatim",
     cat=["in_sync"], why="Wording 'in consultation with police and crime commissioners' and list 'Stop & Search 2 (2015)' make it the 2015 item; both open.")
task("loc_ss", [], "Local – refresh S&S scrutiny panel terms of reference (OPCC request)", "to do", ref="", rtype="Local action",
     content="Not an HMICFRS rec – OPCC asked for ToR refresh before panel in Q1.", tags=["local"], cat=["not_on_hmicfrs_list"],
     why="The force's own action ('Not an HMICFRS rec'); nothing on the definitive list: not on HMICFRS list.")

# --- PEEL Legitimacy 2017: SAS monitoring split into subtasks by bullet
task("l17_c", ["leg17_c"], "CoC – S&S not demonstrably reasonable & fair (BAME over-representation)", "in progress",
     content="verbatim", cat=["in_sync"], why="National CoC; both open.")
task("l17_1", ["leg17_1"], "S&S data monitoring (3 strands)", "in progress",
     content="By July 2018 all forces should be regularly and frequently monitoring a comprehensive set of data on use of S&S to understand: (3 strands as subtasks)",
     cat=["in_sync"], why="Stem of the monitoring item; the three bullets are its subtasks. One strand still in progress, so the item is open; HMICFRS open.")
task("l17_1a", ["leg17_1"], "Strand 1 – reasons for disproportionate representation of ethnic groups", "complete", parent="l17_1",
     content="none", cat=["in_sync"], why="Bullet 1 of the monitoring item (split row); item open overall (strand 3 in progress); HMICFRS open.")
task("l17_1b", ["leg17_1"], "Strand 2 – find rates by ethnicity & search type (incl. drugs possession/supply)", "complete",
     parent="l17_1", content="none", cat=["in_sync"], why="Bullet 2 (split row); item open overall; HMICFRS open.")
task("l17_1c", ["leg17_1"], "Strand 3 – possession-only drug searches vs local/force priorities", "in progress", parent="l17_1",
     content="none", cat=["in_sync"], why="Bullet 3 (split row), still in progress: the item is open; HMICFRS open.")
task("l17_2", ["leg17_2"], "Disparities – research/analysis + action to reduce, shown to public", "complete", content="verbatim",
     cat=["closeable_submit"], why="Disparities item; task complete, HMICFRS Being progressed.")
task("l17_3", ["leg17_3"], "Publish analysis & actions annually (from July 2018)", "complete", content="none", cat=["in_sync"],
     why="Annual publication item; both closed/done.")

# --- Police powers spotlight (Feb 21) (incl. one leg17 item filed here)
task("pw1", ["pw_1"], "Comms skills training in line with NPG Conflict Mgmt (by Jul 22)", "in progress", content="trunc",
     cat=["in_sync"], why="Communication skills / conflict management item; both open.")
task("pw2", ["pw_2"], "CPD – reinforce comms skills; supervisors debrief using BWV", "complete", content="verbatim",
     cat=["in_sync"], why="CPD/debrief item; HMICFRS Complete, task complete.")
task("pw3", ["pw_3"], "BWV – S&S and use of force (3 parts)", "complete", content="verbatim", cat=["closeable_submit"],
     why="BWV item; parent and all three part-subtasks complete, HMICFRS Awaiting review (open).")
task("pw3a", ["pw_3"], "Part a – record entire S&S encounters on BWV", "complete", parent="pw3", content="none",
     cat=["closeable_submit"], why="Part 1 of BWV item (split row); every part complete; HMICFRS open.")
task("pw3b", ["pw_3"], "Part b – structured internal review/dip-sample of BWV footage", "complete", parent="pw3", content="none",
     cat=["closeable_submit"], why="Part 2 of BWV item (split row); every part complete; HMICFRS open.")
task("pw3c", ["pw_3"], "Part c – scrutiny panel access to BWV samples", "complete", parent="pw3", content="none",
     cat=["closeable_submit"], why="Part 3 of BWV item (split row); every part complete; HMICFRS open.")
task("pw4", ["pw_4"], "HO/NPCC – quality of use of force data for publication", "in progress", content="verbatim",
     tags=["national", "not force owned"], cat=["closeable_local"],
     why="Home Office/NPCC data item; HMICFRS 'No further action required' (closed), task still in progress.")
task("l17_4", ["leg17_4"], "Unconscious bias + APP training for all S&S officers", "in progress", content="trunc",
     lst="Police powers spotlight (Feb 21)", tags=["national", "powers21"], ref="8545", cat=["conflict"],
     why="Text is the PEEL Legitimacy 2017 training item (ref 8545 in the field), but the task sits in the 'Police powers spotlight (Feb 21)' list with tag powers21: report conflict. Both open.")

# --- Stolen Freedom
task("sf1", ["sf_1"], "MSHT leadership & governance review (4 bullets)", "in progress", content="verbatim", cat=["in_sync"],
     why="Leadership/governance item; both open.")
task("sf2", ["sf_2"], "Info-sharing agreements with other agencies (MSHT)", "in progress",
     content="Within twelve months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
     cat=["conflict"], why="Same info-sharing item, but the force wrote 'Within twelve months' where HMICFRS says 'Within six months': timescale conflict. Both open.")
task("sf3", ["sf_3"], "Section 45 defence – early & continuing consideration", "complete", content="trunc", cat=["in_sync"],
     why="Section 45 item; both closed/done.")
task("sf4", ["sf_4"], "NRM compliance + duty to notify Home Office (adult victims)", "submitted to hmicfrs", content="verbatim",
     cat=["closeable_submit"], why="NRM item; status 'submitted to hmicfrs' (done), HMICFRS Being progressed.")
task("sf5", ["sf_5"], "NCRS compliance for MSHT + FCR audit capacity", "in progress", content="none", cat=["in_sync"],
     why="NCRS/audit capacity item; both open.")
task("sf6", ["sf_6"], "MSHT investigations – thorough & supervised (JITs etc)", "in progress", content="trunc",
     cat=["closeable_local"], why="Investigation/supervision item; HMICFRS Complete, task in progress.")

# --- Firearms licensing (one task holds two items)
task("fa12", ["fa_1", "fa_2"], "FLD – governance vs APP AND demand/capacity assessment (3 months)", "complete",
     content="Two recs combined:\n1) assess governance of firearms licensing vs APP and put right arrangements in place;\n2) assess demand on the firearms licensing department and ensure capacity to meet it.",
     ref="6101 / 6102", cat=["in_sync", "closeable_submit"],
     why="One task holds two items (both refs in the field). Governance item: HMICFRS Complete, task complete -> in_sync. Demand item: HMICFRS Being progressed, task complete -> closeable_submit.")
task("fa3", ["fa_3"], "'Total expired' licensing records – action taken", "submitted to hmicfrs", content="verbatim",
     cat=["closeable_submit"], why="Total expired item; submitted to hmicfrs (done), HMICFRS Being progressed.")
task("fa4", ["fa_4"], "Temporary permits – HO guidance, NFLMS recording", "in progress", content="trunc", cat=["in_sync"],
     why="Temporary permits item; both open.")

# --- Older national reports
task("ev", ["everyone"], "DA action plan (Everyone's Business) – publish", "complete", content="trunc", cat=["closeable_local"],
     why="DA action plan item; parent marked complete but its subtask 'Review DHRs & IPCC findings' is still in progress, so the item is not done; HMICFRS Complete: close locally once finished.")
task("ev_a", ["everyone"], "Consult PCC, DA support orgs & victims' reps", "complete", parent="ev", content="none",
     cat=["closeable_local"], why="Part of the DA action plan item (split row, bullet 1); item open overall; HMICFRS Complete.")
task("ev_b", ["everyone"], "Review DHRs & IPCC findings for the plan", "in progress", parent="ev", content="none",
     cat=["closeable_local"], why="Part of the DA action plan item (split row, bullet 3), still in progress; HMICFRS Complete.")
task("au1", ["aust_1"], "Austerity – review savings plans (VfM profiles)", "closed", content="none", cat=["in_sync"],
     why="Savings plan review item; HMICFRS Superseded (closed), task closed.")
task("au2", ["aust_2"], "Austerity – collaboration savings scope assessment", "complete",
     content="Chief Constables and PCCs in forces planning to deliver less than 15% of their savings through collaboration should assess whether there is scope to improve on this position.",
     cat=["conflict"], why="Same collaboration item, but the force's text says 'less than 15%' where HMICFRS says 'less than 10%': figure conflict (statuses agree: closed/complete).")
task("au3", ["aust_3"], "Austerity – front line reduction / crime fighting capacity", "in progress", content="trunc",
     cat=["closeable_local"], why="Front line item; HMICFRS Superseded (closed), task in progress.")
task("co1", ["core_1"], "THRR criteria for call handlers", "complete", content="verbatim", cat=["in_sync"],
     why="THRR call-handler item; both closed/done.")
task("co2", ["core_2"], "Record & evaluate crime prevention/disruption activity", "in progress", content="verbatim", ref="4832",
     cat=["conflict"], why="Text is the crime prevention recording item (ref 4823) but the ref field says 4832 (no such item): reference conflict. Both open.")
task("int", ["integrity"], "Misconduct NFA outcomes fair & free of discrimination", "in progress",
     content="By 31 August 2016, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in \"no further action\" are fair and free of any form of discrimination.",
     cat=["conflict"], why="Same misconduct NFA item, but the deadline reads 31 August 2016 where HMICFRS says 31 August 2015: deadline conflict. Both open.")
task("dig", ["efc17"], "Digital services plan (by Sept 2018)", "complete", content="trunc", cat=["closeable_submit"],
     why="Digitally-enabled services plan item; task complete, HMICFRS Being progressed.")

# --- Admin (not items)
NONITEM_TASKS = [
    ("adm_tpl", "TEMPLATE – new HMICFRS recommendation (duplicate me)", "to do",
     "Duplicate this task into the right report list. Fill: HMICFRS Ref, Rec Type, RAG, Assignee.\nPaste the HMICFRS wording into the description.",
     "template: a blank task to copy, no recommendation"),
    ("adm_jac", "◆ JAC 13 March 2025 – HMICFRS update paper", "to do",
     "Milestone. Paper to Joint Audit Committee: reconciliation of definitive list v ClickUp.", "milestone: a meeting date, no recommendation"),
    ("adm_fll", "FLL quarterly liaison – prep definitive list reconciliation", "in progress",
     "Pull ClickUp export + definitive list, reconcile, list queries for the FLL.", "admin task of the team, no recommendation"),
    ("adm_rd", "READ ME – how this space works", "closed",
     "One list per report. Recs under a CoC are subtasks of the CoC task. Where a rec was split, parts are subtasks.\nDone = complete / submitted to hmicfrs / closed.",
     "read-me note, no recommendation"),
]


# ---------------------------------------------------------------- helpers
def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def cu_text(t: dt.datetime):
    hh = t.hour % 12 or 12
    return f"{t.strftime('%A, %B')} {ordinal(t.day)} {t.year}, {hh}:{t.minute:02d}:{t.second:02d} {'am' if t.hour < 12 else 'pm'} +00:00"


def epoch_ms(t: dt.datetime):
    return str(int((t - dt.datetime(1970, 1, 1)).total_seconds()) * 1000)


def tid():
    return "86" + "".join(RNG.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7))


def build_force():
    cols = ["Task ID", "Task Name", "Task Content", "Status", "Date Created", "Date Created Text", "Due Date",
            "Due Date Text", "Date Closed", "Date Closed Text", "Parent ID", "Assignees", "Tags", "Priority",
            "List Name", "Folder Name", "Space Name", "Checklists", "Comments",
            "HMICFRS Ref (short text)", "Rec Type (drop down)", "RAG (drop down)"]
    rows = []
    ids = {}
    for i, t in enumerate(T):
        ids[t["key"]] = tid()
    for t in T:
        h0 = HBY[t["h"][0]] if t["h"] else None
        rep = h0[1] if h0 else None
        lst = t["lst"] or (LIST_OF[rep] if rep else None)
        if t["key"] == "loc_afi":
            lst = "PEEL 2018/19"
        if t["key"] == "loc_ss":
            lst = "Stop & Search 2 (2015)"
        pub = REPORTS[rep][1] if rep else dt.date(2019, 5, 2)
        created = dt.datetime(max(pub.year, 2021), 1, 1) + dt.timedelta(days=RNG.randint(0, 60) + (0 if rep is None else 0),
                                                                         hours=RNG.randint(8, 17), minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
        if t["parent"]:
            pc = [r for r in rows if r["_key"] == t["parent"]][0]["_created"]
            created = pc + dt.timedelta(days=RNG.randint(1, 40), minutes=RNG.randint(0, 600))
        # text
        full = h0[4] if h0 else ""
        c = t["content"]
        if c == "verbatim":
            text = full
        elif c == "verbatim_nospace":
            text = full.replace("HMIC recommends that the force should immediately:", "The force should immediately: ")
        elif c == "trunc":
            text = short(full.replace("’", "'").replace("“", '"').replace("”", '"'), 160)
        elif c == "none":
            text = ""
        else:
            text = c
        if t["update"]:
            text = text + "\n\nUpdate: " + t["update"]
        elif text and RNG.random() < 0.35:
            text = text + "\n\nUpdate " + created.strftime("%d/%m") + ": " + RNG.choice([
                "Task & finish group set up; plan drafted.", "Policy rewrite with Legal.",
                "Evidence pack being collated for sign off.", "Discussed at Org Learning Board.",
                "Awaiting data from PSD.", "Owner changed after restructure."])
        status = t["status"]
        closed = status in ("complete", "closed")
        done_t = created + dt.timedelta(days=RNG.randint(60, 500)) if closed else None
        due = created + dt.timedelta(days=RNG.choice([90, 180, 365])) if RNG.random() < 0.7 else None
        if t["ref"] == "auto":
            ref = "; ".join(str(HBY[k][2]) for k in t["h"]) if t["h"] and RNG.random() < 0.8 else ""
        else:
            ref = t["ref"]
        if t["rtype"] == "auto":
            ty = h0[3] if h0 else ""
            rtype = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern", NAT: "National Rec"}.get(ty, "")
            if t["parent"] and t["key"] in ("l17_1a", "l17_1b", "l17_1c", "pw3a", "pw3b", "pw3c", "ev_a", "ev_b"):
                rtype = ""
        else:
            rtype = t["rtype"]
        tags = t["tags"]
        if tags is None:
            tags = []
            if rep in ("sas13", "sas15", "leg17", "powers", "stolen", "firearms", "austerity", "core", "integrity", "everyone", "efc17"):
                tags.append("national")
            if h0 and h0[3] == COC:
                tags.append("coc")
        rag = t["rag"] or ("Green" if status in ("complete", "closed", "submitted to hmicfrs") else RNG.choice(["Amber", "Amber", "Red", "Green"]))
        chk = ""
        if t["checklist"]:
            nm, items = t["checklist"]
            chk = "{" + f'"{nm}":[' + ",".join('"' + s + (' (resolved)' if ok else '') + '"' for s, ok in items) + "]}"
        rows.append({
            "_key": t["key"], "_created": created,
            "Task ID": ids[t["key"]], "Task Name": t["name"], "Task Content": text, "Status": status,
            "Date Created": epoch_ms(created), "Date Created Text": cu_text(created),
            "Due Date": epoch_ms(due) if due else "", "Due Date Text": cu_text(due) if due else "",
            "Date Closed": epoch_ms(done_t) if done_t else "", "Date Closed Text": cu_text(done_t) if done_t else "",
            "Parent ID": ids[t["parent"]] if t["parent"] else "",
            "Assignees": "[" + RNG.choice(PEOPLE) + "]" if RNG.random() < 0.9 else "[]",
            "Tags": "[" + ", ".join(tags) + "]" if tags else "[]",
            "Priority": t["prio"] if RNG.random() < 0.6 else "",
            "List Name": lst, "Folder Name": FOLDER_OF[lst], "Space Name": SPACE, "Checklists": chk,
            "Comments": "", "HMICFRS Ref (short text)": ref, "Rec Type (drop down)": rtype, "RAG (drop down)": rag,
        })
    for key, name, status, content, _why in NONITEM_TASKS:
        created = dt.datetime(2021, 1, 4, 9, 0) + dt.timedelta(days=RNG.randint(0, 1400), minutes=RNG.randint(0, 480))
        rows.append({
            "_key": key, "_created": created, "Task ID": tid(), "Task Name": name, "Task Content": content,
            "Status": status, "Date Created": epoch_ms(created), "Date Created Text": cu_text(created),
            "Due Date": "", "Due Date Text": "",
            "Date Closed": epoch_ms(created + dt.timedelta(days=3)) if status == "closed" else "",
            "Date Closed Text": cu_text(created + dt.timedelta(days=3)) if status == "closed" else "",
            "Parent ID": "", "Assignees": "[Insp Dave Pryce]", "Tags": "[admin]", "Priority": "",
            "List Name": "Admin & templates", "Folder Name": F_ADMIN, "Space Name": SPACE, "Checklists": "",
            "Comments": "", "HMICFRS Ref (short text)": "", "Rec Type (drop down)": "", "RAG (drop down)": "",
        })
    # a few comments, ClickUp style
    for r in rows:
        if r["_key"] in ("p_1", "sf4", "fa3"):
            r["Comments"] = '[{"text":"Evidence uploaded to the portal, FLL informed","by":"Insp Dave Pryce"}]'
        if r["_key"] == "ev":
            r["Comments"] = '[{"text":"Marked complete in error? DHR review subtask still open","by":"Ch Insp Sunita Gill"}]'
    lorder = {l: i for i, (_f, l) in enumerate(LISTS)}
    rows.sort(key=lambda r: (lorder[r["List Name"]], r["_created"]))
    return cols, rows


def write_force(cols, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([r[c] for c in cols])
    with open(os.path.join(OUT, "tracker.csv"), "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))
    return {r["_key"]: f"tracker.csv!{i + 2}" for i, r in enumerate(rows)}


def write_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS monitoring – definitive list of recommendations and areas for improvement: {FORCE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Extracted 3 February 2025. Status as held by HMICFRS."
    hdr = ["Reference", "Report", "Published", "Type", "Recommendation / AFI text", "Status", "Status date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    items = sorted(H, key=lambda h: (REPORTS[h[1]][1], h[2]))
    prov = {}
    for h in items:
        ws.append([h[2], REPORTS[h[1]][0], REPORTS[h[1]][1], h[3], h[4], h[5], h[6]])
        r = ws.max_row
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
        prov[h[0]] = f"Definitive list!{r}"
    ws.append([])
    ws.append([f"{len(items)} records"])
    for col, wdt in zip("ABCDEFG", [11, 50, 12, 24, 90, 18, 12]):
        ws.column_dimensions[col].width = wdt
    fixed = dt.datetime(2025, 2, 3, 9, 0, 0)
    wb.properties.creator = "HMICFRS"
    wb.properties.lastModifiedBy = "HMICFRS"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    tmp = io.BytesIO()
    wb.save(tmp)
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-02-03T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(os.path.join(OUT, "hmicfrs.xlsx"), "wb") as f:
        f.write(out.getvalue())
    return prov, len(items)


def main():
    os.makedirs(OUT, exist_ok=True)
    hprov, n_h = write_hmicfrs()
    cols, rows = build_force()
    fprov = write_force(cols, rows)
    lines = []
    seen_h = set()
    for t in T:
        cats = t["cat"]
        if not t["h"]:
            lines.append(("", fprov[t["key"]], cats[0], t["why"]))
            continue
        assert len(cats) == len(t["h"]), t["key"]
        for hk, cat in zip(t["h"], cats):
            lines.append((hprov[hk], fprov[t["key"]], cat, t["why"]))
            seen_h.add(hk)
    for h in H:
        if h[0] not in seen_h:
            lines.append((hprov[h[0]], "", "missing_from_force",
                          f"No task in any list carries this wording or ref {h[2]} ({REPORTS[h[1]][0][:45]}…); HMICFRS {h[5]}: nobody owns it."))
    lines.sort(key=lambda l: (int(l[0].split("!")[1]) if l[0] else 10_000, int(l[1].split("!")[1]) if l[1] else 0))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
