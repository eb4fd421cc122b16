"""Build the evaluation case `pdf_forms_merged_csv` (round 76).

Story: HMICFRS's force liaison lead sent West Mercia Police its definitive list as a zip of
fillable PDF "recommendation record" forms, one per item, made from two versions of the form
(2022 and 2024). The force's Organisational Learning analyst merged the forms' field data into
one CSV with Acrobat (hmicfrs.csv, Windows-1252). The force side is the OL team's register
workbook (tracker.xlsx) with a live sheet and an archive sheet.

Run: /work/main/.venv/bin/python /tmp/indep76/build_pdf_forms_merged_csv.py
Deterministic: no clock, fixed workbook properties, byte-identical on every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil

import xlsxwriter

CASE = "pdf_forms_merged_csv"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from the project's text
# lists (casegen/texts/national.py, force.py, tracker.py) and /work/shared/data/
# real_recommendations.csv. The force-level items are West Mercia Police's own (PEEL 2018/19)
# or real force-level wording with the force's name put in where the source template has one.
# ---------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

T_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
T_EVERY = "Everyone's business: Improving the police response to domestic abuse"
T_AUST = "Policing in austerity: Meeting the challenge"
T_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
          "police time")
T_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
T_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
T_PIC = "Building the picture: an inspection of police information management"
T_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
T_EFF15 = "PEEL: Police efficiency 2015 – West Mercia Police"
T_EFF16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
T_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
T_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
T_EFF17WM = "PEEL: Police efficiency 2017 – West Mercia Police"
T_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
T_LEG17WM = "PEEL: Police legitimacy 2017 – West Mercia Police"
T_CDI = "Crime data integrity inspection 2018 – West Mercia Police"
T_NCPI = "National child protection inspection 2018 – West Mercia Police"
T_P1819 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
T_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
            "force")
T_P2122 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia Police"
T_P2325 = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – West Mercia Police"

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
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)

# Status comments as the register wrote them (research notes §1.2).
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
               "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_SUPER_P = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
             "inspections. Where a cause of concern still exists this will appear in the register "
             "against these subsequent inspections.")
C_NFA = ("No further action is required. This area of activity has subsequently been inspected "
         "each year, most recently in HMICFRS's PEEL Efficiency inspections.")

AB, BP, CO, SU, NF, OFF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                           "No further action required", "Off")
OPEN = {AB, BP, OFF}

# ---------------------------------------------------------------------------------------------
# HMICFRS items: (register id, form version, report, published as typed, type, text, status,
#                 comment, prefilled force update, closure evidence box)
# v1 = 2022 form (fields Text1 / Dropdown2 / Text3, published typed by hand)
# v2 = 2024 form (fields RegisterID / Type / RecommendationText / FormRef, date field)
# ---------------------------------------------------------------------------------------------
H = []


def h(rid, ver, rep, pub, typ, text, status, comment="", upd="", chk="Off"):
    H.append(dict(id=rid, ver=ver, report=rep, pub=pub, type=typ, text=text, status=status,
                  comment=comment, upd=upd, chk=chk))


# National items (v1 type list has no "National recommendation": they are "Recommendation").
h(1204, 1, T_SAS13, "09/07/2013", REC,
  "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This "
  "should be compliant with the Code of Practice.", CO, C_DONE)
h(1205, 1, T_SAS13, "09/07/2013", REC,
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law "
  "(including equality legislation and the Code of Practice), and that the power is used "
  "effectively to prevent crime, catch criminals and maintain public trust.", CO, C_AUTH)
h(1206, 1, T_SAS13, "09/07/2013", REC,
  "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.", BP, C_MON)
h(2321, 2, T_EVERY, "27-Mar-2014", NAT, EVERYONE_PLAN, SU, C_SUPER)
h(3107, 1, T_AUST, "July 2014", REC,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
  "doing all they can to continue to reduce crime and protect the front line while balancing "
  "their budgets. They should use the data and information contained in this report, and in "
  "HMIC's Value for Money profiles, when conducting their reviews", NF, C_NFA)
h(3108, 1, T_AUST, "July 2014", REC,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. "
  "HMIC will follow up the assessments in the autumn.", NF, C_NFA)
h(3109, 1, T_AUST, "July 2014", REC,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken the "
  "decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
  "will follow up the assessments in the autumn.", NF, C_NFA)
h(3110, 1, T_AUST, "July 2014", REC,
  "In preparation for the next spending round period all Chief Constables and PCCs should "
  "review their plans for collaboration. In particular they should consider whether there is "
  "scope to deliver better value for money and improved capability and capacity through joint "
  "working with other forces, the public and/or the private sector.", NF, C_NFA)
h(4822, 2, T_CORE, "04-Sep-2014", NAT,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not "
  "yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess threat, harm and risk.", BP, C_REVIEWING,
  "Evidence pack submitted 14/09/2023 (THRIVE+ QA results).", "Yes")
h(4823, 1, T_CORE, "04/09/2014", REC,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", BP, C_MON)
h(902, 1, T_INTEG, "30/01/2015", REC,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
  "in place to ensure that investigations into misconduct by officers and staff resulting in "
  "“no further action” are fair and free of any form of discrimination.", CO, C_DONE)
h(5561, 1, T_SAS15, "24/03/2015", REC,
  "Chief constables should, in consultation with police and crime commissioners, ensure that "
  "they comply with the Code of Practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example young people.", BP, C_MON)
h(5934, 1, T_PIC, "01/07/2015", REC,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
  "of compliance with the APP on information management through the force information "
  "management governance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.", AB)
h(6410, 1, T_FIRE, "15 September 2015", REC,
  "Within three months, all chief constables should assess how well the governance of firearms "
  "licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied "
  "with should put in place immediately the correct arrangements and procedures in order to "
  "meet the standards in full.", CO, C_DONE)
h(6411, 1, T_FIRE, "15 September 2015", REC,
  "Within three months, all chief constables should assess the demand placed on their firearms "
  "licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.", BP, C_MON)
h(6412, 1, T_FIRE, "15 September 2015", REC,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.", BP, "",
  "", "Yes")
h(6413, 1, T_FIRE, "15 September 2015", REC,
  "Within three months, all chief constables should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.", AB)
h(6414, 1, T_FIRE, "15 September 2015", REC,
  "Within three months, all chief constables should ensure that systems designed to identify, "
  "prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching officers "
  "to incidents; and that officers understand the risk assessment which they should be "
  "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
  "firearm certificates.", BP, C_MON)
# PEEL efficiency 2015 (West Mercia)
h(6020, 1, T_EFF15, "19/11/2015", AFI,
  "The force should undertake further work to gain a fuller understanding of current demand for "
  "its services, and likely future changes in demand. This is so it can make best use of its "
  "resources by matching them to demand to meet the needs of the public", CO, C_DONE)
h(6021, 1, T_EFF15, "19/11/2015", AFI,
  "The force should develop its understanding of the links between its outcomes, outputs and "
  "costs", BP)
h(6022, 1, T_EFF15, "19/11/2015", AFI,
  "The force should develop a future workforce plan that is aligned with its overall demand and "
  "budget. The plan should include future resource allocations, the mix of skills required by "
  "the workforce and behaviours expected of them.", BP, C_MON)
# PEEL effectiveness 2016 (West Mercia), published 2 March 2017
h(7210, 1, T_EFF16, "02/03/2017", COC,
  "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who "
  "fail to support the investigation and the low use of police powers of arrest and prosecution "
  "is a cause of concern to HMIC.", BP, C_MON)
h(7211, 1, T_EFF16, "02/03/2017", REC,
  "In order to improve the service it provides to victims of domestic abuse, offer the best "
  "possible protection and bring more perpetrators to justice, the force should immediately "
  "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
  BP, C_MON)
h(7212, 1, T_EFF16, "02/03/2017", REC,
  "To improve the service provided to victims of domestic abuse the force should immediately "
  "take steps to understand and address the reason behind why such a high proportion of victims "
  "of domestic abuse do not support the police investigation.", BP, C_MON)
h(7213, 2, T_EFF16, "02-Mar-2017", REC,
  "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
  "and dealing with domestic abuse in the resolution centre should cease", CO, C_AUTH)
h(7214, 1, T_EFF16, "02/03/2017", COC, MISSING_COC, BP, C_MON)
h(7215, 1, T_EFF16, "02/03/2017", REC, MISSING_REC, BP, C_MON,
  "Force update 11/2023: Missing Persons Policy rewritten; CSE awareness training 82% complete.")
# Stolen freedom (national)
h(7702, 1, T_STOLEN, "24/10/2017", REC, SF_LEADERSHIP, BP, C_MON)
h(7703, 1, T_STOLEN, "24/10/2017", REC,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", BP)
h(7704, 1, T_STOLEN, "24/10/2017", REC,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.", CO, C_DONE)
h(7705, 1, T_STOLEN, "24/10/2017", REC,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
  "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
  "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of "
  "modern slavery or human trafficking.", BP, C_MON, "Completed – evidence to follow", "Yes")
h(7706, 1, T_STOLEN, "24/10/2017", REC,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar to "
  "provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", AB)
h(7707, 1, T_STOLEN, "24/10/2017", REC,
  "Immediately, forces should ensure that allegations or indications of modern slavery and human "
  "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
  "with the skills and experience to undertake them (this should include the use where "
  "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
  "from agencies overseas).", BP, C_MON)
h(7708, 1, T_STOLEN, "24/10/2017", REC,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery "
  "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
  "clear threat to others in respect of modern slavery and human trafficking offences are "
  "exploited.", BP)
h(8120, 1, T_EFC17, "09/11/2017", REC,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development of "
  "these plans by establishing a national framework which allows for the provision of "
  "digitally enabled services across force boundaries.", BP, C_MON)
h(8133, 1, T_EFF17WM, "09/11/2017", AFI,
  "The force should ensure that it has sufficient resources available in the control room to "
  "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
  "wellbeing of its workforce.", BP, C_MON)
h(8541, 1, T_LEG17, "12/12/2017", COC,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
  "powers is consistently reasonable and fair. In particular, there is over-representation of "
  "BAME people, and black people in particular, in stop and search data which many forces are "
  "unable to explain.", BP, C_MON)
h(8542, 1, T_LEG17, "12/12/2017", REC, SAS_MONITORING_2017, BP, C_MON)
h(8543, 1, T_LEG17, "12/12/2017", REC,
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n"
  "•carried out research and analysis in an attempt to understand the reasons for the "
  "disparity, and •taken action to reduce the disparity, where necessary;", BP)
h(8544, 2, T_LEG17, "12-Dec-2017", NAT,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
  "from July 2018.", CO, C_DONE)
h(8545, 1, T_LEG17, "12/12/2017", REC,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use "
  "stop and search powers have been provided with, and understand, training on unconscious bias "
  "and College of Policing APP on stop and search.", BP, C_MON)
h(8571, 1, T_LEG17WM, "12/12/2017", COC,
  "The size of the vetting backlog within West Mercia Police is a cause of concern.", BP, C_MON)
h(8572, 1, T_LEG17WM, "12/12/2017", REC,
  "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting backlog "
  "and new vetting renewals when they become due so that it complies fully with the national "
  "vetting guidelines.", BP, C_MON)
h(9021, 1, T_CDI, "June 2018", REC, CDI_VICTIMS, BP, C_MON)
h(9310, 1, T_NCPI, "September 2018", REC, NCPI_DETENTION, BP, C_MON, "", "Yes")
# PEEL 2018/19 (West Mercia), real items
h(9512, 1, T_P1819, "02/05/2019", COC,
  "The force does not have the capacity or capability to investigate crime effectively and this "
  "is affecting the service being provided to the public. There are failings in the way that "
  "crimes are being investigated.", BP, C_MON)
h(9513, 1, T_P1819, "02/05/2019", COC,
  "The force does not have suitable arrangements in place to make sure it can maintain the full "
  "range of public services when its alliance with Warwickshire Police ends. There are gaps in "
  "its workforce skills assessment, and weaknesses in both its investigative approach and its "
  "approach to safeguarding vulnerable people.", CO, C_DONE)
h(9514, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities "
  "and capacity to manage their investigative workload, to better understand investigative "
  "demand and the pressures placed upon them; and", BP)
h(9515, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that the force should immediately: conduct a review, involving its partners, "
  "of the approach to vulnerability to better safeguard vulnerable people.", BP, C_MON)
h(9516, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that the force should immediately: expand the skills project work to include "
  "an assessment of all skills, not only operational, including potential future skills "
  "requirements. This assessment should inform workforce plans;", CO, C_DONE)
h(9517, 2, T_P1819, "02-May-2019", REC,
  "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police "
  "to secure a smooth transition to its future operating model, ensuring no disruption to public "
  "services; and", SU, C_SUPER_P)
h(9518, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that the force should immediately:clearly define its new operating model, "
  "ensuring all operational and support services are affordable and fit to protect the "
  "communities of West Mercia;", CO, C_AUTH)
h(9519, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that the force should immediately:improve its arrangements both to consult "
  "with the public about business planning and to feed back on changes made to service delivery "
  "as a result of such consultation.", BP, C_MON)
h(9520, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", BP, C_MON)
h(9521, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;", BP, C_MON)
h(9522, 1, T_P1819, "02/05/2019", REC,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;", BP,
  C_MON)
h(9523, 1, T_P1819, "02/05/2019", AFI,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", BP)
# Police powers spotlight 2021 (national): the Home Office/NPCC item is not held against forces.
h(11230, 1, T_POWERS, "26/02/2021", REC,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
  "in addition to existing training on conflict management and de-escalation.", BP, C_MON)
h(11231, 1, T_POWERS, "26/02/2021", REC,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills using "
  "body-worn video footage.", BP, C_MON)
h(11232, 1, T_POWERS, "26/02/2021", REC, BWV_2021, BP, C_MON)
h(11234, 2, T_POWERS, "26-Feb-2021", NAT,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.", CO, C_DONE)
# PEEL 2021/22 (West Mercia): the formulaic PEEL AFI wording
h(12451, 2, T_P2122, "22-Jul-2022", AFI,
  "The force should improve its understanding of the nature and scale of county lines drug "
  "dealing in its area.", BP, C_MON)
h(12452, 2, T_P2122, "22-Jul-2022", AFI,
  "The force should make sure victims of domestic abuse are kept informed about the progress of "
  "their case, in line with the Code of Practice for Victims of Crime.", BP, C_MON,
  "Victim contact audit Dec 2023 – 91% compliant. Proposed for closure.", "Yes")
h(12453, 2, T_P2122, "22-Jul-2022", AFI,
  "The force should improve the timeliness of its response to calls for service involving people "
  "with mental ill health.", BP, C_MON)
h(12454, 2, T_P2122, "22-Jul-2022", AFI,
  "The force should make sure it records reports of anti-social behaviour accurately and without "
  "delay.", CO, C_DONE)
h(12455, 2, T_P2122, "22-Jul-2022", AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture of "
  "its response to fraud.", BP)
# PEEL 2023-25 (West Mercia), new; two forms left with no status button ticked ("Off")
h(14101, 2, T_P2325, "07-Nov-2023", AFI,
  "The force should make sure investigations of rape and serious sexual offences are allocated "
  "to officers with the right skills and are effectively supervised.", OFF, C_NEW)
h(14102, 2, T_P2325, "07-Nov-2023", AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about serious and "
  "organised crime.", AB, C_NEW)
h(14103, 2, T_P2325, "07-Nov-2023", AFI,
  "The force should make sure it has enough specialist capacity and capability to investigate "
  "online child sexual abuse.", OFF, C_NEW)
h(14104, 2, T_P2325, "07-Nov-2023", AFI,
  "The force should improve the way it manages the risk posed by offenders involved in violence "
  "against women and girls.", AB, C_NEW)

HBY = {x["id"]: x for x in H}

# ---------------------------------------------------------------------------------------------
# Force tracker rows. Register columns:
# OL Ref | HMICFRS ID | Inspection / report | Published | Type | Recommendation / AFI (as recorded)
# | Lead | Governance board | BRAG | Latest update | Closure submitted
# ---------------------------------------------------------------------------------------------
D = dt.datetime
CVB, PB, FPB, CB, CTB, LB, CSB, CJB = ("Crime & Vulnerability Board", "People Board",
                                        "Force Performance Board", "Change Board", "Contact Board",
                                        "Legitimacy Board", "Crime Standards Board",
                                        "Criminal Justice Board")
REG = []  # dicts with keys: ol, hid, rep, pub, typ, text, lead, board, brag, upd, sub, items


def r(ol, hid, rep, pub, typ, text, lead, board, brag, upd="", sub=None, items=()):
    REG.append(dict(ol=ol, hid=hid, rep=rep, pub=pub, typ=typ, text=text, lead=lead, board=board,
                    brag=brag, upd=upd, sub=sub, items=tuple(items)))


r("OL-13-02", "", "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "Nat Rec",
  "CCs should establish or improve monitoring of the way officers S&S people, so they can be "
  "satisfied officers are acting in accordance with the law (incl equality legislation & Code of "
  "Practice) and that the power is used effectively", "ACC Local Policing", LB, "AMBER",
  "S&S scrutiny now via quarterly Legitimacy Board; monitoring dashboard being rebuilt in Power BI.",
  items=[1205])
r("OL-14-01", "2321", "Everyone's Business (DA) 2014", D(2014, 3, 1), "Nat Rec",
  "Establish & publish a DA action plan specifying in detail what steps will be taken to improve "
  "the approach to DA – developed with PCC, DA support orgs & victims' reps; after considering "
  "all the report's recs; with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels "
  "& MARAC self-assessments", "Det Ch Supt Public Protection", CVB, "GREEN",
  "DA Delivery Plan refreshed Sept 2023; reported to VAWG Board.", items=[2321])
r("OL-14-03", "3108 / 3109", "Policing in Austerity 2014", D(2014, 7, 1), "Nat Rec",
  "CC & PCC to assess (i) whether there is scope to improve where less than 10% of savings come "
  "through collaboration and (ii) whether the decisive action seen in other forces has been "
  "taken to maintain crime fighting capacity where front line numbers reduce. HMIC will follow up "
  "the assessments in the autumn.", "Director of Finance", CB, "AMBER",
  "Addressed holistically as part of the force change programme.", items=[3108, 3109])
r("OL-14-05", "4822", "Core Business 2014", D(2014, 9, 1), "Nat Rec",
  "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with "
  "specific, sound & comprehensible criteria to assess threat, harm & risk", "Supt Contact Centre",
  CTB, "BLUE",
  "THRIVE+ embedded in OCC; QA dip-sample results attached. Completed. Evidence submitted to "
  "HMICFRS for closure.", D(2023, 9, 14), items=[4822])
r("OL-14-06", "4823", "Core Business 2014", D(2014, 9, 1), "Nat Rec",
  "By 31 March 2016 all forces should ensure crime prevention or disruption activity carried out "
  "is systematically recorded and subsequently evaluated to determine the effectiveness of "
  "tactics", "Head of Corporate Development", FPB, "AMBER",
  "Evaluation fields added to the problem-solving (POP) database; take-up still low.",
  items=[4823])
r("OL-15-03", "", "Stop and search", None, "Nat Rec",
  "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by "
  "explaining to the public the way S&S powers are used in their areas & by arranging for S&S "
  "records to be scrutinised by community reps (involve those stopped e.g. young people)",
  "ACC Local Policing", LB, "GREEN",
  "External scrutiny panel meets quarterly; youth panel pilot in Telford from April.",
  items=[5561])
r("OL-15-07", "6411", "Firearms licensing 2015", D(2015, 9, 1), "Nat Rec",
  "Within six months, CCs should assess the demand placed on their firearms licensing dept & "
  "ensure it has the capacity to meet this demand and provide an efficient & effective service "
  "at all times", "Supt Firearms Licensing", CVB, "AMBER",
  "Demand review complete; 4 additional enquiry officers in the 2024/25 budget.", items=[6411])
r("OL-15-08", "6412", "Firearms licensing 2015", D(2015, 9, 1), "Nat Rec",
  "Immediately satisfy ourselves that all appropriate action is being taken re 'total expired' "
  "licensing records", "Supt Firearms Licensing", CVB, "BLUE",
  "Weekly NFLMS expired-records report reviewed by the FL manager since Jan 2023. Completed. "
  "Evidence submitted to HMICFRS for closure.", D(2023, 10, 2), items=[6412])
r("OL-15-10", "", "Firearms licensing 2015", D(2015, 9, 1), "Nat Rec",
  "Systems to identify, prior to police attendance, whether an incident involves or is at the "
  "address of a firearm certificate holder are in place & always applied by staff dispatching "
  "officers; officers understand the risk assessment & their power to seize firearms & "
  "certificates", "Supt Contact Centre", CTB, "GREEN",
  "STORM address flag rebuild scheduled with the Niche upgrade.", items=[6414])
r("OL-15-12", "", "PEEL Efficiency 2015", D(2015, 11, 1), "Rec",
  "Develop understanding of the links between outcomes, outputs & costs", "Director of Finance",
  FPB, "AMBER", "Outcome-based budgeting pilot planned for 2024/25.", items=[6021])
r("OL-15-13", "", "PEEL Efficiency 2015", D(2015, 11, 1), "AFI",
  "Develop a future workforce plan aligned with overall demand & budget, incl future resource "
  "allocations, the mix of skills required & behaviours expected", "Director of People", PB,
  "BLUE", "Strategic Workforce Plan 2023-27 approved by COG. Complete.", D(2023, 6, 30),
  items=[6022])
r("OL-16-02", "", "PEEL Legitimacy 2016", D(2017, 2, 1), "AFI",
  "Review how we gather & use equality & diversity data to improve our understanding of "
  "workforce demographics", "Director of People", PB, "AMBER",
  "Self-declaration campaign on the HR system; 71% declared.", items=[])
r("OL-16-05", "", "Custody inspection 2016 (HMICFRS/HMIP)", "2016", "Rec",
  "Revise approach to cautions, cannabis warnings & PNDs – clear & auditable explanation to the "
  "offender of the implications; for victim-based crimes an auditable record that the victim's "
  "views were considered", "Head of Criminal Justice", CJB, "GREEN",
  "OOCD scrutiny panel reviewing 40 cases a quarter.", items=[])
r("OL-17-01", "7210", "PEEL Effectiveness 2016", D(2017, 3, 1), "CoC",
  "DA – force's current approach unacceptable; proportion of victims not supporting "
  "investigations & low use of arrest/prosecution", "Det Ch Supt Public Protection", CVB, "AMBER",
  "See DA Delivery Plan.", items=[7210])
r("OL-17-02", "7211", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
  "Consider ways of increasing use of arrest, ancillary orders & other available powers (DA) to "
  "improve service to victims, protect them & bring more perpetrators to justice",
  "Det Ch Supt Public Protection", CVB, "GREEN",
  "DVPN/DVPO use up 38%; arrest rate tracked monthly.", items=[7211])
r("OL-17-03", "7212", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
  "Understand & address why such a high proportion of DA victims do not support the police "
  "investigation", "Det Ch Supt Public Protection", CVB, "BLUE",
  "Victim attrition research with the university complete; actions embedded. Proposed for "
  "closure.", D(2024, 1, 19), items=[7212])
r("OL-17-04", "7213", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
  "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre",
  "Supt Contact Centre", CTB, "AMBER",
  "Telephone DASH stopped 2017; resolution centre review pending.", items=[7213])
r("OL-17-05", "7214", "PEEL Effectiveness 2016", D(2017, 3, 1), "CoC",
  "Missing & absent children – risk assessment inappropriate in some cases; children classed as "
  "absent when they should be missing", "Ch Supt Public Protection", CVB, "RED",
  "Local audit found 14% of missing children episodes graded too low.", items=[7214])
r("OL-17-06", "7215", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
  "Review approach to missing children so that: call takers understand & use the missing/absent "
  "category appropriately; call takers & frontline staff can identify CSE risk factors & "
  "respond; supervisors provide correct oversight of missing person enquiries & direct timely "
  "investigative & safeguarding action", "Ch Supt Public Protection", CVB, "AMBER",
  "Missing Persons Policy rewritten; CSE training 82% complete.", items=[7215])
r("OL-17-08a", "7702", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "Within 12 months review leadership & governance for MSHT so that (a) senior leaders "
  "prioritise the response to MSHT (b) every MS incident is allocated appropriate resources with "
  "the skills, experience & capacity to investigate", "Det Ch Supt Force CID", CVB, "BLUE",
  "MSHT governance board chaired by ACC Crime since 2022. Complete.", D(2023, 12, 12),
  items=[7702])
r("OL-17-08b", "7702", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "(cont.) (c) effective partnership arrangements to co-ordinate activity, share information & "
  "safeguard victims (d) performance & QA measures so senior leaders can assess the service to "
  "victims", "Head of Corporate Development", CVB, "BLUE",
  "MSHT performance pack in place. Complete.", D(2023, 12, 12), items=[7702])
r("OL-17-09", "7703", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "Within 6 months have in place active ISAs with other agencies to facilitate speedy exchange "
  "of intelligence, safeguard victims & identify suspects early", "Head of Intelligence", CVB,
  "GREEN", "ISAs signed with 4 of 5 local authorities; Herefordshire in draft.", items=[7703])
r("OL-17-11", "7705", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "Immediately ensure full compliance with the NRM process as it evolves & notify the HO of any "
  "individual suspected to be an adult victim of MSHT (MSA 2015 duty to notify)",
  "Det Ch Supt Force CID", CVB, "BLUE",
  "Duty to Notify compliance 98% (audit Nov 23). Completed. Evidence submitted to HMICFRS for "
  "closure.", D(2023, 12, 4), items=[7705])
r("OL-17-13", "7707", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "Ensure allegations/indications of MSHT are thoroughly investigated & effectively supervised "
  "by teams with the right skills & experience (incl joint intelligence teams & evidence from "
  "agencies overseas)", "Det Ch Supt Force CID", CVB, "AMBER",
  "MSHT investigations moved to the Complex Crime Unit; supervision audit due Q1.", items=[7707])
r("OL-17-14", "7708", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
  "Review use of preventative powers under the MSA 2015 (STPOs/SRPOs) so that opportunities to "
  "restrict those posing a clear threat are exploited", "Det Ch Supt Force CID", CVB, "GREEN",
  "STPO applications tracked monthly; 6 orders granted in 2023.", items=[7708])
r("OL-17-15", "8120", "PEEL Efficiency 17 (all forces)", D(2017, 11, 1), "Nat Rec",
  "By Sept 2018 CCs should produce an ambitious plan to improve digitally-enabled services within "
  "their force (HO, NPCC & APCC to support via a national framework)", "Head of Digital Services",
  CB, "AMBER", "Digital Strategy 2024-27 in draft.", items=[8120])
r("OL-17-16", "8133", "PEEL Legitimacy 2017", D(2017, 12, 1), "AFI",
  "Ensure sufficient resources in the control room to fulfil its resourcing model & meet demand, "
  "while taking account of workforce wellbeing", "Supt Contact Centre", CTB, "AMBER",
  "OCC establishment uplift agreed; attrition remains high.", items=[8133])
r("OL-17-17", "HMICFRS 8541", "PEEL Legit 17 S&S", D(2017, 12, 1), "CoC",
  "Forces unable to demonstrate that use of S&S is consistently reasonable & fair; "
  "over-representation of BAME people (black people in particular) in S&S data that many forces "
  "cannot explain", "ACC Local Policing", LB, "GREEN",
  "Disproportionality analysis published quarterly.", items=[8541])
r("OL-17-18", "HMICFRS 8542", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
  "By July 2018 regularly & frequently monitor a comprehensive set of data on S&S to understand:\n"
  "• the reasons for any disproportionate representation of different ethnic groups\n"
  "• the extent to which find rates differ between ethnicities & across types of search (incl "
  "drug possession / supply)", "ACC Local Policing", LB, "AMBER",
  "S&S dashboard covers ethnicity & find rates.", items=[8542])
r("OL-17-19", "HMICFRS 8543", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
  "Where disparities are identified, demonstrate to the public research & analysis to understand "
  "the reasons and action taken to reduce the disparity", "ACC Local Policing", LB, "AMBER",
  "Academic partner commissioned.", items=[8543])
r("OL-17-20", "HMICFRS 8544", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
  "Publish the analysis & actions taken at least annually, from July 2018", "ACC Local Policing",
  LB, "GREEN", "2023 annual S&S report published on the force website.", items=[8544])
r("OL-17-22", "8571", "PEEL Legitimacy 2017", D(2017, 12, 1), "CoC",
  "Size of the vetting backlog is a cause of concern", "Head of Professional Standards", PB,
  "AMBER", "Backlog 312 (Feb 24), down from a 1,140 peak.", items=[8571])
r("OL-18-01a", "9021", "Crime Data Integrity 2018", D(2018, 6, 1), "Rec",
  "Arrangements to ensure: (a) victims are believed at the point of report; (b) call "
  "handler/caller conversations are summarised accurately in the incident log",
  "Force Crime Registrar", CSB, "BLUE", "Call-handling QA: 96% compliance.", items=[9021])
r("OL-18-01b", "9021", "Crime Data Integrity 2018", None, "Rec",
  "(c) multiple crimes always recorded when described in incident records / other "
  "investigations; (d) stop awaiting medical exams or video interviews before crime-recording "
  "decisions", "Force Crime Registrar", CSB, "BLUE", "CDI audit Q3 2023: 94% compliance.",
  items=[9021])
r("OL-18-01c", "9021", "Crime Data Integrity 2018", None, "Rec",
  "(e) online reports of crime triaged at the point of receipt so ongoing risks to the victim or "
  "public are identified & managed", "Supt Contact Centre", CTB, "GREEN",
  "Single Online Home triage desk staffed 08:00–00:00; 24/7 from April.", items=[9021])
r("OL-18-04", "9310", "NCPI 2018", D(2018, 9, 1), "Rec",
  "Within 6 months, with children's social care, review how we manage detention of children: "
  "detained only when absolutely necessary & for the minimum time; early assessment of need for "
  "alternative (secure or other) accommodation; detention certificates completed for children "
  "held after charge; record of all actions & decisions; timely appropriate adult support",
  "Ch Insp Custody", CJB, "BLUE",
  "Concordat on children in custody signed with both LAs; AA contract re-let. Pending sign off.",
  D(2024, 2, 8), items=[9310])
r("OL-19-01", "9512", "PEEL 2018/19", D(2019, 5, 1), "CoC",
  "No capacity/capability to investigate crime effectively – affecting service to the public; "
  "failings in the way crimes are investigated", "ACC Crime", CVB, "AMBER",
  "Investigative Standards Programme phase 2.", items=[9512])
r("OL-19-03", "9514", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Immediately: review officers' capabilities & capacity to manage their investigative workload, "
  "to understand investigative demand & pressures", "ACC Crime", CVB, "GREEN",
  "Workload review tool live on Niche.", items=[9514])
r("OL-19-04", "9515", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Immediately: review, with partners, the approach to vulnerability to better safeguard "
  "vulnerable people", "Ch Supt Public Protection", CVB, "BLUE",
  "Joint review with both safeguarding partnerships completed. Submitted for closure.",
  D(2023, 11, 15), items=[9515])
r("OL-19-06", "9517", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Agree arrangements with Warwickshire to secure a smooth transition to the future operating "
  "model, no disruption to public services", "DCC", CB, "AMBER",
  "Alliance ended Oct 2019; residual collaboration agreements under review.", items=[9517])
r("OL-19-08", "9159", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Improve arrangements to consult the public about business planning & feed back on changes "
  "made to service delivery as a result", "Head of Corporate Development", FPB, "AMBER",
  "Joint consultation on the Police & Crime Plan with the OPCC.", items=[9519])
r("OL-19-09", "9520", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Within 6 months ensure regular & active supervision of the quality & progress of "
  "investigations, properly recorded", "ACC Crime", CVB, "GREEN",
  "Supervisory review compliance 88%.", items=[9520])
r("OL-19-10", "9521", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Within 6 months improve ability to retrieve digital evidence from mobile phones, computers & "
  "other devices quickly enough that investigations are not delayed", "Head of Digital Forensics",
  CVB, "AMBER", "Kiosk rollout complete; lab backlog 9 weeks.", items=[9521])
r("OL-19-11", "9522", "PEEL 2018/19", D(2019, 5, 1), "Rec",
  "Within 6 months improve understanding of suspects RUI & management of those on bail",
  "Head of Criminal Justice", CJB, "BLUE",
  "Bail & RUI dashboard live; 2022 PACE bail changes embedded. Completed.", D(2024, 2, 21),
  items=[9522])
r("OL-21-01", "11230", "Police powers spotlight (Feb 21)", "Feb 21", "Nat Rec",
  "By July 2022 officers & staff have effective communication skills in line with the National "
  "Policing Guidelines on Conflict Management (in addition to existing conflict management "
  "training)", "Head of Learning & Development", PB, "GREEN",
  "Communication skills module in PSTT from Jan 2024.", items=[11230])
r("OL-21-02", "11231", "Police powers spotlight (Feb 21)", "Feb 21", "Nat Rec",
  "By July 2021 comms skills reinforced through CPD for officers & staff; supervisors supported to "
  "routinely debrief officers using BWV footage", "Head of Learning & Development", PB, "AMBER",
  "Supervisor BWV debrief guide drafted.", items=[11231])
r("OL-21-03", "11232", "Police powers spotlight (Feb 21)", "Feb 21", "Nat Rec",
  "By Sept 2021: record the entirety of S&S encounters on BWV (incl traffic stops & use of "
  "force); structured process to review a sample of BWV footage; give external scrutiny panel "
  "members access to BWV samples (CoP APP safeguards)", "ACC Local Policing", LB, "AMBER",
  "BWV activation compliance 84%.", items=[11232])
r("OL-21-04", "11233", "Police powers spotlight (Feb 21)", "Feb 21", "Nat Rec",
  "HO & NPCC to ensure the quality of data on incidents where force is used to effect a S&S is "
  "sufficient for publication; HO to publish", "ACC Local Policing", LB, "GREEN",
  "Not for force – HO/NPCC. Monitoring only.", items=[])
r("OL-21-05", "11234", "Police powers spotlight (Feb 21)", "Feb 21", "Nat Rec",
  "By July 2021 effective internal monitoring of use of force to identify & understand "
  "disproportionate use, explain the reasons & implement improvement action",
  "ACC Local Policing", LB, "GREEN", "Use of force dashboard reviewed at Legitimacy Board.",
  items=[11234])
r("OL-22-01", "12451", "PEEL 2021/22", D(2022, 7, 1), "AFI",
  "Improve understanding of the nature & scale of county lines in our area",
  "Det Ch Supt Force CID", CVB, "GREEN", "County lines profile refreshed Dec 23.", items=[12451])
r("OL-22-02", "12452", "PEEL 2021/22", D(2022, 7, 1), "AFI",
  "Keep DA victims informed about the progress of their case in line with the Victims' Code",
  "Det Ch Supt Public Protection", CVB, "BLUE",
  "Victim contact audit Dec 2023 – 91% compliant. Evidence submitted.", D(2024, 1, 9),
  items=[12452])
r("OL-22-03", "12453", "PEEL 2021/22", D(2022, 7, 1), "AFI",
  "Improve timeliness of response to calls for service involving people with mental ill health",
  "Supt Contact Centre", CTB, "AMBER", "Right Care Right Person go-live Apr 2024.", items=[12453])
r("OL-22-05", "12455", "PEEL 2021/22", D(2022, 7, 1), "AFI",
  "Performance framework to give senior leaders a clear picture of the response to fraud",
  "Head of Corporate Development", FPB, "AMBER", "Fraud measures added to the monthly pack.",
  items=[12455])
r("OL-23-01", "tbc", "PEEL 2023-25", D(2023, 11, 1), "AFI",
  "RASSO investigations allocated to officers with the right skills and effectively supervised",
  "ACC Crime", CVB, "GREEN", "New – owner allocated; Op Soteria alignment.", items=[14101])
r("OL-23-02", "tbc", "PEEL 2023-25", D(2023, 11, 1), "AFI",
  "Improve how we gather, assess & act on intelligence about SOC", "Head of Intelligence", CVB,
  "AMBER", "New – owner allocated.", items=[14102])
r("OL-23-04", "tbc", "PEEL 2023-25", D(2023, 11, 1), "AFI",
  "Improve management of the risk posed by offenders involved in VAWG",
  "Ch Supt Public Protection", CVB, "RED", "New – no plan yet.", items=[14104])
r("OL-L-07", "", "Force improvement plan", None, "Local",
  "Task & Finish group to review the stalking and harassment policy and report to the Force "
  "Executive Team", "Ch Supt Public Protection", CVB, "AMBER", "T&F group met twice.", items=[])
r("OL-L-09", "", "JAC action", None, "Local",
  "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
  "Supt Firearms Licensing", "Joint Audit Committee", "GREEN", "Fieldwork booked May 2024.",
  items=[])

# Archive sheet: Ref | Report | Recommendation | Owner | Status | Date closed | Closure note
ARC = []


def a(ref, rep, text, owner, closed, note, items):
    ARC.append(dict(ref=ref, rep=rep, text=text, owner=owner, closed=closed, note=note,
                    items=tuple(items)))


a("OL-13-01", "Stop & Search 2013",
  "CCs & CoP to set out in the S&S APP a clear specification of what constitutes effective & "
  "fair exercise of S&S powers (compliant with the Code of Practice)", "ACC Local Policing",
  D(2016, 3, 31), "APP published by CoP; HMICFRS confirmed complete.", [1204])
a("OL-14-02", "Policing in Austerity 2014",
  "Review plans to deliver savings – continue to reduce crime & protect the front line while "
  "balancing the budget (use HMIC VfM profiles)", "Director of Finance", D(2015, 9, 30),
  "Superseded by annual PEEL efficiency.", [3107])
a("OL-14-04", "Policing in Austerity 2014",
  "Review collaboration plans for next spending round – scope for better VfM & capability "
  "through joint working with other forces, the public and/or private sector",
  "Director of Finance", D(2016, 4, 1), "Alliance business case.", [3110])
a("OL-15-01", "Integrity Matters 2015",
  "By 31 Aug 2015 satisfy ourselves that misconduct investigations ending in 'no further action' "
  "are fair & free of any form of discrimination", "Head of Professional Standards",
  D(2016, 1, 29), "PSD dip-sample of NFA outcomes.", [902])
a("OL-15-06", "Firearms licensing 2015",
  "Within 3 months assess governance of firearms licensing against APP; put correct arrangements "
  "in place immediately where standards not met", "Supt Firearms Licensing", D(2016, 6, 30),
  "Governance review signed off by DCC.", [6410])
a("OL-15-11", "PEEL Efficiency 2015",
  "Further work to understand current demand & likely future changes in demand, so resources can "
  "be matched to demand", "Head of Corporate Development", D(2018, 5, 31),
  "Force Management Statement 1 submitted.", [6020])
a("OL-16-01", "PEEL Legitimacy 2015",
  "Make sure there is a confidential way for staff to raise concerns and that staff are aware of "
  "whistleblowing processes", "Head of Professional Standards", D(2017, 3, 31),
  "Confidential reporting line relaunched.", [])
a("OL-17-10", "Stolen Freedom (MSHT) 2017",
  "Victims committing criminal acts under compulsion – early & continuing consideration of the "
  "s45 defence", "Det Ch Supt Force CID", D(2019, 2, 28), "CPS joint protocol.", [7704])
a("OL-17-21", "PEEL Legit 17 S&S",
  "By July 2018 & ongoing, all officers who use S&S trained in & understand unconscious bias and "
  "the CoP APP on S&S", "Head of Learning & Development", D(2024, 1, 31),
  "97% trained; now in annual PSTT. Closure evidence sent to HMICFRS 31/01/24.", [8545])
a("OL-19-02", "PEEL 2018/19",
  "CoC: arrangements to maintain the full range of services when the alliance with Warwickshire "
  "ends; gaps in workforce skills assessment; weaknesses in investigation & safeguarding", "DCC",
  D(2021, 3, 31), "New operating model live 7 Oct 2019.", [9513])
a("OL-19-05", "PEEL 2018/19",
  "Expand the skills project to assess all skills, not only operational, incl future skills "
  "requirements, to inform workforce plans", "Director of People", D(2021, 9, 30),
  "Skills audit complete.", [9516])
a("OL-19-07", "PEEL 2018/19",
  "Clearly define the new operating model – all operational & support services affordable and "
  "fit to protect the communities of West Mercia", "DCC", D(2020, 3, 31),
  "Operating model approved.", [9518])
a("OL-22-04", "PEEL 2021/22", "Record reports of ASB accurately & without delay",
  "Force Crime Registrar", D(2023, 8, 31), "ASB recording audit 97%.", [12454])


# ---------------------------------------------------------------------------------------------
# Build the HMICFRS CSV: one row per merged form, in file-name order (register id sorted as
# text), plus an exact duplicate form and the blank template the zip also held.
# ---------------------------------------------------------------------------------------------
COLS = ["Force", "Text1", "Report", "Published", "Dropdown2", "Text3", "Group1",
        "HMICFRS comment", "Text12", "Check Box1", "Date1",
        "FormRef", "RegisterID", "Type", "RecommendationText"]


def form_row(x, serial):
    cr = lambda s: s.replace("\n", "\r")  # Acrobat multi-line text fields hold bare CRs
    row = dict.fromkeys(COLS, "")
    row["Report"] = x["report"]
    row["Published"] = x["pub"]
    row["Group1"] = x["status"]
    row["HMICFRS comment"] = x["comment"]
    row["Text12"] = cr(x["upd"])
    row["Check Box1"] = x["chk"]
    if x["ver"] == 1:
        row["Force"] = "West Mercia"
        row["Text1"] = str(x["id"])
        row["Dropdown2"] = x["type"]
        row["Text3"] = cr(x["text"])
    else:
        row["Force"] = "West Mercia Police"
        row["FormRef"] = "FLL/WM/24/%03d" % serial
        row["RegisterID"] = str(x["id"])
        row["Type"] = x["type"]
        row["RecommendationText"] = cr(x["text"])
    return row


order = sorted(H, key=lambda x: str(x["id"]))
v2serial = {x["id"]: i + 1 for i, x in enumerate(sorted((x for x in H if x["ver"] == 2),
                                                          key=lambda x: x["id"]))}
hrows = []  # (kind, id or None, row dict)
for x in order:
    hrows.append(("item", x["id"], form_row(x, v2serial.get(x["id"], 0))))
    if x["id"] == 12452:  # the same form saved twice from two e-mails: "12452 (1).pdf"
        hrows.append(("dup", x["id"], form_row(x, v2serial[x["id"]])))
blank = dict.fromkeys(COLS, "")
blank.update({"Group1": "Off", "Check Box1": "Off", "Dropdown2": "- Select -",
              "Type": "- Select -", "FormRef": "FLL/WM/24/000"})
hrows.append(("blank", None, blank))

HROW = {}  # register id -> "hmicfrs.csv!N"
H_NONITEM = []
for i, (kind, rid, _) in enumerate(hrows):
    n = i + 2
    if kind == "item":
        HROW[rid] = "hmicfrs.csv!%d" % n
    elif kind == "dup":
        H_NONITEM.append((n, "exact duplicate of row %d (register %d, form FLL/WM/24/%03d "
                             "merged twice)" % (n - 1, rid, v2serial[rid])))
    else:
        H_NONITEM.append((n, "blank form template merged with the filled forms: no register ID, "
                             "no text, defaults only"))


def write_csv(path):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLS)
    for _, _, row in hrows:
        w.writerow([row[c] for c in COLS])
    data = buf.getvalue().encode("cp1252")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------
# Build the tracker workbook
# ---------------------------------------------------------------------------------------------
REG_HEAD = ["OL Ref", "HMICFRS ID", "Inspection / report", "Published", "Type",
            "Recommendation / AFI (as recorded)", "Lead", "Governance board", "BRAG",
            "Latest update", "Closure submitted"]
ARC_HEAD = ["Ref", "Report", "Recommendation", "Owner", "Status", "Date closed", "Closure note"]
REG_FIRST = 6  # Excel row of the first register item
ARC_FIRST = 3


def ol_key(s):
    return s


REG.sort(key=lambda d: d["ol"])
ARC.sort(key=lambda d: d["ref"])
FROWS = {}  # register id -> list of force provenance
F_LOCAL = []  # (provenance, row) for rows with no HMICFRS item
for i, d in enumerate(REG):
    d["prov"] = "Register!%d" % (REG_FIRST + i)
for i, d in enumerate(ARC):
    d["prov"] = "Archive (closed)!%d" % (ARC_FIRST + i)
for d in REG + ARC:
    if not d["items"]:
        F_LOCAL.append(d)
    for rid in d["items"]:
        FROWS.setdefault(rid, []).append(d)

FILL = {"BLUE": "#9BC2E6", "GREEN": "#A9D08E", "AMBER": "#FFD966", "RED": "#FF7C80"}


def write_xlsx(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "HMICFRS Recommendations & AFIs Register",
                       "author": "Organisational Learning & Inspection Team",
                       "company": "West Mercia Police", "created": dt.datetime(2024, 3, 11, 9, 0, 0)})
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1, "align": "left"})
    dmy = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                         "align": "left"})
    brag = {k: wb.add_format({"bg_color": v, "bold": True, "valign": "top", "border": 1,
                              "align": "center"}) for k, v in FILL.items()}
    ital = wb.add_format({"italic": True, "font_color": "#595959"})

    ws = wb.add_worksheet("Register")
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations & AFIs Register (live)", title)
    ws.write(1, 0, "Owner: Organisational Learning & Inspection Team, Strategic Planning  |  "
                   "Version 7.3  |  Last reviewed 11/03/2024")
    ws.write(2, 0, "BRAG key: BLUE = complete (closure evidence submitted to / accepted by "
                   "HMICFRS)  ·  GREEN = on track, within timescale  ·  AMBER = some slippage / "
                   "at risk  ·  RED = off track or overdue", bold)
    ws.write_row(4, 0, REG_HEAD, head)
    for i, d in enumerate(REG):
        rr = REG_FIRST - 1 + i
        ws.write_string(rr, 0, d["ol"], cell)
        ws.write_string(rr, 1, d["hid"], cell)
        ws.write_string(rr, 2, d["rep"], wrap)
        if isinstance(d["pub"], dt.datetime):
            ws.write_datetime(rr, 3, d["pub"], mon)
        elif d["pub"]:
            ws.write_string(rr, 3, d["pub"], cell)
        else:
            ws.write_blank(rr, 3, None, cell)
        ws.write_string(rr, 4, d["typ"], cell)
        ws.write_string(rr, 5, d["text"], wrap)
        ws.write_string(rr, 6, d["lead"], wrap)
        ws.write_string(rr, 7, d["board"], wrap)
        ws.write_string(rr, 8, d["brag"], brag[d["brag"]])
        ws.write_string(rr, 9, d["upd"], wrap)
        if d["sub"]:
            ws.write_datetime(rr, 10, d["sub"], dmy)
        else:
            ws.write_blank(rr, 10, None, cell)
    note_row = REG_FIRST - 1 + len(REG) + 1
    ws.write(note_row, 0, "Rows go BLUE when closure evidence is sent; BLUE rows move to the "
                          "'Archive (closed)' tab at the quarterly review once HMICFRS confirms.",
             ital)
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 13)
    ws.set_column(2, 2, 26)
    ws.set_column(3, 3, 10)
    ws.set_column(4, 4, 8)
    ws.set_column(5, 5, 70)
    ws.set_column(6, 7, 22)
    ws.set_column(8, 8, 9)
    ws.set_column(9, 9, 48)
    ws.set_column(10, 10, 12)
    ws.freeze_panes(5, 2)
    ws.autofilter(4, 0, REG_FIRST - 2 + len(REG), len(REG_HEAD) - 1)

    wa = wb.add_worksheet("Archive (closed)")
    wa.write(0, 0, "ARCHIVE – items closed by the force (moved from the live register)", title)
    wa.write_row(1, 0, ARC_HEAD, head)
    for i, d in enumerate(ARC):
        rr = ARC_FIRST - 1 + i
        wa.write_string(rr, 0, d["ref"], cell)
        wa.write_string(rr, 1, d["rep"], wrap)
        wa.write_string(rr, 2, d["text"], wrap)
        wa.write_string(rr, 3, d["owner"], wrap)
        wa.write_string(rr, 4, "Closed", cell)
        wa.write_datetime(rr, 5, d["closed"], dmy)
        wa.write_string(rr, 6, d["note"], wrap)
    wa.set_column(0, 0, 11)
    wa.set_column(1, 1, 26)
    wa.set_column(2, 2, 70)
    wa.set_column(3, 3, 24)
    wa.set_column(4, 5, 12)
    wa.set_column(6, 6, 44)
    wb.close()


# ---------------------------------------------------------------------------------------------
# Truth: decided item by item, by eye, with the reason.
# ---------------------------------------------------------------------------------------------
WHY = {
    1204: ("in_sync", "same APP-specification rec (text abridged); HMICFRS Complete, force "
                      "Archive Closed"),
    1205: ("closeable_local", "S&S monitoring rec matched on text; HMICFRS Complete (authorised "
                              "for closure), force still AMBER on the live register"),
    1206: ("missing_from_force", "2013 code-of-practice rec ('elected local policing bodies'); the "
                                 "force's only code-of-practice row uses the 2015 wording "
                                 "('in consultation with PCCs') and belongs to 5561"),
    2321: ("closeable_local", "DA action plan rec, ID 2321 and all four bullets; HMICFRS "
                              "Superseded, force GREEN (= on track, still open per the sheet's "
                              "BRAG key)"),
    3107: ("in_sync", "savings-plan review rec; HMICFRS No further action required, force "
                      "Archive Closed"),
    3108: ("closeable_local", "force row OL-14-03 holds 3108 and 3109 together (ID '3108 / "
                              "3109', parts (i) and (ii)); HMICFRS NFA, force AMBER"),
    3109: ("closeable_local", "second of the two items in OL-14-03 (front-line decisive "
                              "action); HMICFRS NFA, force AMBER"),
    3110: ("in_sync", "collaboration-plans rec; HMICFRS NFA, force Archive Closed"),
    4822: ("closeable_submit", "ID 4822 and text match; HMICFRS Being progressed (evidence box "
                               "ticked), force BLUE with closure submitted 14/09/2023"),
    4823: ("conflict", "ID 4823 and text match but the deadline differs: HMICFRS 'By 31 March "
                       "2015', force 'By 31 March 2016'"),
    902: ("in_sync", "NFA-misconduct rec; HMICFRS Complete, force Archive Closed"),
    5561: ("in_sync", "2015 code-of-practice rec (PCC wording) matches OL-15-03 (report given "
                      "only as 'Stop and search'); HMICFRS Being progressed, force GREEN = open"),
    5934: ("missing_from_force", "information-management audits rec: no force row"),
    6410: ("in_sync", "firearms governance rec; HMICFRS Complete, force Archive Closed (the "
                      "JAC internal-audit row OL-L-09 is a separate local action)"),
    6411: ("conflict", "ID 6411 and text match but timescale differs: HMICFRS 'Within three "
                       "months', force 'Within six months'"),
    6412: ("closeable_submit", "'total expired' records; HMICFRS Being progressed, force BLUE, "
                               "submitted 02/10/2023"),
    6413: ("missing_from_force", "temporary permits rec: no force row"),
    6414: ("in_sync", "firearm certificate holder address flags, no ID on force row, text "
                      "match; HMICFRS Being progressed, force GREEN = open"),
    6020: ("in_sync", "demand AFI; HMICFRS Complete, force Archive Closed"),
    6021: ("conflict", "outcomes/outputs/costs: HMICFRS type Area for improvement, force type "
                       "'Rec'; both open (force AMBER)"),
    6022: ("closeable_submit", "workforce plan AFI; HMICFRS Being progressed, force BLUE "
                               "'Complete', submitted 30/06/2023"),
    7210: ("in_sync", "DA cause of concern, ID 7210; both open (force AMBER)"),
    7211: ("in_sync", "increase use of arrest etc., ID 7211; HMICFRS Being progressed, force "
                      "GREEN = open"),
    7212: ("closeable_submit", "why DA victims do not support investigations, ID 7212; "
                               "HMICFRS open, force BLUE proposed for closure"),
    7213: ("closeable_local", "telephone DA risk assessments, ID 7213; HMICFRS Complete, force "
                              "AMBER"),
    7214: ("in_sync", "missing children cause of concern, ID 7214; both open (force RED)"),
    7215: ("in_sync", "missing children rec, all three bullets, ID 7215; both open (AMBER)"),
    7702: ("closeable_submit", "MSHT leadership rec split over OL-17-08a (bullets a-b) and "
                               "OL-17-08b (c-d); both parts BLUE, all four bullets covered; "
                               "HMICFRS Being progressed"),
    7703: ("in_sync", "MSHT ISAs, ID 7703; HMICFRS Being progressed, force GREEN = open"),
    7704: ("in_sync", "s45 defence; HMICFRS Complete, force Archive Closed"),
    7705: ("closeable_submit", "NRM / duty to notify, ID 7705; HMICFRS Being progressed, force "
                               "BLUE submitted 04/12/2023"),
    7706: ("missing_from_force", "MSHT NCRS compliance rec: no force row"),
    7707: ("in_sync", "MSHT investigation & supervision, ID 7707; both open (AMBER)"),
    7708: ("in_sync", "MSHT preventative powers, ID 7708; HMICFRS open, force GREEN = open"),
    8120: ("in_sync", "digital services plan, ID 8120; both open (AMBER)"),
    8133: ("conflict", "control room AFI, ID 8133 and text match, but report differs: HMICFRS "
                       "PEEL Police efficiency 2017, force filed it under 'PEEL Legitimacy "
                       "2017'; both open"),
    8541: ("in_sync", "national S&S cause of concern, ID 8541; HMICFRS open, force GREEN = "
                      "open"),
    8542: ("conflict", "S&S monitoring rec, ID 8542: the force text keeps only two of the three "
                       "bullets (the possession-only drug searches bullet is missing); both "
                       "open"),
    8543: ("in_sync", "disparities research & action, ID 8543; both open (AMBER)"),
    8544: ("closeable_local", "publish analysis annually, ID 8544; HMICFRS Complete, force GREEN "
                              "= still open"),
    8545: ("closeable_submit", "unconscious bias training, force row in the Archive (Closed "
                               "31/01/2024, evidence sent); HMICFRS still Being progressed"),
    8571: ("in_sync", "vetting backlog cause of concern, ID 8571; both open (AMBER)"),
    8572: ("missing_from_force", "vetting clearance rec: the force tracks only the cause of "
                                 "concern (8571), no row for the recommendation"),
    9021: ("in_sync", "CDI victims rec split over OL-18-01a/b/c (bullets a-b, c-d, e): a and b "
                      "BLUE but c GREEN = open, so the item is not done; HMICFRS Being "
                      "progressed"),
    9310: ("closeable_submit", "detention of children, ID 9310, all five bullets; HMICFRS Being "
                               "progressed, force BLUE pending sign off, submitted 08/02/2024"),
    9512: ("in_sync", "investigative capacity cause of concern, ID 9512; both open"),
    9513: ("in_sync", "alliance cause of concern; HMICFRS Complete, force Archive Closed"),
    9514: ("in_sync", "officers' workload review, ID 9514; HMICFRS open, force GREEN = open"),
    9515: ("closeable_submit", "vulnerability review with partners, ID 9515; HMICFRS open, force "
                               "BLUE submitted 15/11/2023"),
    9516: ("in_sync", "skills project; HMICFRS Complete, force Archive Closed"),
    9517: ("closeable_local", "Warwickshire transition, ID 9517; HMICFRS Superseded, force AMBER"),
    9518: ("in_sync", "new operating model; HMICFRS Complete, force Archive Closed"),
    9519: ("conflict", "public consultation rec matched on text; force ID '9159' is a "
                       "transposition of 9519 (9159 is not on the list); both open"),
    9520: ("in_sync", "supervision of investigations, ID 9520; HMICFRS open, force GREEN = "
                      "open"),
    9521: ("in_sync", "digital evidence, ID 9521; both open (AMBER)"),
    9522: ("closeable_submit", "RUI & bail, ID 9522; HMICFRS open, force BLUE 'Completed' "
                               "submitted 21/02/2024"),
    9523: ("missing_from_force", "crime-recording system AFI: no force row"),
    11230: ("in_sync", "communication skills, ID 11230; HMICFRS open, force GREEN = open"),
    11231: ("in_sync", "CPD / BWV debriefs, ID 11231; both open (AMBER)"),
    11232: ("in_sync", "BWV three parts, all three in the force text, ID 11232; both open"),
    11234: ("closeable_local", "use of force monitoring, ID 11234; HMICFRS Complete, force GREEN "
                               "= still open"),
    12451: ("in_sync", "county lines AFI, ID 12451; HMICFRS open, force GREEN = open"),
    12452: ("closeable_submit", "DA victims kept informed, ID 12452; HMICFRS Being progressed, "
                                "force BLUE submitted 09/01/2024"),
    12453: ("in_sync", "mental ill health calls AFI, ID 12453; both open (AMBER)"),
    12454: ("in_sync", "ASB recording AFI; HMICFRS Complete, force Archive Closed"),
    12455: ("in_sync", "fraud performance framework AFI, ID 12455; both open (AMBER)"),
    14101: ("in_sync", "RASSO AFI (ID 'tbc' on force row), text match; HMICFRS form has no "
                       "status ticked ('Off') but comment 'New recommendation' = open; force "
                       "GREEN = open"),
    14102: ("in_sync", "SOC intelligence AFI (ID 'tbc'); HMICFRS Awaiting review, force AMBER"),
    14103: ("missing_from_force", "online child sexual abuse capacity AFI (status 'Off', new): no "
                                  "force row"),
    14104: ("in_sync", "VAWG offenders AFI (ID 'tbc'); HMICFRS Awaiting review, force RED"),
}
LOCAL_WHY = {
    "OL-16-02": "PEEL Legitimacy 2016 equality & diversity data AFI: no such item on the "
                "HMICFRS list",
    "OL-16-05": "custody inspection 2016 (HMICFRS/HMIP) out-of-court disposals rec: not on the "
                "HMICFRS list",
    "OL-21-04": "spotlight rec addressed to the Home Office and NPCC, not held against the force: "
                "not on the list (IDs jump 11232 -> 11234)",
    "OL-L-07": "force's own improvement-plan action (stalking policy T&F group)",
    "OL-L-09": "JAC internal-audit action on firearms licensing governance, not an HMICFRS item "
               "(6410 is the HMICFRS governance rec, in the Archive)",
    "OL-16-01": "PEEL Legitimacy 2015 whistleblowing AFI closed by the force in 2017, no longer "
                "on the HMICFRS list",
}


def truth_rows():
    out = []
    for x in order:
        rid = x["id"]
        cat, why = WHY[rid]
        frs = FROWS.get(rid, [])
        if cat == "missing_from_force":
            assert not frs, rid
            out.append((HROW[rid], "", cat, why))
        else:
            assert frs, rid
            for d in frs:
                out.append((HROW[rid], d["prov"], cat, why))
    for d in F_LOCAL:
        key = d.get("ol") or d.get("ref")
        out.append(("", d["prov"], "not_on_hmicfrs_list", LOCAL_WHY[key]))
    return out


def check_categories():
    """Cross-check every category against the statuses recorded above."""
    for x in H:
        rid = x["id"]
        cat = WHY[rid][0]
        frs = FROWS.get(rid, [])
        if not frs:
            assert cat == "missing_from_force", rid
            continue
        hopen = x["status"] in OPEN
        fdone = all((d in ARC) or d["brag"] == "BLUE" for d in frs)
        natural = ("in_sync" if hopen != fdone else
                   ("closeable_submit" if hopen else "closeable_local"))
        if cat != "conflict":
            assert cat == natural, (rid, cat, natural)


def write_truth(path):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for row in truth_rows():
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    check_categories()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    write_csv(os.path.join(OUT, "hmicfrs.csv"))
    write_xlsx(os.path.join(OUT, "tracker.xlsx"))
    write_truth(os.path.join(OUT, "truth.csv"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme())


README_BODY = """# Case `pdf_forms_merged_csv`: the definitive list as merged PDF form data

