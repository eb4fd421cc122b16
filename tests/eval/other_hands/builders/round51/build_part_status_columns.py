"""Build the `part_status_columns` case (round 51, forcefree8).

Force side: a force-wide HMICFRS tracker in which every recommendation's lettered parts
(bullets / clauses) get their own status-code column, (a) to (d), with an Overall RAG that
the tracker owner sets at the monthly refresh. Parts beyond (d) spill onto a "(cont.)" row.
HMICFRS side: a plain register export (CSV, UTF-8 with BOM, CRLF).

Run:  /work/main/.venv/bin/python build_part_status_columns.py
Rebuilds part_status_columns/ byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 51008
random.seed(SEED)  # nothing below is drawn at random; the seed is fixed for the record
CASE = "part_status_columns"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"

# ---------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker short name, tracker "Pub." value)
# ---------------------------------------------------------------------------------------
D = dt.datetime
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "S&S powers (HMIC 2013)", D(2013, 7, 1)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014", D(2014, 3, 1)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", D(2014, 7, 1)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core Business 2014", D(2014, 9, 1)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015", D(2015, 1, 1)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), None, None),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015", D(2015, 9, 1)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "24 Oct 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
               "PEEL Efficiency 17 (all forces)", D(2017, 11, 1)),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
               "PEEL Legit 17 S&S", D(2017, 12, 1)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)", D(2021, 2, 1)),
    # force inspections
    "cdi14": (None, None, "CDI 2014", D(2014, 11, 1)),          # not on the HMICFRS list
    "leg15": (None, None, "PEEL Legit 15", D(2016, 2, 1)),      # not on the HMICFRS list
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 2, 9), "CDI 2017", D(2017, 2, 1)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Eff 16", D(2017, 3, 1)),
    "efc17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), "PEEL Efficiency 2017",
              D(2017, 11, 1)),
    "leg17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017",
              D(2017, 12, 1)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14), "NCPI 2018",
               D(2018, 6, 1)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
               "PEEL 18/19", D(2019, 5, 1)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 10),
               "PEEL 21/22", D(2022, 5, 1)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", D(2023, 11, 21),
               "PEEL 23-25", "Nov 2023"),
    "fip": (None, None, "Force Improvement Plan 23/24", None),
}

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# HMICFRS comment texts (research notes 1.2)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

# ---------------------------------------------------------------------------------------
# HMICFRS items: (id, report, type, text, status, status date, comment). Real texts.
# ---------------------------------------------------------------------------------------
T = {}
T[1187] = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes "
           "the effective and fair exercise of stop and search powers, and guidance in this "
           "respect. This should be compliant with the Code of Practice.")
T[1188] = ("Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so that they can be satisfied their officers are acting in accordance "
           "with the law (including equality legislation and the Code of Practice), and that the "
           "power is used effectively to prevent crime, catch criminals and maintain public "
           "trust.")
T[1189] = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, young "
           "people.")
T[2321] = ("By September 2014, every police force in England and Wales should establish and "
           "publish an action plan that specifies in detail what steps it will take to improve "
           "its approach to domestic abuse.\n\nThis action plan should be developed:\n\n"
           "• in consultation with police and crime commissioners, domestic abuse support "
           "organisations and victims' representatives;\n"
           "• after close consideration of all the recommendations in this report;\n"
           "• with reference to all relevant domestic homicide reviews and IPCC findings, whether "
           "in connection with the force in question or another force; and 20\n"
           "• drawing on relevant knowledge acquired or available from other sources such as CPS "
           "scrutiny panels and MARAC self-assessments.")
T[2710] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
           "they are doing all they can to continue to reduce crime and protect the front line "
           "while balancing their budgets. They should use the data and information contained "
           "in this report, and in HMIC's Value for Money profiles, when conducting their "
           "reviews")
T[2711] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
           "savings through collaboration should assess whether there is scope to improve on "
           "this position. HMIC will follow up the assessments in the autumn.")
T[2712] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of "
           "their workforce and/or police officers on the front line should assess whether they "
           "have taken the decisive action seen in many forces in order to maintain their crime "
           "fighting capacity. HMIC will follow up the assessments in the autumn.")
T[2713] = ("In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved capability "
           "and capacity through joint working with other forces, the public and/or the private "
           "sector.")
T[4822] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
           "have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.")
T[4823] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.")
T[5140] = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers and "
           "staff resulting in “no further action” are fair and free of any form of "
           "discrimination.")
T[5312] = ("Chief constables should, in consultation with police and crime commissioners, ensure "
           "that they comply with the Code of Practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example young "
           "people.")
T[5590] = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise "
           "audits of compliance with the APP on information management through the force "
           "information management governance structure. This should include measures to "
           "ensure that categorisation of records are regularly adjusted.")
T[6104] = ("Within three months, all chief constables should assess how well the governance of "
           "firearms licensing in his or her force meets the standards set out in Authorised "
           "Professional Practice. Chief constables of forces where the governance standards are "
           "not being complied with should put in place immediately the correct arrangements and "
           "procedures in order to meet the standards in full.")
T[6105] = ("Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.")
T[6106] = ("Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.")
T[6107] = ("Within three months, all chief constables should ensure that their arrangements in "
           "respect of the use of temporary permits are in accordance with the Home Office "
           "guidance; that temporary permits are properly recorded without delay on the National "
           "Firearms Licensing Management System; and that effective systems exist to ensure "
           "certificate holders are not permitted, at any time, to remain in unlawful possession "
           "of a firearm.")
T[6108] = ("Within three months, all chief constables should ensure that systems designed to "
           "identify, prior to police attendance, whether a reported incident involves or is at "
           "the address of a firearm certificate holder are in place and are always applied by "
           "staff dispatching officers to incidents; and that officers understand the risk "
           "assessment which they should be undertaking in such circumstances, and their power, "
           "when appropriate, to seize firearms and firearm certificates.")
T[8301] = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:\n"
           "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
           "• every incident of modern slavery identified to police is allocated appropriate "
           "resources with the skills, experience and capacity to investigate it effectively;\n"
           "• forces develop effective partnership arrangements to co-ordinate activity in order "
           "to share information and safeguard victims; and\n"
           "• performance and quality assurance measures are in place to allow senior leaders to "
           "assess the nature and quality of the service provided to victims.")
T[8302] = ("Within six months, forces should have in place active information-sharing agreements "
           "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
           "safeguard victims better and to identify suspects as early as possible")
T[8303] = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
           "compulsion attributable to slavery or exploitation are afforded the protection of "
           "early and continuing consideration of the applicability of the section 45 defence.")
T[8304] = ("Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.")
T[8305] = ("Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any "
           "gaps in its crime-recording accuracy for these types of offences.")
T[8306] = ("Immediately, forces should ensure that allegations or indications of modern slavery "
           "and human trafficking are thoroughly investigated and effectively supervised by "
           "teams and individuals with the skills and experience to undertake them (this should "
           "include the use where appropriate of joint intelligence teams and other means to "
           "obtain intelligence and evidence from agencies overseas).")
T[8307] = ("Immediately, forces should review their use of preventative powers under the Modern "
           "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
           "deemed to pose a clear threat to others in respect of modern slavery and human "
           "trafficking offences are exploited.")
T[8420] = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should support the "
           "development of these plans by establishing a national framework which allows for "
           "the provision of digitally enabled services across force boundaries.")
T[8541] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
           "search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.")
T[8542] = ("By July 2018, all police forces across England and Wales should be regularly and "
           "frequently monitoring a comprehensive set of data and information on use of stop and "
           "search powers to understand:\n"
           "•the reasons for any disproportionate representation of different ethnic groups in "
           "the use of stop and search; •the extent to which find rates differ between people "
           "from different ethnicities, and across different types of searches (including "
           "separate identification of find rates for drug possession and supply-type offences); "
           "and •the prevalence of possession-only drug searches, and the extent to which these "
           "align with local or force level priorities.")
T[8543] = ("Where forces identify disparities through monitoring, they should demonstrate to the "
           "public that they have:\n•carried out research and analysis in an attempt to "
           "understand the reasons for the disparity, and •taken action to reduce the disparity, "
           "where necessary;")
T[8544] = ("We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.")
T[8545] = ("By July 2018, and ongoing following that date, forces should ensure that all officers "
           "who use stop and search powers have been provided with, and understand, training on "
           "unconscious bias and College of Policing APP on stop and search.")
T[9861] = ("By July 2022, forces should ensure that officers and staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management. This should be in addition to existing training on conflict management "
           "and de-escalation.")
T[9862] = ("By July 2021, forces should ensure that communication skills are reinforced as part "
           "of the programme of continuing professional development for officers and staff, and "
           "that supervisors are supported to routinely and frequently debrief officers on these "
           "skills using body-worn video footage.")
T[9863] = ("By September 2021, forces should: ensure that officers record on body-worn video "
           "(when this is available) the entirety of all stop and search encounters, including "
           "traffic stops and use of force incidents.\n"
           "have a structured process for regularly reviewing and monitoring internally a "
           "sufficient sample of body-worn video footage to identify and disseminate learning "
           "and hold officers to account when behaviour falls below acceptable standards.\n"
           "provide external scrutiny panel members with access to samples of body-worn video "
           "footage showing stop and search encounters and use of force incidents, taking "
           "account of the safeguards in the College of Policing’s Authorised Professional "
           "Practice.")
T[9864] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
           "collected on the number of incidents where force has been used to effect a stop and "
           "search is sufficient for publication. The Home Office should publish this data as "
           "soon as possible.")
T[9865] = ("By July 2021, forces should ensure they have effective internal monitoring processes "
           "on the use of force, to help them to identify and understand disproportionate use, "
           "explain the reasons and implement any necessary improvement action.")
# force inspections
T[7540] = ("Within six months the force should put in place arrangements to ensure that:\n"
           "• at the point of report, victims are believed;\n"
           "• conversations between the call handlers and callers are summarised accurately in "
           "the incident log, thus providing attending officers with full facts on which to base "
           "crime-recording decisions;\n"
           "• multiple crimes are always recorded when described within incident records or "
           "identified as part of other recorded crime investigations;\n"
           "• the practice of awaiting the results of medical examinations or video interviews "
           "before making crime-recording decisions is stopped; and\n"
           "• online reports of crime are triaged at the point of receipt to ensure any ongoing "
           "risks to the victim or the wider public are identified and appropriately managed")
T[7541] = ("The force should provide call-handlers with specific, sound and comprehensible "
           "criteria against which they can assess threat, harm and risk.")
T[7601] = ("The force’s response to missing and absent children is a cause of concern to HMIC. "
           "HMIC found that the assessment of risk for children who go missing from home was "
           "inappropriate in some cases. We found some instances where children were classed as "
           "‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
           "missing children were sometimes incorrectly assessed at a lower grade. Children were "
           "incorrectly graded at a lower level and could have been exposed to an increased risk "
           "of harm.")
T[7602] = ("To address this cause of concern the force should immediately review its approach to "
           "reports of missing children and take steps to ensure that:\n• call takers "
           "understand and use the missing and absent category appropriately; • call takers and "
           "frontline staff have the necessary knowledge to identify risk factors associated "
           "with child sexual exploitation and how to respond to such cases; and • supervisors "
           "provide the correct oversight of missing person enquiries and direct appropriate and "
           "timely investigative and safeguarding action")
T[7603] = ("The force should take steps to ensure that there is effective supervision of the "
           "initial risk assessment process, specifically in relation to the completion of DASH "
           "risk assessment in appropriate cases.")
T[7604] = ("In order to improve the service it provides to victims of domestic abuse, offer the "
           "best possible protection and bring more perpetrators to justice, the force should "
           "immediately consider ways of increasing the use of arrest, ancillary orders and "
           "other available powers.")
T[8410] = ("The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can make "
           "best use of its resources by matching them to demand to meet the needs of the "
           "public.")
T[8411] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T[8412] = ("The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix of "
           "skills required by the workforce and behaviours expected of them.")
T[8550] = ("The force should make sure it provides a confidential way for staff to raise concerns "
           "and that staff are aware of whistleblowing processes.")
T[8551] = ("The force should review the support available for those who have raised concerns and "
           "take any action needed to make sure these provisions are suitable.")
T[8790] = ("Within six months Lincolnshire Police should, in conjunction with children’s social "
           "care services, review how it manages the detention of children. As a minimum it "
           "should:• ensure that all children are only detained when absolutely necessary and "
           "for the absolute minimum amount of time;• ensure that officers and staff in the "
           "custody suite assess at an early stage a child’s need for alternative accommodation "
           "(secure or otherwise) and work with children’s social care services to achieve the "
           "most appropriate option for the child;• ensure that custody staff comply with their "
           "statutory duties to complete detention certificates if a child is detained for any "
           "reason in police custody following charge;• ensure that custody staff make a record "
           "of all actions taken and decisions made on the relevant documentation; and• improve "
           "the timeliness of adequate appropriate adult support for children who are "
           "arrested.")
T[8791] = ("Within three months, the force should make sure officers and staff have the training "
           "they need to identify and respond to child sexual exploitation.")
T[9105] = ("The force does not have the capacity or capability to investigate crime effectively "
           "and this is affecting the service being provided to the public. There are failings "
           "in the way that crimes are being investigated.")
T[9106] = ("HMIC recommends that within six months the force should: improve its ability to "
           "retrieve digital evidence from mobile phones, computers and other electronic devices "
           "quickly enough to ensure investigations are not delayed;")
T[9107] = ("HMIC recommends that within six months the force should: improve its understanding "
           "of suspects released under investigation and the management of those released on "
           "bail;")
T[9108] = ("The force should improve its use of its crime-recording and management system to "
           "better manage its case files and investigative processes.")
T[9109] = ("The force should improve how it works with partner organisations to safeguard people "
           "at risk from domestic abuse.")
T[9110] = ("The force should improve the way it manages the risk posed by offenders involved in "
           "online child sexual abuse.")
T[10210] = ("The force should make sure victims of domestic abuse are kept informed about the "
            "progress of their case, in line with the Code of Practice for Victims of Crime.")
T[10211] = ("The force should make sure it records reports of stalking and harassment accurately "
            "and without delay.")
T[10212] = ("The force should improve how it gathers, assesses and acts on intelligence about "
            "county lines drug dealing.")
T[10213] = ("The force should review its approach to fraud to make sure victims receive a "
            "consistently good service.")
T[10214] = ("The force should make sure it has enough specialist capacity and capability to "
            "investigate rape and serious sexual offences.")
T[10215] = ("The force should make sure its analysis of serious and organised crime informs its "
            "strategic assessment and control strategy.")
T[11402] = "The size of the vetting backlog within Lincolnshire Police is a cause of concern."
T[11403] = ("Within six months, the force should ensure all staff have received at least the "
            "lowest level of vetting clearance for their roles as quickly as possible, working to "
            "clear both the vetting backlog and new vetting renewals when they become due so that "
            "it complies fully with the national vetting guidelines.")
T[11404] = ("The force should improve its understanding of the nature and scale of violence "
            "against women and girls in its area.")
T[11405] = ("The force should develop a problem-solving approach to anti-social behaviour, "
            "working with local communities and partners.")
T[11406] = ("The force should make sure officers and staff have the training they need to "
            "identify and respond to hate crime.")
T[11407] = ("The force should make sure its performance framework gives senior leaders a clear "
            "picture of its response to road harm.")
T[11408] = ("The force should evaluate its work to prevent knife crime and share what works "
            "across the force.")

# id -> (report, type, status, status date (y, m, d), comment)
H = {
    1187: ("sas13", NAT, CO, (2015, 9, 7), C_DONE),
    1188: ("sas13", NAT, BP, (2024, 4, 2), C_MON),
    1189: ("sas13", NAT, CO, (2019, 6, 18), C_DONE),
    2321: ("everyone", NAT, SU, (2018, 3, 22), C_SUP),
    2710: ("austerity", NAT, CO, (2015, 5, 11), C_DONE),
    2711: ("austerity", NAT, CO, (2016, 1, 25), C_DONE),
    2712: ("austerity", NAT, CO, (2015, 5, 11), C_DONE),
    2713: ("austerity", NAT, BP, (2023, 10, 9), C_MON),
    4822: ("core", NAT, SU, (2017, 3, 2), C_SUP),
    4823: ("core", NAT, BP, (2022, 2, 14), C_MON),
    5140: ("integrity", NAT, BP, (2024, 6, 3), C_MON),
    5312: ("sas15", NAT, BP, (2021, 8, 16), C_MON),
    5590: ("picture", NAT, BP, (2023, 7, 24), C_MON),
    6104: ("firearms", NAT, CO, (2016, 6, 6), C_DONE),
    6105: ("firearms", NAT, BP, (2024, 2, 19), C_MON),
    6106: ("firearms", NAT, CO, (2016, 3, 21), C_DONE),
    6107: ("firearms", NAT, BP, (2024, 2, 19), C_MON),
    6108: ("firearms", NAT, BP, (2024, 2, 19), C_MON),
    7540: ("cdi17", REC, CO, (2018, 4, 27), C_CDI),
    7541: ("cdi17", AFI, BP, (2024, 7, 15), C_MON),
    7601: ("eff16", COC, BP, (2019, 11, 4), C_MON),
    7602: ("eff16", REC, BP, (2024, 9, 9), C_MON),
    7603: ("eff16", AFI, CO, (2018, 10, 1), C_DONE),
    7604: ("eff16", AFI, BP, (2022, 5, 10), C_MON),
    8301: ("stolen", NAT, BP, (2024, 7, 22), C_MON),
    8302: ("stolen", NAT, BP, (2023, 1, 30), C_MON),
    8303: ("stolen", NAT, CO, (2021, 3, 8), C_DONE),
    8304: ("stolen", NAT, BP, (2023, 12, 11), C_MON),
    8305: ("stolen", NAT, BP, (2023, 1, 30), C_MON),
    8306: ("stolen", NAT, BP, (2023, 1, 30), C_MON),
    8307: ("stolen", NAT, CO, (2020, 3, 16), C_DONE),
    8410: ("efc17", AFI, CO, (2019, 3, 25), C_DONE),
    8411: ("efc17", AFI, BP, (2024, 5, 7), C_MON),
    8412: ("efc17", AFI, SU, (2019, 5, 2), C_SUP),
    8420: ("efc17n", NAT, SU, (2019, 5, 2), C_SUP),
    8541: ("leg17n", COC, BP, (2023, 6, 12), C_MON),
    8542: ("leg17n", NAT, BP, (2023, 6, 12), C_MON),
    8543: ("leg17n", NAT, CO, (2019, 8, 5), C_DONE),
    8544: ("leg17n", NAT, BP, (2023, 6, 12), C_MON),
    8545: ("leg17n", NAT, BP, (2024, 10, 14), C_MON),
    8550: ("leg17", AFI, BP, (2021, 4, 19), C_MON),
    8551: ("leg17", AFI, BP, (2021, 4, 19), C_MON),
    8790: ("ncpi18", REC, BP, (2024, 10, 28), C_MON),
    8791: ("ncpi18", REC, CO, (2019, 4, 8), C_DONE),
    9105: ("peel18", COC, BP, (2022, 5, 10), C_MON),
    9106: ("peel18", REC, BP, (2022, 5, 10), C_MON),
    9107: ("peel18", REC, BP, (2023, 4, 3), C_MON),
    9108: ("peel18", AFI, CO, (2022, 5, 10), C_DONE),
    9109: ("peel18", AFI, BP, (2022, 5, 10), C_MON),
    9110: ("peel18", AFI, BP, (2022, 5, 10), C_MON),
    9861: ("powers", NAT, BP, (2023, 3, 6), C_MON),
    9862: ("powers", NAT, BP, (2023, 3, 6), C_MON),
    9863: ("powers", NAT, BP, (2023, 3, 6), C_MON),
    9864: ("powers", NAT, BP, (2022, 7, 4), C_MON),
    9865: ("powers", NAT, CO, (2024, 1, 22), C_DONE),
    10210: ("peel21", AFI, BP, (2023, 11, 21), C_MON),
    10211: ("peel21", AFI, BP, (2023, 11, 21), C_MON),
    10212: ("peel21", AFI, CO, (2023, 11, 21), C_DONE),
    10213: ("peel21", AFI, BP, (2023, 11, 21), C_MON),
    10214: ("peel21", AFI, BP, (2023, 11, 21), C_MON),
    10215: ("peel21", AFI, CO, (2023, 11, 21), C_DONE),
    11402: ("peel23", COC, BP, (2024, 5, 20), C_MON),
    11403: ("peel23", REC, BP, (2024, 5, 20), C_MON),
    11404: ("peel23", AFI, BP, (2024, 5, 20), C_MON),
    11405: ("peel23", AFI, AR, (2023, 11, 21), C_NEW),
    11406: ("peel23", AFI, AR, (2023, 11, 21), C_NEW),
    11407: ("peel23", AFI, AR, (2023, 11, 21), C_NEW),
    11408: ("peel23", AFI, BP, (2024, 5, 20), C_MON),
}
assert set(H) == set(T), set(H) ^ set(T)

# ---------------------------------------------------------------------------------------
# Force tracker rows, in sheet order. Each: dict with
#   ref, rep, type, text, nparts, parts, overall, lead, update, fll,
#   hm (HMICFRS id or None), cat, why, cont (continuation row)
# ---------------------------------------------------------------------------------------
ROWS: list = []
BANNER_N = "A.  NATIONAL / THEMATIC REPORTS (recommendations to all forces)"
BANNER_F = "B.  LINCOLNSHIRE POLICE INSPECTIONS"
BANNER_L = "C.  FORCE IMPROVEMENT PLAN – LOCAL ACTIONS (not HMICFRS)"


def r(hm, ref, rep, typ, text, parts, overall, lead, update, fll, cat, why, nparts=None,
      cont=False, item=True):
    ROWS.append(dict(hm=hm, ref=ref, rep=rep, type=typ, text=text, parts=parts,
                     overall=overall, lead=lead, update=update, fll=fll, cat=cat, why=why,
                     nparts=nparts, cont=cont, item=item))


def b(text):
    ROWS.append(dict(banner=text))


b(BANNER_N)
r(1187, 1187, "sas13", "Nat Rec",
  "Chief Constables and the College of Policing should establish in the Stop and Search APP "
  "document a clear specification of what constitutes the effective and fair exercise of stop "
  "and search powers, and guidance in this respect. This should be compliant with the Code of "
  "Practice.", ["C"], "GREEN", "ACC Local Policing",
  "Force S&S policy aligned to APP (2014). Closed by HMICFRS Sept 2015.", D(2015, 6, 12),
  "in_sync", "closed on both: HMICFRS Complete; force part (a) C, Overall GREEN")
r(1188, 1188, "sas13", "Nat Rec", T[1188], ["C"], "GREEN", "Ch Insp Stop Search",
  "Monthly S&S scrutiny dashboard live; supervisors dip-sample BWV of searches. Evidence pack "
  "submitted.", D(2024, 3, 14),
  "closeable_submit", "HMICFRS Being progressed; force part (a) C, Overall GREEN, sent to FLL")
r(1189, 1189, "sas13", "Nat Rec",
  "Chief Constables should, in consultation with elected local policing bodies, ensure that they "
  "comply with the code of practice by (a) explaining to the public the way stop and search "
  "powers are used in their areas and (b) by making arrangements for stop and search records to "
  "be scrutinised by community representatives. This should be done in a way that involves "
  "those people who are stopped and searched, for example, young people.",
  ["C", "IP"], "AMBER", "ACC Local Policing",
  "(a) S&S data published monthly on force website. (b) Youth scrutiny panel paused – new chair "
  "being recruited by OPCC.", None,
  "closeable_local", "HMICFRS Complete; force (b) IP, Overall AMBER. Near-twin of 5312 (2015 "
  "report, 'police and crime commissioners'): this row says 'elected local policing bodies' and "
  "is filed under S&S 2013 / Jul-13, so it is 1189")
r(2321, 2321, "everyone", "Nat Rec",
  "By Sept 2014, every police force in England and Wales should establish and publish an action "
  "plan that specifies in detail what steps it will take to improve its approach to DA. This "
  "action plan should be developed:\n(a) in consultation with PCCs, DA support organisations and "
  "victims' representatives;\n(b) after close consideration of all the recommendations in this "
  "report;\n(c) with reference to all relevant domestic homicide reviews and IPCC findings, "
  "whether in connection with the force in question or another force; and\n(d) drawing on "
  "relevant knowledge acquired or available from other sources such as CPS scrutiny panels and "
  "MARAC self-assessments.", ["C", "C", "C", "C"], "GREEN", "Ch Supt Public Protection",
  "DA action plan published Sept 2014; refreshed annually through the DA Strategic Board.",
  D(2016, 2, 1), "in_sync",
  "closed on both: HMICFRS Superseded; force (a)-(d) C, GREEN. Bullets lettered, stray footnote "
  "'20' dropped: same four bullets")
r(2710, 2710, "austerity", "Nat Rec", T[2710] + ".", ["C"], "GREEN", "Director of Finance",
  "MTFP review completed and reported to the PCC.", D(2015, 3, 2),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(2711, 2711, "austerity", "Nat Rec", T[2711], ["IP"], "AMBER", "Director of Finance",
  "Regional collaboration review continuing – report to Strategic Collaboration Board Q4.",
  None, "closeable_local", "HMICFRS Complete; force (a) IP, AMBER")
r(2712, 2712, "austerity", "Nat Rec", T[2712], ["C"], None, "Head of Corporate Development",
  "Assessment completed and reported to PCC Accountability Board Oct 2014.", None,
  "in_sync", "closed on both: HMICFRS Complete; force Overall RAG blank, so status from the part "
  "codes: (a) C = done (Key tab rule)")
r(2713, 2713, "austerity", "Nat Rec", T[2713], ["IP"], "Amber ", "Director of Finance",
  "Addressed holistically as part of the force change programme.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force 'Amber ' (trailing space)")
r(4822, 4822, "core", "Nat Rec",
  "Not later than 31 March 2015 those forces using a THR policy, that have not yet done so, "
  "should provide call-handlers with specific, sound and comprehensible criteria against which "
  "they can assess threat, harm and risk.", ["IP"], "AMBER", "Supt Contact Centre",
  "THRIVE+ refresher being rolled out in FCR; QA dip-sampling to report to Ops Board.", None,
  "closeable_local", "HMICFRS Superseded; force AMBER. Near-twin of CDI 2017 AFI 7541 (same "
  "call-handler criteria ask): this row carries ref 4822, Core Business 2014 and the 'Not later "
  "than 31 March 2015' stem")
r(4823, 4823, "core", "Nat Rec",
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is (a) systematically recorded and (b) subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", ["C", "IP"], "AMBER",
  "Head of Corporate Development",
  "(a) Recording on Niche OEL in place. (b) Evaluation framework with Analysis team – draft "
  "Jan 25.", None, "in_sync", "open on both: HMICFRS Being progressed; force (b) IP, AMBER")
r(5140, 5140, "integrity", "Nat Rec",
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
  "place to ensure that investigations into misconduct by officers and staff resulting in \"no "
  "further action\" are fair and free of any form of discrimination.", ["C"], "GREEN",
  "Head of Professional Standards",
  "Disproportionality review of NFA misconduct outcomes completed 2023 and reported to the "
  "Ethics Committee. Evidence submitted to HMICFRS for closure.", D(2024, 5, 20),
  "closeable_submit", "HMICFRS Being progressed; force GREEN, sent to FLL")
r(5590, 5590, "picture", "Nat Rec",
  "By 30 November 2015, chief constables should: (a) put in place arrangements to scrutinise "
  "audits of compliance with the APP on information management through the force information "
  "management governance structure. (b) This should include measures to ensure that "
  "categorisation of records are regularly adjusted.", ["C", "C"], "AMBER",
  "Head of Information Management",
  "Both parts now complete – MoPI audit schedule reported to Information Assurance Board "
  "quarterly. Evidence pack with DCC for sign off; RAG to be refreshed.", "with DCC",
  "closeable_submit", "HMICFRS Being progressed; Overall still AMBER but both part codes C and "
  "the update says complete, pending DCC sign-off: part codes are the newer record (Key tab), "
  "force done")
r(6104, 6104, "firearms", "Nat Rec",
  "(a) Within 3 months, all CCs should assess how well the governance of firearms licensing in "
  "his or her force meets the standards set out in APP. (b) CCs of forces where the governance "
  "standards are not being complied with should put in place immediately the correct "
  "arrangements and procedures in order to meet the standards in full.", ["C", "C"], "GREEN",
  "Supt Firearms Licensing", "Gap analysis against APP completed Dec 2015. Closed.",
  D(2016, 4, 11), "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(6105, 6105, "firearms", "Nat Rec", T[6105], ["IP"], "AMBER", "Supt Firearms Licensing",
  "Renewals backlog 412 (Oct 24). Additional temporary staff agreed to March 2025.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER")
r(6106, 6106, "firearms", "Nat Rec", T[6106], ["C"], "GREEN", "Supt Firearms Licensing",
  "All total expired records reviewed; weekly NFLMS exception report in place.", D(2016, 1, 18),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(6107, 6170, "firearms", "Nat Rec",
  "Within three months, all chief constables should ensure (a) that their arrangements in "
  "respect of the use of temporary permits are in accordance with the Home Office guidance; (b) "
  "that temporary permits are properly recorded without delay on the National Firearms "
  "Licensing Management System; and (c) that effective systems exist to ensure certificate "
  "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
  ["C", "C", "IP"], "AMBER", "Supt Firearms Licensing",
  "(c) Expiry alerting being built into the new licensing system (go-live Feb 25).", None,
  "conflict", "reference: force typed 6170 (digits transposed; no 6170 on the list), text, "
  "report and date are 6107's. Open on both otherwise")
r(6108, 6108, "firearms", "Nat Rec",
  "Within three months, all chief constables should ensure (a) that systems designed to "
  "identify, prior to police attendance, whether a reported incident involves or is at the "
  "address of a firearm certificate holder are in place and are always applied by staff "
  "dispatching officers to incidents; and (b) that officers understand the risk assessment "
  "which they should be undertaking in such circumstances, and their power, when appropriate, "
  "to seize firearms and firearm certificates.", ["C", "C"], "GREEN", "Supt Contact Centre",
  "STORM flag for certificate holders live; officer briefing delivered and recorded on NCALT.",
  D(2024, 9, 2), "closeable_submit",
  "HMICFRS Being progressed; force (a)(b) C, GREEN, sent to FLL. Clauses lettered by the force, "
  "wording unchanged")
r(8301, 8301, "stolen", "Nat Rec",
  "Within 12 months, forces should review their leadership and governance arrangements for "
  "MSHT, to ensure that:\n(a) senior leaders prioritise the response to MSHT;\n(b) every "
  "incident of modern slavery identified to police is allocated appropriate resources with the "
  "skills, experience and capacity to investigate it effectively; and\n(c) forces develop "
  "effective partnership arrangements to co-ordinate activity in order to share information "
  "and safeguard victims.", ["C", "C", "C"], "GREEN", "Det Ch Supt Force CID",
  "MSHT governance now via Vulnerability Board; Anti-Slavery Partnership in place. All parts "
  "complete – submitted to FLL.", D(2024, 7, 8), "conflict",
  "missing bullet: HMICFRS has four bullets, the force three parts; the fourth (performance and "
  "quality assurance measures) is not tracked, yet the force reports the whole rec GREEN "
  "(HMICFRS Being progressed). 'Within 12 months' = twelve: no timescale difference")
r(8302, 8302, "stolen", "Nat Rec",
  "Within twelve months, forces should have in place active ISAs with other agencies to "
  "facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
  "identify suspects as early as possible.", ["IP"], "AMBER", "Head of Intelligence",
  "ISA with GLAA signed; ISAs with the county and district councils in draft.", None,
  "conflict", "timescale: HMICFRS 'Within six months', force 'Within twelve months' (open on "
  "both)")
r(8303, 8303, "stolen", "Nat Rec", T[8303], ["IP"], "AMBER", "Head of Criminal Justice",
  "s45 defence prompt being added to the CJ file-build checklist.", None,
  "closeable_local", "HMICFRS Complete; force AMBER")
r(8304, 8304, "stolen", "Nat Rec", T[8304], ["C"], "GREEN", "Det Ch Supt Force CID",
  "Duty to Notify process in place via MSHT SPOC; compliance audited quarterly.",
  D(2023, 11, 30), "closeable_submit", "HMICFRS Being progressed; force GREEN")
r(8305, 8305, "stolen", "Nat Rec",
  "Immediately, forces should take steps to ensure (a) they fully comply with NCRS requirements "
  "for offences identified as MSHT and (b) that sufficient audit capacity is available to the "
  "force crime registrar to provide reassurance that each force is identifying and managing any "
  "gaps in its crime-recording accuracy for these types of offences.", ["C", "IP"], "AMBER",
  "Force Crime Registrar", "(b) Audit team vacancies – 2 posts out to advert.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force (b) IP, AMBER")
r(8306, 8306, "stolen", "Nat Rec", T[8306], ["NS"], "RED", "Det Ch Supt Force CID",
  "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force NS, RED")
r(8307, 8307, "stolen", "Nat Rec", T[8307], ["C"], "GREEN", "Det Ch Supt Force CID",
  "STRO/STPO usage reviewed; guidance issued. Closed by HMICFRS Mar 2020.", D(2019, 10, 14),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(8420, 8420, "efc17n", "Nat Rec",
  "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services "
  "within their force.", ["IP"], "AMBER", "Chief Digital Officer",
  "Digital Strategy 2025-28 in draft for Chief Officer Group.", None,
  "closeable_local", "HMICFRS Superseded; force AMBER. The force dropped the second sentence "
  "(addressed to the Home Office, NPCC and APCC, not the force): not a conflict")
r(8541, 8541, "leg17n", "CoC", T[8541], None, "AMBER", "ACC Local Policing",
  "See recs 8542-8545. Disproportionality ratio reported to S&S Scrutiny Panel quarterly.", None,
  "in_sync", "open on both: cause of concern, HMICFRS Being progressed; force AMBER (no part "
  "codes on a CoC row)")
r(8542, 8542, "leg17n", "Nat Rec",
  "By July 2018, all police forces across England and Wales should be regularly and frequently "
  "monitoring a comprehensive set of data and information on use of S&S powers to "
  "understand:\n(a) the reasons for any disproportionate representation of different ethnic "
  "groups in the use of S&S;\n(b) the extent to which find rates differ between people from "
  "different ethnicities, and across different types of searches (including separate "
  "identification of find rates for drug possession and supply-type offences); and\n(c) the "
  "prevalence of possession-only drug searches, and the extent to which these align with local "
  "or force level priorities.", ["C", "C", "IP"], "GREEN", "ACC Local Policing",
  "(c) reopened 11/2024 after S&S Scrutiny Panel query on possession-only searches – RAG to go "
  "back to Amber at next refresh.", None, "in_sync",
  "open on both: Overall still GREEN but part (c) IP and the update says reopened: part codes "
  "are the newer record (Key tab), force open; HMICFRS Being progressed")
r(8543, 8543, "leg17n", "Nat Rec",
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have: (a) carried out research and analysis in an attempt to understand the "
  "reasons for the disparity, and (b) taken action to reduce the disparity, where necessary;",
  ["C", "C"], "GREEN", "ACC Local Policing", "Annual disproportionality report published.",
  D(2019, 7, 1), "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(8545, 8545, "leg17n", "Nat Rec", T[8545], ["C"], "Green", "Head of Learning & Development",
  "Unconscious bias & APP S&S training completion 97% (Sept 24); now mandatory on NCALT for all "
  "S&S-trained officers.", D(2024, 10, 4), "closeable_submit",
  "HMICFRS Being progressed; force 'Green', sent to FLL")
r(9861, 9861, "powers", "Nat Rec", T[9861], ["IP"], "AMBER", "Head of Learning & Development",
  "Conflict management refresher in 2024/25 Officer Safety Training; 61% complete.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER")
r(9862, 9862, "powers", "Nat Rec",
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of CPD for officers & staff, and that supervisors are supported to routinely and "
  "frequently debrief officers on these skills using BWV footage.", ["C*"], "GREEN",
  "Head of Learning & Development",
  "BWV debrief built into PDR and the supervisor toolkit. Evidence being collated for closure "
  "submission.", None, "closeable_submit",
  "HMICFRS Being progressed; force C* (complete, evidence being collated) and GREEN = done")
r(9863, 9863, "powers", "Nat Rec",
  "By September 2021, forces should: (a) ensure that officers record on BWV (when this is "
  "available) the entirety of all S&S encounters, including traffic stops and use of force "
  "incidents.\n(b) have a structured process for regularly reviewing and monitoring internally a "
  "sufficient sample of BWV footage to identify and disseminate learning and hold officers to "
  "account when behaviour falls below acceptable standards.\n(c) provide external scrutiny "
  "panel members with access to samples of BWV footage showing S&S encounters and use of force "
  "incidents, taking account of the safeguards in the College of Policing’s APP.",
  ["C", "C", "IP"], "AMBER", "ACC Local Policing",
  "(c) Panel access to BWV agreed in principle; DPIA outstanding.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force (c) IP, AMBER")
r(9864, 9864, "powers", "Nat Rec", T[9864], ["N/A"], "WHITE", "ACC Local Policing",
  "Not the force's responsibility to deliver – for the Home Office and NPCC. Rationale sent to "
  "FLL.", D(2022, 6, 15), "closeable_submit",
  "HMICFRS Being progressed; force WHITE (not the force's to deliver) = done for the force: "
  "submit for closure with the rationale")
r(9865, 9865, "powers", "Nat Rec", T[9865], ["IP"], "AMBER", "Supt Operational Support",
  "Use of force dashboard in development (Power BI).", None,
  "closeable_local", "HMICFRS Complete; force AMBER")

b(BANNER_F)
r(None, 4470, "cdi14", "Rec",
  "The force should revise its approach to cautions, cannabis warning and penalty notices for "
  "disorder to ensure that (a) there is a clear and auditable explanation to the offender of the "
  "implications of receiving the warning and that, (b) for victim-based crimes, there is a clear "
  "and auditable record that views of the victim are considered prior to their issue.",
  ["C", "C"], "GREEN", "Head of Criminal Justice",
  "OOCD scrutiny panel reviews a sample quarterly. Submitted for closure 2016.", D(2016, 5, 9),
  "not_on_hmicfrs_list", "ref 4470 / CDI 2014 is not on the HMICFRS list (force GREEN): query "
  "with HMICFRS")
r(None, 5977, "leg15", "AFI",
  "The force should improve its arrangements both to consult with the public about business "
  "planning and to feed back on changes made to service delivery as a result of such "
  "consultation.", ["IP"], "AMBER", "Head of Corporate Communications",
  "'Your Force, Your Say' survey re-launched Sept 24; 'You said, we did' page in development.",
  None, "not_on_hmicfrs_list", "ref 5977 / PEEL Legit 15 is not on the HMICFRS list (force "
  "AMBER): query with HMICFRS")
r(7540, 7540, "cdi17", "Rec",
  "Within six months the force should put in place arrangements to ensure that:\n(a) at the "
  "point of report, victims are believed;\n(b) conversations between the call handlers and "
  "callers are summarised accurately in the incident log, thus providing attending officers "
  "with full facts on which to base crime-recording decisions;\n(c) multiple crimes are always "
  "recorded when described within incident records or identified as part of other recorded "
  "crime investigations;\n(d) the practice of awaiting the results of medical examinations or "
  "video interviews before making crime-recording decisions is stopped; and\n[part (e) "
  "continued on next row]", ["C", "C", "C", "C"], "AMBER", "Force Crime Registrar",
  "(a)-(d) complete and audited by FCR. See next row for (e).", None,
  "closeable_local", "HMICFRS Complete (authorised for closure after CDI re-inspection); force "
  "item = this row + its (cont.) row: (a)-(d) C but (e) IP, Overall AMBER, so force open",
  nparts=5)
r(7540, "7540 (cont.)", "cdi17", "Rec",
  "(e) online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
  "to the victim or the wider public are identified and appropriately managed", ["IP"], None,
  "Supt Contact Centre", "Single Online Home triage SOP in draft – due Jan 25.", None,
  "closeable_local", "continuation row of 7540 (part (e), code in the (a) column): split row "
  "of the same item; item force-open, HMICFRS Complete", nparts="(e)", cont=True)
r(7541, 7541, "cdi17", "AFI",
  "The force should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess THR.", ["C"], "GREEN", "Supt Contact Centre",
  "THRIVE+ criteria embedded in FCR; QA compliance 94% (Q2).", D(2024, 6, 28),
  "closeable_submit", "HMICFRS Being progressed; force GREEN, sent to FLL. Near-twin of 4822 "
  "(told apart by ref, CDI 2017 and the bare 'The force should' stem)")
r(7602, 7602, "eff16", "Rec",
  "To address this cause of concern the force should immediately review its approach to "
  "reports of missing children and take steps to ensure that:\n(a) call takers understand and "
  "use the missing and absent category appropriately;\n(b) call takers and frontline staff have "
  "the necessary knowledge to identify risk factors associated with CSE and how to respond to "
  "such cases; and\n(c) supervisors provide the correct oversight of missing person enquiries "
  "and direct appropriate and timely investigative and safeguarding action",
  ["C", "C", "C"], "GREEN", "Ch Supt Public Protection",
  "Missing from home SOP rewritten; CSE indicators in call-taker training; supervisor review "
  "built into Compact. Submitted for closure.", D(2024, 8, 19), "closeable_submit",
  "HMICFRS Being progressed; force (a)-(c) C, GREEN. (Its cause of concern 7601 has no force "
  "row)")
r(7603, 7603, "eff16", "AFI",
  "The force should take steps to ensure that there is effective supervison of the initial "
  "risk assessment process, specifically in relation to the completion of DASH risk assessment "
  "in appropriate cases.", ["C"], "GREEN", "Ch Supt Public Protection",
  "DASH supervisory review mandatory on Niche since 2017.", D(2018, 9, 3),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN ('supervison' typo)")
r(7604, 7604, "eff16", "AFI",
  "The force should immediately consider ways of increasing the use of arrest, ancillary orders "
  "& other available powers, in order to improve the service it provides to victims of DA, offer the "
  "best possible protection and bring more perpetrators to justice.", ["IP"], "AMBER",
  "Ch Supt Public Protection", "DVPN/DVPO use up 18% year on year; DAPO pilot from Nov 24.",
  None, "in_sync", "open on both: HMICFRS Being progressed; force AMBER (sentence reordered, "
  "'immediately' kept: same ask and timescale)")
r(8410, 8410, "efc17", "AFI", T[8410], ["C"], "GREEN", "Head of Corporate Development",
  "Demand modelling in FMS; closed by HMICFRS Mar 2019.", D(2019, 2, 11),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(8411, 8411, "efc17", "AFI", T[8411] + ".", ["C"], "GREEN", "Director of Finance",
  "Force Management Statement 4 includes cost/outcome analysis; priority-based budgeting "
  "complete.", D(2024, 4, 22), "closeable_submit", "HMICFRS Being progressed; force GREEN")
r(8412, 8412, "efc17", "AFI", T[8412], ["IP"], "AMBER", "Director of People",
  "Strategic Workforce Plan 2024-27 to Chief Officer Group Jan 25.", None,
  "closeable_local", "HMICFRS Superseded; force AMBER")
r(8551, 8551, "leg17", "AFI", T[8551], ["IP"], "AMBER", "Head of Professional Standards",
  "Speak Up guardian role being scoped with Unison / Police Federation.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER. (Sister AFI 8550 has no "
  "force row)")
r(8790, 8790, "ncpi18", "Rec",
  "Within 6 months Lincolnshire Police should, in conjunction with children's social care "
  "services, review how it manages the detention of children. As a minimum it should:\n(a) "
  "ensure that all children are only detained when absolutely necessary and for the absolute "
  "minimum amount of time;\n(b) ensure that officers and staff in the custody suite assess at an "
  "early stage a child's need for alternative accomodation (secure or otherwise) and work with "
  "children's social care services to achieve the most appropriate option for the child;\n(c) "
  "ensure that custody staff comply with their statutory duties to complete detention "
  "certificates if a child is detained for any reason in police custody following charge;\n(d) "
  "ensure that custody staff make a record of all actions taken and decisions made on the "
  "relevant documentation; and\n(e) improve the timeliness of adequate appropriate adult support "
  "for children who are arrested.", ["C", "C", "C", "C"], "GREEN", "Ch Insp Custody",
  "(a)-(d) complete. (e) on row below. Whole rec submitted to FLL Oct 24.", D(2024, 10, 21),
  "closeable_submit", "HMICFRS Being progressed; force item = this row + its (cont.) row, all "
  "five parts C, GREEN, sent to FLL", nparts=5)
r(8790, "8790 (cont.)", "ncpi18", "Rec",
  "Part (e) – AA timeliness (no room in part columns)", ["C"], None, "Ch Insp Custody",
  "AA contract with the county council revised; median wait now 2h10m.", None,
  "closeable_submit", "continuation row of 8790 (part (e), code in the (a) column): split row "
  "of the same item; item force-done, HMICFRS Being progressed", nparts="(e)", cont=True)
r(8791, 8791, "ncpi18", "Rec",
  "Within three months, the force should make sure officers & staff have the training they need "
  "to identify and respond to CSE.", ["C"], "GREEN", "Head of Learning & Development",
  "CSE awareness on NCALT completed by 98% of frontline.", D(2019, 3, 1),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(9105, 9105, "peel18", "CoC", T[9105], None, "AMBER", "Det Ch Supt Force CID",
  "Investigative Standards Improvement Plan – see recs below.", None,
  "in_sync", "open on both: cause of concern, HMICFRS Being progressed; force AMBER")
r(9106, 9106, "peel18", "AFI",
  "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not "
  "delayed.", ["IP"], "AMBER", "Head of Digital Forensics",
  "DFU backlog 240 devices; self-service kiosks in 4 stations.", None,
  "conflict", "type: HMICFRS Recommendation ('HMIC recommends that within six months…'), force "
  "AFI with the stem and its six-month timescale dropped. Open on both")
r(9107, 9107, "peel18", "Rec",
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects RUI and the management of those released on bail;", ["C"], "GREEN",
  "Head of Criminal Justice", "RUI/bail dashboard live; Bail Act 2022 changes implemented.",
  D(2023, 3, 17), "closeable_submit", "HMICFRS Being progressed; force GREEN")
r(9108, 9108, "peel18", "AFI",
  "The force should improve its use of its crime-recording and management system (Niche) to "
  "better manage its case files and investigative processes.", ["IP"], "AMBER",
  "Head of Information Management", "Niche case file upgrade slipped to 2025.", None,
  "closeable_local", "HMICFRS Complete; force AMBER")
r(9109, 9109, "peel18", "AFI", T[9109], ["IP"], "AMBER", "Ch Supt Public Protection",
  "Joint DA triage with children's services live in two districts.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER")
r(9110, 9110, "peel18", "AFI",
  "The force should improve the way it manages the risk posed by offenders involved in online "
  "CSA.", ["NS"], "RED", "Det Ch Supt Force CID", "xxx", None,
  "in_sync", "open on both: HMICFRS Being progressed; force NS, RED (placeholder update 'xxx')")
r(10210, 10210, "peel21", "AFI", T[10210], ["C"], "GREEN", "Ch Supt Public Protection",
  "VCOP compliance 91% (Sept 24 audit). Ready to move to closure.", D(2024, 11, 12),
  "closeable_submit", "HMICFRS Being progressed; force GREEN, sent to FLL")
r(10211, 10211, "peel21", "AFI", T[10211], ["IP"], "AMBER", "Force Crime Registrar",
  "Stalking flag audit quarterly; compliance 78%.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER")
r(10212, 10212, "peel21", "AFI", T[10212], ["IP"], "AMBER", "Head of Intelligence",
  "County lines intel requirement refreshed; CLIPs with EMSOU in place.", None,
  "closeable_local", "HMICFRS Complete; force AMBER")
r(10214, 10214, "peel21", "AFI", T[10214], ["IP"], "amber", "Det Ch Supt Force CID",
  "Op Soteria roll-out; 6 additional DCs in RASSO team.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force 'amber'")
r(10215, 10215, "peel21", "AFI", T[10215], ["C"], "GREEN", "Head of Intelligence",
  "SOC strategic assessment 2023 informs control strategy.", D(2023, 9, 4),
  "in_sync", "closed on both: HMICFRS Complete; force GREEN")
r(11402, "TBC", "peel23", "CoC", T[11402], None, "RED", "Head of Professional Standards",
  "Vetting backlog 310 (Nov 24) – recovery plan to Chief Officer Group.", None,
  "in_sync", "open on both: ref TBC, matched on text; HMICFRS Being progressed; force RED")
r(11403, "TBC", "peel23", "Rec",
  "Within 6 months, the force should ensure all staff have received at least the lowest level of "
  "vetting clearance for their roles as quickly as possible, working to clear both the vetting "
  "backlog and new vetting renewals when they become due so that it complies fully with the "
  "national vetting guidelines.", ["IP"], "RED", "Head of Professional Standards",
  "Renewals outsourced to regional vetting hub from Dec 24.", None,
  "in_sync", "open on both: ref TBC; 'Within 6 months' = six; HMICFRS Being progressed; force "
  "RED")
r(11404, 11404, "peel23", "AFI",
  "The force should improve its understanding of the nature and scale of VAWG in its area.",
  ["IP"], "AMBER", "Ch Supt Public Protection", "VAWG problem profile commissioned.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force AMBER")
r(11405, 11405, "peel23", "AFI", T[11405], ["C"], "GREEN", "ACC Local Policing",
  "Pending sign off by the chief officer lead.", None,
  "closeable_submit", "HMICFRS Awaiting review; force (a) C, GREEN")
r(11406, "TBC", "peel23", "AFI", T[11406], ["IP"], "AMBER", "Head of Learning & Development",
  "Hate crime input added to 2025 CPD day.", None,
  "in_sync", "open on both: ref TBC; HMICFRS Awaiting review; force AMBER")
r(11408, 11408, "peel23", "AFI", T[11408], ["NS"], "RED", "ACC Local Policing",
  "Awaiting allocation.", None,
  "in_sync", "open on both: HMICFRS Being progressed; force NS, RED")
r(10213, None, "peel23", "AFI", T[10213], ["IP"], "AMBER", "Det Ch Supt Force CID",
  "Economic crime victim care unit review under way.", None,
  "conflict", "report/date: text is 10213 (PEEL 2021/22, 10/05/2022) but the force filed it, "
  "ref blank, under PEEL 23-25 / Nov 2023. Open on both")

b(BANNER_L)
r(None, "LOCAL", "fip", "Local",
  "Force improvement plan: Rewrite the honour-based abuse policy and publish it on the intranet "
  "with a communications plan", ["IP"], "AMBER", "Ch Supt Public Protection",
  "Draft policy with Legal Services.", None,
  "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item")
r(None, "LOCAL", "fip", "Local",
  "JIAC action: Internal audit of the cyber crime governance arrangements (audit plan 2023/24)",
  ["C"], "GREEN", "Head of Corporate Development", "Audit report received – substantial "
  "assurance.", None, "not_on_hmicfrs_list", "force's own local action (JIAC), not an HMICFRS "
  "item")
r(None, "LOCAL", "fip", "Local",
  "Refresh the rural crime problem profile and add it to the control strategy", ["IP"], "AMBER",
  "Head of Intelligence", None, None,
  "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item")
r(None, "LOCAL", "fip", "Local",
  "Appoint a single point of contact for forced marriage in each local policing area", ["C"],
  "GREEN", "Ch Supt Public Protection", "SPOCs appointed in all three LPAs.", None,
  "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item")

# HMICFRS items with no force row
MISSING = {
    5312: "missing from force: Stop and search powers 2 (2015) national rec; the force has only "
          "its 2013 near-twin (1189)",
    7601: "missing from force: the PEEL 2016 cause of concern on missing children; the force "
          "tracks only its recommendation 7602",
    8544: "missing from force: 'publish this analysis … annually' never logged (HMICFRS Being "
          "progressed)",
    8550: "missing from force: PEEL Legitimacy 2017 whistleblowing AFI (HMICFRS Being "
          "progressed)",
    11407: "missing from force: new PEEL 2023/25 AFI on road harm performance framework "
           "(HMICFRS Awaiting review), not yet added",
}


# ---------------------------------------------------------------------------------------
def force_done(row) -> bool:
    """The Key tab rule: part codes are the newer record; Overall RAG otherwise."""
    codes = [c for c in (row["parts"] or []) if c]
    ov = (row["overall"] or "").strip().upper()
    if ov == "WHITE":
        return True
    if codes:
        if any(c in ("IP", "NS") for c in codes):
            return False
        if all(c in ("C", "C*", "N/A") for c in codes) and any(c in ("C", "C*") for c in codes):
            return True
    return ov == "GREEN"


def check_categories():
    """Every line's category follows from the two statuses (conflicts aside)."""
    # aggregate split rows per item
    by_hm: dict = {}
    for row in ROWS:
        if "banner" in row or row["hm"] is None:
            continue
        by_hm.setdefault(row["hm"], []).append(row)
    for hm, rows in by_hm.items():
        done = all(force_done(x) for x in rows)
        hclosed = H[hm][2] in (CO, SU)
        cats = {x["cat"] for x in rows}
        assert len(cats) == 1, (hm, cats)
        cat = cats.pop()
        if cat == "conflict":
            continue
        want = {(False, False): "in_sync", (True, True): "in_sync",
                (False, True): "closeable_submit", (True, False): "closeable_local"}[
            (hclosed, done)]
        assert cat == want, (hm, cat, want, hclosed, done)


