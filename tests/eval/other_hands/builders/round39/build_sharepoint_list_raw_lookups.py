"""Build the evaluation case `sharepoint_list_raw_lookups` (round 39, splookup2).

The force's tracker is a SharePoint list ("HMICFRS Recommendations Tracker") dumped to CSV by a
PowerShell script (Export-Csv -NoTypeInformation -Encoding UTF8: every field quoted, UTF-8 with
BOM, CRLF records, line feeds inside multi-line fields).  Lookup, person, calculated and
multi-choice columns are left in SharePoint's raw ';#' form:
    Report        "12;#PEEL 2023/25"   (lookup: list-item id of the Reports list ;# its title)
                  "8;#Stolen Freedom (MSHT) 2017;#18;#MSHT Force Plan"  (multi-value lookup)
    Lead Officer  "Smith, Jo;#34"      (person: display name ;# user id), several = ";#"-joined
    Overdue       "string;#Overdue"    (calculated column)
    Governance    ";#JAC;#Force Executive Board;#"   (multi-choice)
Progress Update is an enhanced rich-text column, exported as its stored HTML.

The HMICFRS side is an xlsx "definitive list" with title rows, a flat table and a legend.
Texts are real public HMICFRS wording (Open Government Licence) copied from the project's
text lists; force rewordings, titles and progress notes are written here.

Run:  /work/main/.venv/bin/python build_sharepoint_list_raw_lookups.py
Rebuilds the case folder byte for byte (fixed seed, fixed xlsx timestamps).
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

SEED = 20241104
CASE = "sharepoint_list_raw_lookups"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lancashire Constabulary"
SHEET = "Definitive list"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (copied verbatim from the project's text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?",
         dt.date(2013, 7, 9))
EVERYONE = ("Everyone's business: Improving the police response to domestic abuse",
            dt.date(2014, 3, 27))
CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
        "police time", dt.date(2014, 9, 4))
INTEGRITY = ("Integrity matters: An inspection of arrangements to ensure integrity and to "
             "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30))
PICTURE = ("Building the picture: an inspection of police information management",
           dt.date(2015, 7, 1))
FIREARMS = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
            "licensing in police forces in England and Wales", dt.date(2015, 9, 15))
STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking",
          dt.date(2017, 10, 24))
EFC17 = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
NCPI = ("National child protection inspection 2018 – Lancashire Constabulary",
        dt.date(2018, 6, 28))
CDI = ("Crime data integrity inspection 2019 – Lancashire Constabulary", dt.date(2019, 9, 12))
POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
          "force", dt.date(2021, 2, 26))
PEEL21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lancashire "
          "Constabulary", dt.date(2022, 5, 20))
PEEL23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – Lancashire "
          "Constabulary", dt.date(2024, 3, 19))

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
BWV_A = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
         "this is available) the entirety of all stop and search encounters, including traffic "
         "stops and use of force incidents.")
BWV_B = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning and "
         "hold officers to account when behaviour falls below acceptable standards.")
BWV_C = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking account "
         "of the safeguards in the College of Policing’s Authorised Professional Practice.")
BWV_2021 = BWV_A + "\n" + BWV_B + "\n" + BWV_C
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
    "scrutiny panels and MARAC self-assessments.")
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
    "and monitoring group.")
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
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
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
NCPI_DETENTION = (
    "Within six months Lancashire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested.")
NCPI_MISSING = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")

# HMICFRS comment texts, as seen on the register
C_NEW = "New recommendation"
C_UPD = "Force update received; awaiting HMICFRS review."
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_SUP23 = "Superseded by the findings of the PEEL 2023–25 inspection of the force."

AB, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, register id, report, type, text, status, status date, comment
# --------------------------------------------------------------------------------------------
H = [
    ("h1186", 1186, SAS13, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO, dt.date(2015, 6, 30), C_DONE),
    ("h1187", 1187, SAS13, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     CO, dt.date(2015, 6, 30), C_DONE),
    ("h1188", 1188, SAS13, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     CO, dt.date(2016, 2, 11), C_DONE),
    ("h2321", 2321, EVERYONE, NAT, EVERYONE_PLAN, SU, dt.date(2017, 3, 2), C_SUP),
    ("h4822", 4822, CORE, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", SU, dt.date(2017, 3, 2),
     C_SUP),
    ("h4823", 4823, CORE, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, dt.date(2023, 7, 14), C_REV),
    ("h902", 902, INTEGRITY, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.",
     CO, dt.date(2016, 9, 8), C_DONE),
    ("h5310", 5310, PICTURE, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", BP, dt.date(2023, 7, 14), C_MON),
    ("h5720", 5720, FIREARMS, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, dt.date(2017, 1, 19), C_DONE),
    ("h5721", 5721, FIREARMS, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, dt.date(2023, 7, 14),
     C_MON),
    ("h5722", 5722, FIREARMS, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     CO, dt.date(2019, 4, 4), C_DONE),
    ("h5723", 5723, FIREARMS, NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     AB, dt.date(2024, 6, 20), C_UPD),
    ("h5724", 5724, FIREARMS, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, dt.date(2023, 7, 14), C_MON),
    ("h8601", 8601, STOLEN, NAT, SF_LEADERSHIP, BP, dt.date(2023, 7, 14), C_MON),
    ("h8602", 8602, STOLEN, NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", BP, dt.date(2023, 7, 14),
     C_MON),
    ("h8603", 8603, STOLEN, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     CO, dt.date(2019, 10, 17), C_DONE),
    ("h8604", 8604, STOLEN, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, dt.date(2023, 7, 14), C_MON),
    ("h8605", 8605, STOLEN, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", AB, dt.date(2024, 6, 3),
     C_UPD),
    ("h8606", 8606, STOLEN, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", CO, dt.date(2021, 11, 25), C_DONE),
    ("h8607", 8607, STOLEN, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, dt.date(2023, 7, 14), C_MON),
    ("h8620", 8620, EFC17, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", CO, dt.date(2020, 2, 6), C_DONE),
    ("h8541", 8541, LEG17, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, dt.date(2023, 7, 14), C_MON),
    ("h8542", 8542, LEG17, NAT, SAS_MONITORING_2017, CO, dt.date(2020, 2, 6), C_DONE),
    ("h8543", 8543, LEG17, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", CO, dt.date(2022, 3, 10), C_DONE),
    ("h8544", 8544, LEG17, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, dt.date(2023, 7, 14), C_MON),
    ("h8545", 8545, LEG17, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", BP,
     dt.date(2023, 7, 14), C_MON),
    ("h9105", 9105, NCPI, REC, NCPI_DETENTION, CO, dt.date(2020, 9, 24), C_DONE),
    ("h9106", 9106, NCPI, REC, NCPI_MISSING, BP, dt.date(2023, 7, 14), C_MON),
    ("h10412", 10412, CDI, REC, CDI_VICTIMS, BP, dt.date(2023, 7, 14), C_MON),
    ("h10413", 10413, CDI, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     CO, dt.date(2021, 6, 17), C_CDI),
    ("h10414", 10414, CDI, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", CO, dt.date(2021, 6, 17), C_CDI),
    ("h12011", 12011, POWERS, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     BP, dt.date(2023, 7, 14), C_MON),
    ("h12012", 12012, POWERS, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", CO, dt.date(2023, 2, 9), C_DONE),
    ("h12013", 12013, POWERS, NAT, BWV_2021, BP, dt.date(2023, 7, 14), C_MON),
    ("h12015", 12015, POWERS, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", AB, dt.date(2024, 6, 3),
     C_UPD),
    ("h13301", 13301, PEEL21, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", BP, dt.date(2023, 7, 14), C_MON),
    ("h13302", 13302, PEEL21, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.", BP,
     dt.date(2023, 7, 14), C_MON),
    ("h13303", 13303, PEEL21, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", BP, dt.date(2023, 7, 14), C_MON),
    ("h13304", 13304, PEEL21, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", CO, dt.date(2024, 1, 25), C_DONE),
    ("h13305", 13305, PEEL21, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, dt.date(2023, 7, 14), C_MON),
    ("h13306", 13306, PEEL21, AFI,
     "The force should review the support available for those who have raised concerns and take "
     "any action needed to make sure these provisions are suitable.", CO,
     dt.date(2023, 11, 30), C_DONE),
    ("h13307", 13307, PEEL21, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", SU, dt.date(2024, 3, 19),
     C_SUP23),
    ("h13308", 13308, PEEL21, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", BP, dt.date(2023, 7, 14), C_MON),
    ("h16201", 16201, PEEL23, COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16202", 16202, PEEL23, REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     AB, dt.date(2024, 3, 19), C_NEW),
    ("h16203", 16203, PEEL23, REC,
     "Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16204", 16204, PEEL23, AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16205", 16205, PEEL23, AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.", AB,
     dt.date(2024, 3, 19), C_NEW),
    ("h16206", 16206, PEEL23, AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16207", 16207, PEEL23, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16208", 16208, PEEL23, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16209", 16209, PEEL23, AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working with "
     "local communities and partners.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16210", 16210, PEEL23, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16211", 16211, PEEL23, AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16212", 16212, PEEL23, AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to serious and organised crime.", CO, dt.date(2024, 10, 10), C_DONE),
    ("h16213", 16213, PEEL23, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", AB, dt.date(2024, 3, 19), C_NEW),
    ("h16214", 16214, PEEL23, AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", AB, dt.date(2024, 3, 19), C_NEW),
]
HBY = {h[0]: h for h in H}

# --------------------------------------------------------------------------------------------
# The force's SharePoint list
# --------------------------------------------------------------------------------------------
# Lookup target list "HMICFRS Reports": list-item id -> title (ids 19, 20 were deleted; 21 is a
# second entry someone created for PEEL 2023-25).
RPT = {
    1: "Stop and Search 2013", 2: "Everyone's Business (DA) 2014", 3: "Core Business 2014",
    4: "Integrity Matters 2015", 5: "Stop & search powers 2", 6: "Building the Picture 2015",
    7: "Firearms licensing 2015", 8: "Stolen Freedom (MSHT) 2017",
    9: "PEEL Efficiency 17 (all forces)", 10: "PEEL Legit 17 S&S", 11: "PEEL 2021/22",
    12: "PEEL 2023/25", 13: "CDI 2019", 14: "Police powers spotlight (Feb 21)", 15: "NCPI 2018",
    16: "Custody inspection 2022", 17: "Force Improvement Plan", 18: "MSHT Force Plan",
    21: "PEEL 2023-25",
}


def lookup(*ids: int) -> str:
    return ";#".join(f"{i};#{RPT[i]}" for i in ids)


# People (person column raw form "Surname, Forename;#user id")
PEOPLE = {
    "smith": ("Smith, Jo", 34), "khan": ("Khan, Aisha", 57), "ward": ("Ward, Peter (DCI)", 63),
    "brennan": ("Brennan, Liam", 29), "okafor": ("Okafor, Grace", 71),
    "hughes": ("Hughes, Ceri", 41), "taylor": ("Taylor, Mark (Supt)", 18),
    "murray": ("Murray, Claire", 52), "patel": ("Patel, Raj", 88),
    "ppsmt": ("Public Protection SMT", 112), "nolan": ("Nolan, Kieran (C/Insp)", 96),
}


def person(*keys: str) -> str:
    return ";#".join(f"{PEOPLE[k][0]};#{PEOPLE[k][1]}" for k in keys)


FT_REC, FT_AFI, FT_COC, FT_NAT, FT_LOC = ("Recommendation", "Area for Improvement",
                                          "Cause of Concern", "National Recommendation",
                                          "Local Action")
S_NS, S_IP, S_PSO, S_SUB, S_CL, S_NA = ("Not started", "In progress", "Pending sign off",
                                        "Submitted to HMICFRS", "Closed",
                                        "Not applicable to force")
FORCE_DONE = {S_PSO, S_SUB, S_CL, S_NA}

EXPORT = dt.datetime(2024, 11, 1, 8, 47, 12)


def straight(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def dashes(s: str) -> str:
    s = re.sub(r"\s*•\s*", "\n- ", s)
    return s.replace("\n\n- ", "\n- ").strip()


# Each force row: dict. key "h" = HMICFRS key it belongs to (None: force only); "cat", "why".
F: list[dict] = []


def frow(sp_id, title, report, ref, ftype, text, lead, status, target, progress, *, h=None,
         cat, why, submitted=None, gov="", created=None, created_by="hughes", modified=None,
         modified_by=None):
    F.append(dict(sp_id=sp_id, title=title, report=report, ref=ref, ftype=ftype, text=text,
                  lead=lead, status=status, target=target, progress=progress, h=h, cat=cat,
                  why=why, submitted=submitted, gov=gov, created=created,
                  created_by=created_by, modified=modified, modified_by=modified_by))


D = dt.date
MIG = dt.datetime(2023, 10, 16, 14, 2, 0)   # bulk import from the old Excel tracker

# ---- national reports ------------------------------------------------------------------------
frow(1, "S&S 2013 Rec 2", lookup(1), "", FT_NAT, HBY["h1187"][4], person("taylor"), S_CL,
     D(2014, 3, 31), "Stop search monitoring dashboard live since 2015 and reviewed at the "
     "Stop Search Scrutiny Panel. Closed by HMIC.", h="h1187", cat="in_sync",
     why="closed both: HMICFRS Complete, force Closed; text verbatim; Title 'Rec 2' is the "
         "force's own number")
frow(2, "S&S 2013 Rec 3", lookup(1), "", FT_NAT, straight(HBY["h1188"][4]), person("taylor"),
     S_IP, D(2014, 3, 31), "Scrutiny panel terms of reference being refreshed with the OPCC; "
     "youth engagement sessions planned for the new year.", h="h1188",
     cat="closeable_local",
     why="HMICFRS Complete, force In progress; matched to the 2013 report (lookup 1), not the "
         "near-identical 2015 rec on row with lookup 5")
frow(3, "Everyone's Business - DA action plan", lookup(2), "2321", FT_NAT,
     EVERYONE_PLAN_RUN_ON, person("ppsmt"), S_CL, D(2014, 9, 30),
     "Action plan published Sept 2014. Now covered by the DA Delivery Plan. HMIC superseded "
     "this via PEEL Effectiveness.", h="h2321", cat="in_sync",
     why="closed both: HMICFRS Superseded, force Closed; force text has the next paragraph run "
         "on, same recommendation")
frow(4, "Core Business Rec 1", lookup(3), "", FT_NAT, HBY["h4822"][4], person("okafor"), S_IP,
     D(2015, 3, 31), "THRIVE refresh in the contact centre. Criteria being rewritten as part of "
     "the contact management programme.", h="h4822", cat="closeable_local",
     why="HMICFRS Superseded (closed), force In progress")
frow(5, "Integrity Matters - NFA misconduct", lookup(4), "902", FT_NAT,
     straight(HBY["h902"][4]), person("murray"), S_CL, D(2015, 8, 31),
     "Dip sampling of NFA outcomes by the Appropriate Authority. Closed.", h="h902",
     cat="in_sync", why="closed both: Complete / Closed; curly quotes straightened")
frow(6, "Building the Picture", lookup(6), "", FT_NAT, HBY["h5310"][4], person("patel"), S_PSO,
     D(2015, 11, 30), "Information Management Board now receives the quarterly MoPI audit "
     "report; records review categories adjusted. Evidence pack with chief officer lead for "
     "sign off.", h="h5310", cat="closeable_submit",
     why="HMICFRS Being progressed, force Pending sign off (done)", gov=";#Information "
     "Management Board;#")
frow(7, "FL Rec 1", lookup(7), "", FT_NAT, HBY["h5720"][4], person("nolan"), S_CL,
     D(2015, 12, 15), "Governance reviewed against APP. Closed.", h="h5720", cat="in_sync",
     why="closed both")
frow(8, "FL Rec 2", lookup(7), "", FT_NAT, HBY["h5721"][4], person("nolan"), S_CL,
     D(2015, 12, 15), "Demand review completed; two additional enquiry officers funded from "
     "April 2024. Backlog within 8 weeks. Complete.", h="h5721", cat="closeable_submit",
     why="HMICFRS Being progressed, force Closed; 'FL Rec 2' is the force's own number")
frow(9, "FL Rec 3", lookup(7), "", FT_NAT, straight(HBY["h5722"][4]), person("nolan"), S_IP,
     D(2015, 12, 15), "Monthly check of total expired records on NFLMS being set up with the "
     "Firearms Licensing Manager.", h="h5722", cat="closeable_local",
     why="HMICFRS Complete, force In progress")
frow(10, "FL Rec 4", lookup(7), "", FT_NAT, HBY["h5723"][4], person("nolan"), S_SUB,
     D(2015, 12, 15), "Temporary permit process audited Feb 2024: all permits on NFLMS within "
     "24 hours. Submitted to HMICFRS for closure 14/06/2024.", h="h5723",
     cat="closeable_submit", why="HMICFRS Awaiting review, force Submitted to HMICFRS (done)",
     submitted=D(2024, 6, 14))
sf_force = SF_LEADERSHIP.split("\n")
sf_force = "\n".join(sf_force[:4]).replace(" and\n", "\n").rstrip("; and") .rstrip(";") + "."
sf_force = sf_force.replace("modern slavery and human trafficking, to ensure",
                            "MSHT, to ensure").replace("• ", "- ")
frow(11, sf_force.replace("\n", " ")[:255], lookup(8), "8601", FT_NAT, sf_force, person("ward"), S_IP,
     D(2018, 10, 24), "MSHT Board chaired by ACC Crime; every MSHT referral now allocated to "
     "the Exploitation team.", h="h8601", cat="conflict",
     why="same rec (ref 8601) but the force text has only three of the four bullets: the "
         "performance and quality assurance bullet is missing; Title is the text cut at 255")
frow(12, "MSHT info sharing agreements", lookup(8), "", FT_NAT,
     "Within twelve months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.",
     person("ward"), S_PSO, D(2018, 10, 24), "ISAs signed with the three local authorities and "
     "the GLAA. Awaiting sign off by ACC Crime.", h="h8602", cat="conflict",
     why="timescale differs: HMICFRS 'Within six months', force 'Within twelve months'")
frow(13, "MSHT s45 defence", lookup(8, 18), "", FT_NAT, HBY["h8603"][4], person("ward", "khan"),
     S_CL, D(2018, 1, 24), "s45 defence aide-memoire issued to investigators and CPS liaison. "
     "Closed.", h="h8603", cat="in_sync",
     why="closed both; Report is a multi-value lookup (Stolen Freedom + MSHT Force Plan); two "
         "leads in the person field")
frow(14, "MSHT NRM compliance", lookup(8), "", FT_NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
     "victim of MSHT.", person("ward"), S_CL, D(2018, 1, 24),
     "NRM/duty to notify now via the Modern Slavery Portal; monthly compliance check by the "
     "FCR. Completed. Evidence submitted to HMICFRS for closure.", h="h8604",
     cat="closeable_submit", why="HMICFRS Being progressed, force Closed; force text "
     "abbreviated (HO, MSHT)", submitted=D(2024, 5, 2))
frow(15, "MSHT NCRS compliance", lookup(8), "", FT_NAT, HBY["h8605"][4], person("brennan"),
     S_IP, D(2018, 1, 24), "MSHT added to the FCR audit plan for 2024/25.", h="h8605",
     cat="in_sync", why="open both: HMICFRS Awaiting review, force In progress")
frow(16, "MSHT investigation and supervision", lookup(8), "", FT_NAT, HBY["h8606"][4],
     person("ward"), S_IP, D(2018, 1, 24), "Exploitation team reviewing all live MSHT "
     "investigations; supervision standards in draft.", h="h8606", cat="closeable_local",
     why="HMICFRS Complete, force In progress")
frow(17, "Digital plan (PEEL Eff 17)", lookup(9), "", FT_NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.", person("patel"), S_CL, D(2018, 9, 30),
     "Digital Policing Strategy 2018-21 approved. Closed.", h="h8620", cat="in_sync",
     why="closed both; force kept only the first sentence (the rest is aimed at the Home "
         "Office/NPCC/APCC), same rec")
frow(18, "S&S cause of concern", lookup(10), "8541", FT_COC, HBY["h8541"][4], person("taylor"),
     S_IP, D(2018, 7, 31), "Disproportionality work continues through the Stop Search "
     "Scrutiny Panel and the Race Action Plan.", h="h8541", cat="in_sync",
     why="open both; cause of concern on both sides")
frow(19, "S&S monitoring data", lookup(10), "", FT_NAT, dashes(HBY["h8542"][4]),
     person("taylor"), S_CL, D(2018, 7, 31), "Monthly S&S data pack to the panel since 2018. "
     "Closed.", h="h8542", cat="in_sync", why="closed both; bullets re-typed as '- ' lines")
frow(20, "S&S disparities", lookup(10), "", FT_NAT, dashes(HBY["h8543"][4]), person("taylor"),
     S_PSO, D(2018, 7, 31), "Disparity analysis published on the force website. With ACC for "
     "sign off.", h="h8543", cat="in_sync",
     why="closed both: HMICFRS Complete, force Pending sign off (done)")
frow(21, "S&S publish annually", lookup(10), "#8544", FT_NAT, HBY["h8544"][4], person("taylor"),
     S_CL, D(2018, 7, 31), "Annual S&S report published each July since 2019. Complete.",
     h="h8544", cat="closeable_submit", why="HMICFRS Being progressed, force Closed; ref "
         "written '#8544'")
frow(22, "S&S unconscious bias training", lookup(14), "8545", FT_NAT, HBY["h8545"][4],
     person("smith"), S_IP, D(2021, 7, 31), "Unconscious bias input added to the stop and "
     "search refresher; 71% of officers trained.", h="h8545", cat="conflict",
     why="report differs: force filed it under 'Police powers spotlight (Feb 21)' (lookup 14); "
         "HMICFRS has it under PEEL legitimacy 2017 (ref 8545 agrees)")
frow(23, "Powers Rec 1 - comms skills", lookup(14), "", FT_NAT, HBY["h12011"][4],
     person("smith"), S_IP, D(2022, 7, 31), "Conflict management and communication skills "
     "module in the 2024 OST programme.", h="h12011", cat="in_sync", why="open both")
frow(24, "Powers Rec 2 - CPD and BWV debriefs", lookup(14), "", FT_NAT,
     HBY["h12012"][4].replace("continuing professional development", "CPD"), person("smith"),
     S_IP, D(2021, 7, 31), "Sergeants' BWV debrief guide in draft.", h="h12012",
     cat="closeable_local", why="HMICFRS Complete, force In progress")
frow(25, "Powers Rec 3(a) - BWV recording", lookup(14), "12013", FT_NAT, BWV_A,
     person("smith"), S_CL, D(2021, 9, 30), "BWV policy mandates recording of all S&S and use "
     "of force. Complete.", h="h12013", cat="closeable_submit",
     why="split row 1 of 3 of rec 12013; all three parts Closed, HMICFRS Being progressed")
frow(26, "Powers Rec 3(b) - BWV internal review", lookup(14), "12013", FT_NAT,
     BWV_B[0].upper() + BWV_B[1:], person("smith"), S_CL, D(2021, 9, 30),
     "Monthly dip sample of BWV by the Stop Search team. Complete.", h="h12013",
     cat="closeable_submit", why="split row 2 of 3 of rec 12013; Closed")
frow(27, "Powers Rec 3(c) - BWV scrutiny panel access", lookup(14), "12013", FT_NAT,
     straight(BWV_C[0].upper() + BWV_C[1:]), person("smith"), S_CL, D(2021, 9, 30),
     "Panel members view BWV at each meeting. Complete.", h="h12013", cat="closeable_submit",
     why="split row 3 of 3 of rec 12013; Closed")
frow(28, "Powers Rec 4 - HO/NPCC data", lookup(14), "", FT_NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "", S_NA, None,
     "Not the force's responsibility to deliver; dependent upon another organisation.",
     cat="not_on_hmicfrs_list",
     why="recommendation addressed to the Home Office and NPCC; not on the force's definitive "
         "list; force marks it Not applicable to force")
frow(29, "Powers Rec 5 - use of force monitoring", lookup(14), "", FT_NAT, HBY["h12015"][4],
     person("smith"), S_IP, D(2021, 7, 31), "Use of force dashboard in development with the "
     "Performance team.", h="h12015", cat="in_sync", why="open both")
frow(30, "S&S 2 (2015) - explain to public", lookup(5), "", FT_NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     person("taylor"), S_CL, D(2015, 9, 30), "Closed by HMIC 2016.", cat="not_on_hmicfrs_list",
     why="Stop and search powers 2 (2015) rec: not on the HMICFRS list (closed and dropped); "
         "near-identical to the 2013 rec 1188 but a different report")
# ---- force-level reports ---------------------------------------------------------------------
frow(31, "NCPI Rec 1 - detention of children", lookup(15), "9105", FT_REC,
     dashes(straight(NCPI_DETENTION)).replace("accommodation", "accomodation"),
     person("ppsmt"), S_CL, D(2018, 12, 28), "Custody/CSC protocol signed; PACE beds "
     "requested for every charged child. Closed.", h="h9105", cat="in_sync",
     why="closed both; force text re-bulleted, one misspelling")
frow(32, "NCPI Rec 2 - missing children", lookup(15), "", FT_REC, NCPI_MISSING,
     person("ppsmt"), S_PSO, D(2018, 6, 28), "Missing from home SOP rewritten; absent category "
     "removed in line with APP. Ready to move to GREEN status.", h="h9106",
     cat="closeable_submit", why="HMICFRS Being progressed, force Pending sign off")
for i, b in enumerate(CDI_BULLETS, 1):
    frow(32 + i, f"CDI Rec 1 (bullet {i} of 5)", lookup(13), "10412", FT_REC,
         CDI_STEM + " " + b.rstrip(";").removesuffix("; and").rstrip(";"),
         person("brennan"), S_IP, D(2020, 3, 12),
         ["Believe at point of report in the crime recording input; dip sample by FCR.",
          "Incident log QA by contact centre supervisors.",
          "Multiple crime recording in the FCR audit programme.",
          "Awaiting results practice stopped; audit to confirm.",
          "Online reports triaged by the Digital Desk; THRIVE applied."][i - 1],
         h="h10412", cat="in_sync",
         why=f"split row {i} of 5 of CDI rec 10412 (one list item per bullet); open both")
frow(38, "CDI Rec 2 - THR criteria", lookup(13), "10413", FT_REC, HBY["h10413"][4],
     person("okafor"), S_CL, D(2019, 12, 12), "THRIVE criteria issued to all call handlers. "
     "Closed.", h="h10413", cat="in_sync", why="closed both")
frow(39, "CDI AFI 1 - RASSO recording", lookup(13), "10414", FT_AFI, HBY["h10414"][4],
     person("brennan"), S_PSO, None, "RASSO recording compliance 96% in latest FCR audit.",
     h="h10414", cat="in_sync", why="closed both: HMICFRS Complete, force Pending sign off")
frow(40, "AFI 1", lookup(11), "#13301", FT_AFI, HBY["h13301"][4].replace(
     "released under investigation", "RUI"), person("khan"), S_CL, D(2023, 3, 31),
     "RUI/bail performance in the monthly Force Performance pack. Complete.", h="h13301",
     cat="closeable_submit", why="HMICFRS Being progressed, force Closed; 'AFI 1' is the "
     "force's own number")
frow(41, "AFI 2", lookup(11), "#13302", FT_AFI, HBY["h13302"][4].replace(
     "domestic abuse", "DA"), person("ppsmt"), S_IP, D(2023, 3, 31),
     "VCOP compliance audit scheduled.", h="h13302", cat="in_sync", why="open both")
frow(42, "AFI 3", lookup(11), "#13303", FT_REC, HBY["h13303"][4], person("okafor"), S_IP,
     D(2023, 3, 31), "Right Care Right Person go-live Oct 2024.", h="h13303", cat="conflict",
     why="type differs: HMICFRS Area for improvement, force Recommendation")
frow(43, "AFI 4", lookup(11), "#13304", FT_AFI, HBY["h13304"][4].replace(
     "governance", "goverance"), person("murray"), S_IP, D(2023, 3, 31),
     "Vetting backlog down to 140; renewals on track.", h="h13304", cat="closeable_local",
     why="HMICFRS Complete, force In progress")
frow(44, "AFI 5", lookup(11), "#13305", FT_AFI, HBY["h13305"][4], person("ward"), S_IP,
     D(2023, 3, 31), "Two additional POLIT investigators recruited; third post advertised.",
     h="h13305", cat="in_sync",
     why="open both; not to be confused with the PEEL 2023-25 online CSA AFI 16213")
frow(45, "AFI 6", lookup(11), "#13306", FT_AFI, HBY["h13306"][4], person("murray"), S_CL,
     D(2023, 3, 31), "Speak Up support offer reviewed. Closed.", h="h13306", cat="in_sync",
     why="closed both")
frow(46, "AFI 7", lookup(11), "#13307", FT_AFI, HBY["h13307"][4], person("murray"), S_IP,
     D(2023, 3, 31), "Strategic Workforce Plan 2024-27 in draft.", h="h13307",
     cat="closeable_local", why="HMICFRS Superseded (closed), force In progress")
frow(47, "AFI 8", "", "", FT_AFI, HBY["h13308"][4], person("ward"), S_PSO, D(2023, 3, 31),
     "County lines intelligence requirement set; Op Sentinel tasking. Pending sign off.",
     h="h13308", cat="closeable_submit",
     why="HMICFRS Being progressed, force Pending sign off; Report lookup left blank and no "
         "ref: text decides")
frow(48, "AFI 9", lookup(11), "", FT_AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     person("khan"), S_IP, D(2023, 3, 31), "AFI taken from the draft report - check final "
     "wording.", cat="not_on_hmicfrs_list",
     why="no such AFI on the HMICFRS list (taken from the draft report per the progress note)")
# ---- local actions (ids 49-51 deleted) --------------------------------------------------------
frow(52, "FIP 1 - stalking policy T&F", lookup(17), "", FT_LOC,
     "Task & Finish group to review the stalking and harassment policy and report to the Force "
     "Executive Team", person("ppsmt"), S_IP, D(2024, 12, 31), "T&F group met twice.",
     cat="not_on_hmicfrs_list", why="force's own local action",
     created=dt.datetime(2024, 1, 22, 10, 14, 3), created_by="khan")
frow(53, "FIP 2 - DA dip sample", lookup(17), "", FT_LOC,
     "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
     "Standards Board", person("brennan"), S_IP, D(2025, 3, 31), "Q1 and Q2 done.",
     cat="not_on_hmicfrs_list", why="force's own local action",
     created=dt.datetime(2024, 1, 22, 10, 19, 48), created_by="khan")
frow(54, "MSHT plan - ISP with local authorities", lookup(18), "", FT_LOC,
     "Agree an information-sharing protocol on modern slavery and human trafficking with the "
     "local authorities", person("ward"), S_CL, D(2024, 6, 30), "Protocol signed.",
     cat="not_on_hmicfrs_list",
     why="force's own local action (MSHT Force Plan), close in wording to rec 8602 but not it",
     created=dt.datetime(2024, 1, 22, 10, 26, 31), created_by="khan")
# ---- PEEL 2023-25 (added April 2024) ---------------------------------------------------------
P = dt.datetime(2024, 4, 2, 11, 30, 0)
frow(56, "CoC 1", lookup(12), "Ref 16201", FT_COC,
     "The force does not have the capacity or capability to investigate crime effectively. "
     "There are failings in the way that crimes are being investigated.", person("khan"), S_IP,
     D(2024, 9, 19), "Investigation Improvement Plan in place; Gold group fortnightly.",
     h="h16201", cat="in_sync", why="open both; cause of concern on both sides, abridged",
     created=P)
frow(57, "CoC 1 - Rec 1", lookup(12), "Ref 16202", FT_REC, HBY["h16202"][4].replace(
     "supervision", "supervison", 1), person("khan", "brennan"), S_IP, D(2024, 9, 19),
     "Supervisor review template live on Niche; compliance 62%.", h="h16202", cat="in_sync",
     why="open both", created=P)
frow(58, "CoC 1 - Rec 2", lookup(12), "Ref 16203", FT_REC, HBY["h16203"][4],
     person("patel"), S_SUB, D(2024, 9, 19), "Digital forensics backlog cleared; kiosks in "
     "all hubs. Submitted to HMICFRS 30/09/2024.", h="h16203", cat="closeable_submit",
     why="HMICFRS Awaiting review, force Submitted to HMICFRS", submitted=D(2024, 9, 30),
     created=P)
frow(59, "AFI 1", lookup(12), "Ref 16204", FT_AFI, HBY["h16204"][4], person("ppsmt"), S_IP,
     D(2025, 3, 31), "VAWG problem profile commissioned.", h="h16204", cat="in_sync",
     why="open both; its duplicate list item (Title 'DUPLICATE - see ID 59') is the force-only "
         "row", created=P)
frow(60, "AFI 2", lookup(21), "Ref 16205", FT_AFI, HBY["h16205"][4], person("ppsmt"), S_IP,
     D(2025, 3, 31), "Stalking cases now allocated to PPU.", h="h16205", cat="in_sync",
     why="open both; filed under the second Reports entry 'PEEL 2023-25' (lookup 21)",
     created=P)
frow(61, "AFI 3", lookup(12), "Ref 16206", FT_AFI, straight(HBY["h16206"][4]),
     person("okafor"), S_NS, D(2025, 3, 31), "", h="h16206", cat="in_sync",
     why="open both: HMICFRS Awaiting review, force Not started", created=P)
frow(62, "AFI 4", lookup(12), "Ref 16207", FT_AFI, HBY["h16207"][4], person("murray"), S_CL,
     D(2024, 9, 30), "Confidential reporting line relaunched; whistleblowing policy on the "
     "intranet. Complete.", h="h16207", cat="closeable_submit",
     why="HMICFRS Awaiting review, force Closed", created=P)
frow(63, "AFI 5", lookup(12), "Ref 16280", FT_AFI, HBY["h16208"][4], person("murray"), S_IP,
     D(2025, 3, 31), "Diversity data self-declaration campaign.", h="h16208", cat="conflict",
     why="reference differs: force 'Ref 16280', HMICFRS 16208 (no 16280 on the list); text "
         "identical", created=P)
frow(64, HBY["h16209"][4], lookup(12), "Ref 16209", FT_AFI, "", person("taylor"), S_IP,
     D(2025, 3, 31), "Neighbourhood problem-solving training booked.", h="h16209",
     cat="in_sync", why="open both; the text is only in Title, Recommendation Text empty",
     created=P)
frow(65, "AFI 7", lookup(21), "Ref 16211", FT_AFI, HBY["h16211"][4], person("murray"), S_IP,
     D(2025, 3, 31), "Talent management framework in draft.", h="h16211", cat="in_sync",
     why="open both; lookup 21 'PEEL 2023-25'; 'AFI 7' is the force's number (HMICFRS's "
         "seventh AFI is 16210, missing from the tracker)", created=P)
frow(66, "AFI 8", lookup(12), "Ref 16212", FT_AFI, HBY["h16212"][4], person("ward"), S_IP,
     D(2025, 3, 31), "SOC performance framework to be agreed at the Force Performance Board.",
     h="h16212", cat="closeable_local", why="HMICFRS Complete, force In progress", created=P)
frow(67, "AFI 9", lookup(12), "Ref 16213", FT_AFI, HBY["h16213"][4], person("ward"), S_IP,
     D(2025, 3, 31), "RSO risk management review with the MOSOVO team.", h="h16213",
     cat="in_sync", why="open both", created=P)
frow(68, "AFI 10", lookup(12), "Ref 16214", FT_AFI, HBY["h16214"][4].replace(
     "honour-based abuse", "HBA"), person("ppsmt"), S_CL, D(2024, 9, 30),
     "HBA e-learning completed by 93% of frontline officers. Complete.", h="h16214",
     cat="closeable_submit", why="HMICFRS Awaiting review, force Closed", created=P)
frow(70, "DUPLICATE - see ID 59", lookup(12), "", FT_AFI, HBY["h16204"][4], person("khan"),
     S_NS, None, "", cat="not_on_hmicfrs_list",
     why="duplicate list item of ID 59 (same AFI 16204), marked DUPLICATE by the force",
     created=dt.datetime(2024, 4, 9, 16, 41, 7), created_by="khan")

MISSING = {
    "h1186": "not in the tracker (rec addressed to chief constables and the College; HMICFRS "
             "Complete)",
    "h4823": "not in the tracker; HMICFRS still Being progressed",
    "h5724": "not in the tracker (the force's FL Rec 1-4 cover 5720-5723 only)",
    "h8607": "not in the tracker; the force's MSHT Force Plan action is a different thing",
    "h16210": "not in the tracker; the force numbered its PEEL 2023-25 AFIs without it",
}

# --------------------------------------------------------------------------------------------
# Fill the derived SharePoint columns
# --------------------------------------------------------------------------------------------
GOV = ["", ";#JAC;#", ";#Force Executive Board;#", ";#Force Executive Board;#JAC;#",
       ";#Force Performance Board;#"]
EDITORS = ["hughes", "khan", "murray", "brennan", "ward", "taylor", "okafor", "patel", "smith"]


def rich(text: str) -> str:
    if not text:
        return ""
    tag = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    body = (text.replace("&", "&amp;").replace(":", "&#58;").replace("<", "&lt;")
            .replace(">", "&gt;"))
    parts = [p.strip() for p in re.split(r"(?<=\.) (?=[A-Z])", body)]
    if len(parts) > 1 and rng.random() < 0.4:
        inner = "".join(f"<p>{p}</p>" for p in parts)
    elif rng.random() < 0.3:
        inner = f"<p>{body}&#160;</p>"
    else:
        inner = f"<p>{body}</p>"
    return f'<div class="ExternalClass{tag}">{inner}</div>'


def spdate(x) -> str:
    if x is None:
        return ""
    if isinstance(x, dt.datetime):
        return x.strftime("%d/%m/%Y %H:%M:%S")
    return x.strftime("%d/%m/%Y") + " 00:00:00"


for r in F:
    if r["created"] is None:
        r["created"] = MIG + dt.timedelta(seconds=7 * r["sp_id"] + rng.randint(0, 5))
    if r["created"] == P:   # bulk add of the PEEL 2023-25 items
        r["created"] = P + dt.timedelta(seconds=9 * (r["sp_id"] - 55) + rng.randint(0, 4))
    if r["modified"] is None:
        lo = r["created"].date() + dt.timedelta(days=1)
        if r["submitted"] is not None:
            lo = max(lo, r["submitted"])
        days = (EXPORT.date() - dt.timedelta(days=2) - lo).days
        day = lo + dt.timedelta(days=rng.randint(0, days))
        r["modified"] = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59),
                                                         rng.randint(0, 59)))
    if r["modified_by"] is None:
        r["modified_by"] = rng.choice(EDITORS)
    if not r["gov"]:
        r["gov"] = rng.choice(GOV)
    done = r["status"] in FORCE_DONE
    overdue = (not done) and r["target"] is not None and r["target"] < EXPORT.date()
    r["overdue"] = "string;#Overdue" if overdue else "string;#"

HEAD = ["ID", "Title", "Report", "HMICFRS Ref", "Recommendation Type", "Recommendation Text",
        "Lead Officer", "Status", "Target Date", "Date Submitted to HMICFRS", "Progress Update",
        "Governance Route", "Overdue", "Created", "Created By", "Modified", "Modified By"]


def build_tracker() -> tuple[bytes, dict[int, int]]:
    rows = sorted(F, key=lambda r: r["sp_id"])
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEAD)
    rowno = {}
    for n, r in enumerate(rows, start=2):
        rowno[r["sp_id"]] = n
        w.writerow([
            r["sp_id"], r["title"], r["report"], r["ref"], r["ftype"], r["text"], r["lead"],
            r["status"], spdate(r["target"]), spdate(r["submitted"]), rich(r["progress"]),
            r["gov"], r["overdue"], spdate(r["created"]), person(r["created_by"]),
            spdate(r["modified"]), person(r["modified_by"]),
        ])
    return ("\ufeff" + buf.getvalue()).encode("utf-8"), rowno


# --------------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------------
HEADER_ROW = 5


def build_hmicfrs(path: Path) -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = ("HMICFRS monitoring – definitive list of recommendations, causes of concern and "
                "areas for improvement")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Force: {FORCE}"
    ws["A3"] = "List produced: 4 November 2024"
    hdr = ["Register ID", "Report title", "Published", "Type",
           "Recommendation / area for improvement / cause of concern", "Status", "Status date",
           "HMICFRS comment"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(HEADER_ROW, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rowno = {}
    order = sorted(H, key=lambda h: (h[2][1], h[1]))
    for n, h in enumerate(order, start=HEADER_ROW + 1):
        key, rid, (title, pub), typ, text, status, sdate, comment = h
        vals = [rid, title, pub, typ, text, status, sdate, comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(n, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (3, 7):
                cell.number_format = "dd/mm/yyyy"
        rowno[key] = n
    last = HEADER_ROW + len(order)
    ws.cell(last + 2, 1, "Status key").font = Font(bold=True)
    ws.cell(last + 3, 1, "Awaiting review – new item, or force update awaiting HMICFRS review.")
    ws.cell(last + 4, 1, "Being progressed – HMICFRS is monitoring the force's progress.")
    ws.cell(last + 5, 1, "Complete / Superseded – closed by HMICFRS; shown until the next "
                         "annual refresh of this list.")
    for col, wdt in zip("ABCDEFGH", (11, 42, 12, 22, 90, 17, 12, 50)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    fixed = dt.datetime(2024, 11, 4, 9, 0, 0)
    wb.properties.creator = "HMICFRS"
    wb.properties.created = fixed
    raw = io.BytesIO()
    wb.save(raw)
    # make the zip deterministic: fixed member timestamps and fixed core.xml dates
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-04T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())
    return rowno


# --------------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------------
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrow = build_hmicfrs(OUT / "hmicfrs.xlsx")
    data, frowno = build_tracker()
    (OUT / "tracker.csv").write_bytes(data)

    lines = []
    used_h = set()
    for r in sorted(F, key=lambda r: r["sp_id"]):
        hr = f"{SHEET}!{hrow[r['h']]}" if r["h"] else ""
        if r["h"]:
            used_h.add(r["h"])
        lines.append((hrow.get(r["h"], 10_000), frowno[r["sp_id"]], hr,
                      f"tracker.csv!{frowno[r['sp_id']]}", r["cat"],
                      f"SP ID {r['sp_id']}: {r['why']}"))
    for key, why in MISSING.items():
        assert key not in used_h
        lines.append((hrow[key], 0, f"{SHEET}!{hrow[key]}", "", "missing_from_force",
                      f"register {HBY[key][1]}: {why}"))
    assert used_h | set(MISSING) == set(HBY), set(HBY) - used_h - set(MISSING)
    lines.sort(key=lambda x: (x[0], x[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for *_, hr, fr, cat, why in lines:
        w.writerow([hr, fr, cat, why])
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