## The story

Before the PEEL 2023–25 fieldwork, HMICFRS's force liaison lead (FLL) for West Mercia Police sent
the force its "definitive list" of the recommendations, areas for improvement and causes of
concern the inspectorate holds against it. It did not come as a spreadsheet: it came as a zip of
fillable PDF "recommendation record" forms, one form per item, so that the force could type its
update into each form and send it back. The forms were made from two versions of the FLL's
template: the 2022 form (used for items carried over from the last exercise) and a revised 2024
form (used for items added since 2022 and for older items whose status changed since then).

The force's Organisational Learning analyst needed one list, so she used Acrobat to merge the
form data of every PDF in the folder into one CSV. That CSV, untouched, is `hmicfrs.csv`. What the
merge does to a list:

- the column headers are the forms' **field names**, not labels: the 2022 form's designer never
  renamed most fields (`Text1` is the register ID, `Dropdown2` the type, `Text3` the
  recommendation text, `Group1` the status radio buttons, `Text12` the last force update,
  `Check Box1` "closure evidence received", `Date1` the force's return date);
- the 2024 form renamed three of those fields (`RegisterID`, `Type`, `RecommendationText`) and
  added `FormRef`, so the merge holds **both versions' fields side by side**: on a 2022-form row
  the ID, type and text are in `Text1` / `Dropdown2` / `Text3` and the 2024 columns are empty;
  on a 2024-form row it is the other way round. {n_v1} items came on the 2022 form, {n_v2} on
  the 2024 form;
- rows follow the **file names** (`<register id>.pdf`) sorted as text, so 11230 comes before
  1204 and 902 comes after 8572; reports are interleaved;
- a radio group with no button ticked exports as `Off`; unticked check boxes as `Off`, ticked as
  `Yes`; an untouched drop-down as `- Select -`;
- line breaks typed in a multi-line field are bare carriage returns (CR) inside the quoted
  field; records end with CRLF;
- everything in the folder is merged: a form saved twice (`12452 (1).pdf`) and the FLL's blank
  template became rows too.

The force side is the OL team's own workbook, `tracker.xlsx`: a live register and an archive of
items the force has closed.

## The files

### hmicfrs.csv

Windows-1252 (cp1252), comma-separated, CRLF record ends, header on row 1, {n_csv} records
(rows 2–{last_csv} as Excel shows them; multi-line fields do not add rows). Columns:
`Force, Text1, Report, Published, Dropdown2, Text3, Group1, HMICFRS comment, Text12,
Check Box1, Date1, FormRef, RegisterID, Type, RecommendationText`.

- Register ID: `Text1` (2022 form) or `RegisterID` (2024 form): plain integers, unique across
  the register, no prefix. `FormRef` (`FLL/WM/24/nnn`, 2024 form only) is the FLL's form serial,
  **not** a register reference.
- Text: `Text3` or `RecommendationText`, real HMICFRS wording, verbatim with its quirks (curly
  quotes, "•" bullets with and without spaces, "intelligence 86 and" and "another force; and 20"
  footnote digits, the "HMIC recommends that the force should immediately:" stems).
- Type: `Dropdown2` (2022 form: Recommendation / Area for improvement / Cause of concern — the
  2022 list has no "National recommendation", so all-forces items are "Recommendation") or
  `Type` (2024 form, which does have "National recommendation").
- Published: typed by hand on the 2022 form ("09/07/2013", "July 2014", "15 September 2015",
  "June 2018"), a formatted date field on the 2024 form ("22-Jul-2022").
- Status: `Group1`: Awaiting review / Being progressed (open), Complete / Superseded / No
  further action required (closed), or `Off` (nothing ticked). `HMICFRS comment` carries the
  register's comment ("New recommendation", "This recommendation is complete", the "subsequently
  been inspected … PEEL" superseded note, etc.).
- `Text12` is the last force update HMICFRS holds, pre-filled on a few forms; `Date1` is empty
  everywhere (the force has not returned anything yet).
- `Force` is "West Mercia" on 2022 forms and "West Mercia Police" on 2024 forms.

{n_items} items: {n_nat} all-forces items from twelve national reports (2013–2021) and {n_wm} West
Mercia items (PEEL efficiency 2015, PEEL effectiveness 2016, PEEL efficiency and legitimacy
2017, CDI 2018, NCPI 2018, PEEL 2018/19, PEEL 2021/22, PEEL 2023–25). The spotlight report's
fourth recommendation (to the Home Office and NPCC) is not held against the force, so the IDs
jump 11232 → 11234.

### tracker.xlsx

Sheet `Register` (live): title rows 1–3 (title; owner/version; the BRAG key), blank row 4,
header row 5, {n_reg} item rows 6–{reg_last}, a note on row {note_row}. Columns: `OL Ref`
(the force's own running number, e.g. OL-17-08a — not an HMICFRS reference), `HMICFRS ID`
(filled on most rows, sometimes "HMICFRS 8541", "3108 / 3109", "tbc", blank or wrong),
`Inspection / report` (the force's short names: "PEEL Legit 17 S&S", "Stolen Freedom (MSHT)
2017"), `Published` (Excel dates shown mmm-yy, or text "Feb 21", "2016", or blank), `Type`
(Nat Rec / Rec / AFI / CoC / Local), `Recommendation / AFI (as recorded)` (the force's
abridged, abbreviated wording: S&S, MSHT, DA, CCs, ISAs, RUI, VAWG, RASSO, SOC), `Lead`,
`Governance board`, `BRAG` (text, with a matching fill), `Latest update`, `Closure submitted`
(dd/mm/yyyy). Autofilter on the header, panes frozen.

Sheet `Archive (closed)`: title row 1, header row 2, {n_arc} item rows 3–{arc_last}. Different
columns: `Ref, Report, Recommendation, Owner, Status` (always "Closed"), `Date closed`,
`Closure note`; no HMICFRS ID at all, so these rows match on text only.

**The force's BRAG key (row 3) is the status vocabulary:** BLUE = complete (closure evidence
sent to / accepted by HMICFRS) = done; GREEN = on track = **open**; AMBER and RED = open. Every
Archive row is done.

## What the layout brings, and how the truth decides

1. **Two field sets in one file.** ID, type and text sit in different columns depending on the
   form version of each row; the 2022 and 2024 columns are never both filled on one row.
2. **Meaningless headers.** Nothing is called "Recommendation" or "Status": `Text3` /
   `RecommendationText` hold the text, `Group1` the status, `Text1` / `RegisterID` the ID.
3. **`FormRef` is a decoy reference.** It looks like a reference but is the FLL's form serial.
4. **Status `Off`.** {r14101} and {r14103} (PEEL 2023–25) have no button ticked but the comment
   "New recommendation": a person reads them as open.
5. **Duplicate form and blank template.** Row {dup} repeats row {dup_prev} exactly (the same
   2024 form merged twice); row {blank} is the blank template. Neither is an item.
6. **Bare-CR line breaks** inside quoted fields (bulleted items such as {r7702}, {r9021},
   {r11232}); each record is still one row.
7. **GREEN means open in this tracker.** HMICFRS-open items that the force grades GREEN are
   `in_sync` (e.g. {r5561}), and HMICFRS-closed items graded GREEN are `closeable_local`
   ({r2321} Superseded vs {f2321}; {r11234} and {r8544}, both Complete vs GREEN).
8. **The archive is a second item sheet with its own columns.** {r8545} (unconscious bias
   training) is Closed in the archive ({f8545}) but HMICFRS still has it Being progressed:
   `closeable_submit`. {r6410} (firearms governance) is Complete and archived ({f6410}):
   `in_sync`.
9. **Split rows.** {r7702} (MSHT leadership, four bullets) is split over {f7702}; both parts
   BLUE and all four bullets covered → `closeable_submit` on both lines. {r9021} (CDI victims,
   five bullets) is split over {f9021}; the last part is GREEN (= open), so the item is not done
   → `in_sync` on all three lines.
10. **Two items on one row.** {f3108} ("3108 / 3109", parts (i) and (ii)) holds {r3108} and
    {r3109}; both are "No further action required" at HMICFRS and AMBER in the force →
    `closeable_local`, one line each.
11. **Near-twin texts from two reports.** The 2013 and 2015 stop-and-search reports both ask
    chief constables to comply with the code of practice. The force's only such row
    ({f5561}, report just "Stop and search", no date) says "in consultation with PCCs", the 2015
    wording, so it pairs with {r5561}; the 2013 item {r1206} ("elected local policing bodies")
    is `missing_from_force`.
12. **A cause of concern tracked, its recommendation not.** {r8571} (vetting backlog) is on
    {f8571}; its recommendation {r8572} has no row: `missing_from_force`.
13. **Conflicts** (matched, both open, facts disagree):
    - deadline figure: {r4823} "By 31 March 2015" vs {f4823} "By 31 March 2016";
    - timescale: {r6411} "Within three months" vs {f6411} "Within six months";
    - type: {r6021} Area for improvement vs {f6021} "Rec";
    - report: {r8133} (control room, PEEL Police efficiency 2017) filed by the force under
      "PEEL Legitimacy 2017" ({f8133});
    - missing bullet: {r8542} has three bullets, {f8542} keeps two (no possession-only drug
      searches bullet);
    - reference: {r9519} (public consultation) matched on text, but the force's ID on {f9519}
      is "9159", a transposition (9159 is not on the list).
14. **Not on the HMICFRS list:** a PEEL Legitimacy 2016 AFI, a joint custody inspection
    recommendation, the spotlight recommendation addressed to the Home Office and NPCC, two of the
    force's own actions (one of them an internal-audit action on firearms licensing governance,
    which is easy to pair wrongly with the HMICFRS governance item), and an archived PEEL
    Legitimacy 2015 AFI HMICFRS no longer lists. The Home Office/NPCC row {f11233} even
    carries an HMICFRS ID, "11233", that is not on the list.
15. **Prefilled force updates that contradict the status.** {r7705} carries `Text12`
    "Completed – evidence to follow" and `Check Box1` Yes, but its status is Being progressed:
    HMICFRS still has it open; the force row {f7705} is BLUE → `closeable_submit`. The same
    pattern, status open with the evidence box ticked, is on {r4822}, {r6412}, {r9310} and
    {r12452}, each matched to a BLUE force row.

No line is `review`: every pair can be decided from the two files."""

README_CHECKS = """## Checks run

- Every force item row appears in `truth.csv` (once, or once per item for OL-14-03), every
  HMICFRS item row at least once; the builder asserts that each split or matched item has its
  force rows and that every non-conflict category follows from the two statuses (HMICFRS open /
  closed × force BLUE-or-archived / other).
- `hmicfrs.csv` read back with pandas (`encoding="cp1252"`): 72 records, 15 columns; texts with
  bare CRs stay in one record. `tracker.xlsx` read back with openpyxl (sheet names, header rows,
  row numbers of every provenance in the truth) and pandas (`header=4` on `Register`,
  `header=1` on `Archive (closed)`).
- Two builds in a row give byte-identical files (sha256 compared)."""


def hr(rid):
    return HROW[rid]


def fr(rid):
    return ", ".join(d["prov"] for d in FROWS[rid])


def readme():
    import collections
    t = truth_rows()
    cnt = collections.Counter(x[2] for x in t)
    items_by_cat = collections.Counter(WHY[x["id"]][0] for x in H)
    lines = []
    A = lines.append
    A(README_BODY.format(
        n_items=len(H), n_csv=len(hrows), last_csv=len(hrows) + 1,
        n_reg=len(REG), reg_last=REG_FIRST - 1 + len(REG), note_row=REG_FIRST + len(REG) + 1,
        n_arc=len(ARC), arc_last=ARC_FIRST - 1 + len(ARC),
        n_v1=sum(1 for x in H if x["ver"] == 1), n_v2=sum(1 for x in H if x["ver"] == 2),
        r1206=hr(1206), r5561=hr(5561), f5561=fr(5561),
        r3108=hr(3108), r3109=hr(3109), f3108=fr(3108),
        r7702=hr(7702), f7702=fr(7702), r9021=hr(9021), f9021=fr(9021),
        r4823=hr(4823), f4823=fr(4823), r6411=hr(6411), f6411=fr(6411),
        r6021=hr(6021), f6021=fr(6021), r8133=hr(8133), f8133=fr(8133),
        r8542=hr(8542), f8542=fr(8542), r9519=hr(9519), f9519=fr(9519),
        r14101=hr(14101), r14103=hr(14103), r8571=hr(8571), r8572=hr(8572), f8571=fr(8571),
        r8545=hr(8545), f8545=fr(8545), r2321=hr(2321), f2321=fr(2321),
        r6410=hr(6410), f6410=fr(6410), r12452=hr(12452), r9310=hr(9310), f9310=fr(9310),
        r7705=hr(7705), f7705=fr(7705), r8544=hr(8544), r4822=hr(4822), r6412=hr(6412),
        f11233=[d['prov'] for d in F_LOCAL if d.get('ol') == 'OL-21-04'][0],
        n_nat=sum(1 for x in H if 'West Mercia' not in x['report']),
        n_wm=sum(1 for x in H if 'West Mercia' in x['report']), r11232=hr(11232), r11234=hr(11234),
        dup=H_NONITEM[0][0], dup_prev=H_NONITEM[0][0] - 1, blank=H_NONITEM[1][0],
    ))
    A("")
    A("## Counts")
    A("")
    A("| category | truth lines | HMICFRS items |")
    A("|---|---|---|")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict",
              "missing_from_force", "not_on_hmicfrs_list", "review"]:
        A("| %s | %d | %s |" % (c, cnt.get(c, 0),
                                  "-" if c == "not_on_hmicfrs_list" else items_by_cat.get(c, 0)))
    A("| **total** | **%d** | **%d** |" % (len(t), len(H)))
    A("")
    A("Lines exceed items because OL-17-08a/b (7702) and OL-18-01a/b/c (9021) are split rows, "
      "and OL-14-03 holds two items (3108, 3109) on one force row; the six "
      "not_on_hmicfrs_list lines have no HMICFRS row.")
    A("")
    A("## Rows that are not items")
    A("")
    A("hmicfrs.csv:")
    A("- row 1: the header (form field names).")
    for n, why in H_NONITEM:
        A("- row %d: %s." % (n, why))
    A("")
    A("tracker.xlsx, sheet `Register`:")
    A("- row 1: sheet title; row 2: owner / version / review date; row 3: the BRAG key; "
      "row 4: blank; row 5: column headers.")
    A("- row %d: blank; row %d: note on how BLUE rows move to the archive."
      % (REG_FIRST + len(REG), REG_FIRST + len(REG) + 1))
    A("")
    A("tracker.xlsx, sheet `Archive (closed)`: row 1 title, row 2 column headers.")
    A("")
    A(README_CHECKS)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