# ---------------------------------------------------------------------------------------
FIXED = (2024, 11, 27, 9, 0, 0)


def write_hmicfrs(path: Path) -> dict:
    rows_out = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Force", "Recommendation ID", "Report title", "Publication date", "Type",
                "Recommendation text", "Status", "Status date", "Latest comment"])
    n = 1
    for rid in sorted(T):
        rep, typ, st, sd, com = H[rid]
        title, pub = REPORTS[rep][0], REPORTS[rep][1]
        n += 1
        rows_out[rid] = n
        w.writerow([FORCE, rid, title, pub.strftime("%d/%m/%Y"), typ, T[rid], st,
                    dt.date(*sd).strftime("%d/%m/%Y"), com])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return rows_out


FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF",
        "C": "E2EFDA", "C*": "E2EFDA", "IP": "FFF2CC", "NS": "FCE4D6", "N/A": "D9D9D9"}


def write_tracker(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recs & AFIs"
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = ("LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS, AFIs & CAUSES OF CONCERN – "
                "PROGRESS BY PART")
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Strategic Planning & Insight | Inspection liaison | Refreshed for Joint "
                "Independent Audit Committee 27/11/2024 | Part codes and RAG: see 'Key' tab")
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Item", "HMICFRS ref", "Report", "Pub.", "Type",
           "Recommendation / AFI text (parts lettered as tracked)", "Parts", "(a)", "(b)",
           "(c)", "(d)", "Overall RAG", "Lead", "Latest update (lead)",
           "Sent to FLL for closure"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
    widths = [6, 12, 24, 9, 9, 80, 6, 6, 6, 6, 6, 11, 24, 50, 14]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = wdt
    ws.freeze_panes = "G5"
    dv = DataValidation(type="list", formula1='"C,C*,IP,NS,N/A"', allow_blank=True)
    ws.add_data_validation(dv)

    excel_row = 4
    item_no = 0
    for row in ROWS:
        excel_row += 1
        if "banner" in row:
            ws.cell(row=excel_row, column=1, value=row["banner"]).font = Font(bold=True,
                                                                              color="1F3864")
            ws.merge_cells(start_row=excel_row, start_column=1, end_row=excel_row,
                           end_column=15)
            ws.cell(row=excel_row, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            continue
        row["excel_row"] = excel_row
        if not row["cont"]:
            item_no += 1
        rep = REPORTS[row["rep"]]
        parts = row["parts"]
        if parts is None:
            nparts = "–"
        elif row["nparts"] is not None:
            nparts = row["nparts"]
        else:
            nparts = len(parts)
        vals = [None if row["cont"] else item_no, row["ref"], rep[2], rep[3], row["type"],
                row["text"], nparts]
        pcodes = list(parts or []) + [None] * (4 - len(parts or []))
        vals += pcodes
        vals += [row["overall"], row["lead"], row["update"], row["fll"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=excel_row, column=c, value=v)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 4 and isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
            if c == 15 and isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if 8 <= c <= 11:
                cell.alignment = Alignment(horizontal="center", vertical="top")
                if v in FILL:
                    cell.fill = PatternFill("solid", fgColor=FILL[v])
            if c == 12 and v:
                key = v.strip().upper()
                cell.fill = PatternFill("solid", fgColor=FILL[key])
                cell.font = Font(bold=True)
        dv.add(f"H{excel_row}:K{excel_row}")
    # footer notes
    excel_row += 2
    ws.cell(row=excel_row, column=1,
            value="Source: HMICFRS monitoring portal extract 04/11/2024; lead updates to "
                  "22/11/2024. Refs shown as TBC await the HMICFRS register number.")
    ws.cell(row=excel_row, column=1).font = Font(italic=True, size=9)
    excel_row += 1
    ws.cell(row=excel_row, column=1,
            value="Where a recommendation has more than four parts, the remaining parts are on "
                  "a '(cont.)' row directly below, with the code in the (a) column.")
    ws.cell(row=excel_row, column=1).font = Font(italic=True, size=9)
    ws.auto_filter.ref = f"A4:O{excel_row - 3}"

    key = wb.create_sheet("Key")
    key_rows = [
        ("PART CODES (columns (a)-(d); one per lettered part of the recommendation)", None),
        ("C", "Part complete – evidence held on the inspection SharePoint"),
        ("C*", "Part complete – closure evidence still being collated"),
        ("IP", "In progress"),
        ("NS", "Not started"),
        ("N/A", "Part not for the force to deliver (national body / other organisation)"),
        ("(blank)", "No such part"),
        (None, None),
        ("OVERALL RAG", None),
        ("GREEN", "The recommendation is implemented – recommend closure / submit to FLL"),
        ("AMBER", "Subject to ongoing work and monitoring but anticipated to be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("WHITE", "Not Lincolnshire Police's responsibility to deliver or dependent upon "
                  "another organisation"),
        (None, None),
        ("NOTE", "Overall RAG is set by SP&I at the monthly refresh. Leads update part codes "
                 "in between, so where the two disagree the part codes are the more recent. "
                 "Where Overall RAG is blank, read the part codes."),
        ("NOTE", "Cause of concern rows carry no part codes – progress is tracked through the "
                 "recommendations that accompany them."),
    ]
    for i, (a, bb) in enumerate(key_rows, 1):
        key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=bb)
        if a and bb is None:
            key.cell(row=i, column=1).font = Font(bold=True)
        if a in FILL:
            key.cell(row=i, column=1).fill = PatternFill("solid", fgColor=FILL[a])
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 100

    wb.properties.creator = "SP&I Inspection Liaison"
    wb.properties.lastModifiedBy = "SP&I Inspection Liaison"
    wb.properties.created = D(*FIXED)
    wb.properties.modified = D(*FIXED)
    wb.save(path)
    _normalise_zip(path)


def _normalise_zip(path: Path) -> None:
    """Rewrite the xlsx with fixed timestamps so the build is byte for byte."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = "2024-11-27T09:00:00Z"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def write_truth(path: Path, hrows: dict) -> list:
    lines = []
    seen = set()
    for row in ROWS:
        if "banner" in row:
            continue
        hm = row["hm"]
        hr = f"hmicfrs.csv!{hrows[hm]}" if hm is not None else ""
        fr = f"Recs & AFIs!{row['excel_row']}"
        lines.append((hr, fr, row["cat"], row["why"], hm if hm is not None else 10 ** 9,
                      row["excel_row"]))
        if hm is not None:
            seen.add(hm)
    for hm, why in MISSING.items():
        assert hm not in seen
        lines.append((f"hmicfrs.csv!{hrows[hm]}", "", "missing_from_force", why, hm, 0))
    assert seen | set(MISSING) == set(T), set(T) - seen - set(MISSING)
    lines.sort(key=lambda x: (x[4], x[5]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln[:4])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return lines


def main():
    check_categories()
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = write_hmicfrs(OUT / "hmicfrs.csv")
    write_tracker(OUT / "tracker.xlsx")
    lines = write_truth(OUT / "truth.csv", hrows)
    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print("lines", len(lines), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
