"""Build case `regional_findings_register_grades_and_practice` (round 98, case B).

HMICFRS side: a filtered extract of a regional collaboration's "Inspection Findings Register"
(West Midlands Regional Organisational Learning Network), which records every finding HMICFRS
publishes about the region's forces -- recommendations, AFIs, causes of concern, national
recommendations, and ALSO graded judgements and innovative practice, which are not items.
Force side: West Mercia Police's plain tracker.

Run: /work/main/.venv/bin/python build_regional_findings_register_grades_and_practice.py
Deterministic: no clock, no randomness beyond a fixed seed; zip entries re-stamped.
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

CASE = "regional_findings_register_grades_and_practice"
OUT = Path(__file__).resolve().parent / CASE
RNG = random.Random(98_02)
FIXED = dt.datetime(2024, 10, 18, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "AFI"
COC = "Cause of concern"
GRADE = "Graded judgement"
PRACT = "Innovative practice"

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")

# ---------------------------------------------------------------- real texts (literals)
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
    "to the victim or the wider public are identified and appropriately managed.")
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that:\n\n"
    "- there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases.")
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
    "vulnerability in 2015.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
CHILD_DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested")

# ------------------------------------------------------------------- reports
# key -> (HMICFRS title as the regional register holds it, published, force code, tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "ALL", "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "ALL", "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), "ALL",
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "ALL", "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "ALL", "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "ALL", "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "ALL", "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "ALL", "Firearms licensing 2015"),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15), "WMC",
              "PEEL Efficiency 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "WMC",
              "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21), "WMC", "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "ALL", "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), "ALL",
               "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "WMC",
               "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), "ALL",
               "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "WMC", "Legitimacy 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "WMC",
              "PEEL Effectiveness 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "WMC",
               "NCPI 2018"),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
              dt.date(2019, 5, 2), "WMC", "PEEL 2018/19"),
    "p2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
              dt.date(2022, 7, 21), "WMC", "PEEL 21-22"),
}

# ------------------------------------------------------------------- HMICFRS rows
# (key, report, type, text, HMICFRS status, status date, old register id, parent key,
#  theme, regional note). Rows with type GRADE / PRACT are not items.
D = dt.date
H = [
    ("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     CO, D(2016, 2, 11), 1174, None, "Stop and search", None),
    ("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     CO, D(2016, 2, 11), 1175, None, "Stop and search", None),
    ("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     CO, D(2016, 2, 11), 1176, None, "Stop and search", None),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, CO, D(2016, 8, 30), 2329, None,
     "Domestic abuse", None),
    ("aus1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     NFA, D(2017, 10, 17), 2911, None, "Finance", "NFA – area subsequently inspected in PEEL "
     "Efficiency (FLL email 17/10/2017)"),
    ("aus2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     NFA, D(2017, 10, 17), 2912, None, "Finance", None),
    ("aus3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     NFA, D(2017, 10, 17), 2913, None, "Workforce", None),
    ("aus4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     NFA, D(2017, 10, 17), 2914, None, "Finance", None),
    ("core1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     SU, D(2017, 3, 2), 4826, None, "Contact", "Subsequently inspected in PEEL Effectiveness; "
     "any remaining concern sits against the later inspection"),
    ("core2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     SU, D(2017, 3, 2), 4827, None, "Prevention", None),
    ("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     CO, D(2017, 6, 5), 5530, None, "Information management", None),
    ("fa1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are "
     "not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     CO, D(2017, 4, 19), 5861, None, "Firearms licensing", None),
    ("fa2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     CO, D(2017, 4, 19), 5862, None, "Firearms licensing", None),
    ("fa3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     BP, D(2019, 1, 8), 5863, None, "Firearms licensing", None),
    ("fa4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, D(2019, 1, 8), 5864, None, "Firearms licensing", None),
    ("fa5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     CO, D(2019, 1, 8), 5865, None, "Firearms licensing", None),
    ("eff15_demand", "eff15", AFI,
     "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public",
     SU, D(2019, 5, 2), 6114, None, "Demand", "Superseded by PEEL 2018/19 – see WMR-1306"),
    ("eff15_links", "eff15", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs",
     CO, D(2017, 11, 9), 6115, None, "Finance", None),
    ("eff15_wfp", "eff15", AFI,
     "The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.",
     CO, D(2017, 11, 9), 6116, None, "Workforce", None),
    ("g_eff16", "eff16", GRADE, "Effectiveness – overall judgement: Requires improvement",
     "n/a", None, None, None, "Grades", None),
    ("eff16_dash_coc", "eff16", COC, DASH_COC, SU, D(2019, 5, 2), 7702, None,
     "Domestic abuse", "Superseded – concern carried into PEEL 2018/19 (WMR-1306)"),
    ("eff16_dash_rec", "eff16", REC, DASH_REC, SU, D(2019, 5, 2), 7703, "eff16_dash_coc",
     "Domestic abuse", "Superseded – concern carried into PEEL 2018/19 (WMR-1306)"),
    ("eff16_mis_coc", "eff16", COC, MISSING_COC, BP, D(2018, 9, 12), 7704, None,
     "Missing children", None),
    ("eff16_mis_rec", "eff16", REC, MISSING_REC, BP, D(2018, 9, 12), 7705, "eff16_mis_coc",
     "Missing children", None),
    ("cdi17", "cdi17", REC, CDI_VICTIMS, AR, D(2017, 9, 21), 8402, None, "Crime recording",
     None),
    ("sf_lead", "stolen", NAT, SF_LEADERSHIP, BP, D(2019, 3, 14), 8460, None, "MSHT", None),
    ("sf_intel", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     BP, D(2019, 3, 14), 8461, None, "MSHT", None),
    ("sf_s45", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     BP, D(2019, 3, 14), 8462, None, "MSHT", None),
    ("sf_nrm", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     AR, D(2017, 10, 24), 8463, None, "MSHT", None),
    ("sf_ncrs", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     CO, D(2019, 3, 14), 8464, None, "MSHT", None),
    ("sf_invest", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     CO, D(2020, 2, 27), 8465, None, "MSHT", None),
    ("sf_prevent", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     BP, D(2019, 3, 14), 8466, None, "MSHT", None),
    ("efc17n", "efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     BP, D(2018, 10, 2), 8512, None, "Digital", None),
    ("efc17f_control", "efc17f", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     BP, D(2018, 10, 2), 8519, None, "Contact", None),
    ("g_efc17", "efc17f", GRADE, "Efficiency – overall judgement: Good", "n/a", None, None,
     None, "Grades", None),
    ("leg17_coc", "leg17n", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     BP, D(2019, 6, 20), 8541, None, "Stop and search", "National cause of concern"),
    ("leg17_mon", "leg17n", NAT, SAS_MONITORING_2017, BP, D(2019, 6, 20), 8542, "leg17_coc",
     "Stop and search", None),
    ("leg17_disp", "leg17n", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     AR, D(2017, 12, 12), 8543, "leg17_coc", "Stop and search", None),
    ("leg17_pub", "leg17n", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     CO, D(2019, 6, 20), 8544, "leg17_coc", "Stop and search", None),
    ("leg17_train", "leg17n", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     BP, D(2019, 6, 20), 8545, "leg17_coc", "Stop and search", None),
    ("leg17f_coc", "leg17f", "Cause for concern",
     "The size of the vetting backlog within West Mercia Police is a cause of concern.",
     BP, D(2019, 6, 20), 8550, None, "Vetting", None),
    ("leg17f_vet", "leg17f", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.",
     BP, D(2019, 6, 20), 8551, "leg17f_coc", "Vetting", None),
    ("eff17_da_coc", "eff17", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of "
     "arrest and prosecution is a cause of concern to HMIC.",
     BP, D(2019, 9, 3), 8790, None, "Domestic abuse", None),
    ("eff17_da_r1", "eff17", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.",
     CO, D(2019, 9, 3), 8791, "eff17_da_coc", "Domestic abuse", None),
    ("eff17_da_r2", "eff17", REC,
     "To improve the service provided to victims of domestic abuse the force should "
     "immediately take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     BP, D(2019, 9, 3), 8792, "eff17_da_coc", "Domestic abuse", None),
    ("eff17_da_r3", "eff17", REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     BP, D(2019, 9, 3), 8793, "eff17_da_coc", "Domestic abuse", None),
    ("ip_eff17", "eff17", PRACT,
     "Vulnerability desk in the force control room: a team of experienced officers reviews "
     "every domestic abuse incident on the day it is reported and quality-assures the DASH risk "
     "assessment before the attending officer goes off duty.",
     "n/a", None, None, None, "Domestic abuse", "Shared with WAR and WMP at ROLN 11/07/2018"),
    ("ncpi18", "ncpi18", REC, CHILD_DETENTION, AR, D(2018, 6, 14), 9012, None, "Custody", None),
    ("p1819_coc_all", "p1819", COC,
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.",
     BP, D(2021, 3, 30), None, None, "Alliance", None),
    ("p1819_r3", "p1819", REC,
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
     "Police to secure a smooth transition to its future operating model, ensuring no "
     "disruption to public services; and",
     CO, D(2021, 3, 30), None, "p1819_coc_all", "Alliance", None),
    ("p1819_r4", "p1819", REC,
     "HMIC recommends that the force should immediately:clearly define its new operating "
     "model, ensuring all operational and support services are affordable and fit to protect "
     "the communities of West Mercia;",
     CO, D(2021, 3, 30), None, "p1819_coc_all", "Alliance", None),
    ("p1819_r2", "p1819", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;",
     CO, D(2021, 3, 30), None, "p1819_coc_all", "Workforce", None),
    ("p1819_r1", "p1819", REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     BP, D(2021, 3, 30), None, "p1819_coc_all", "Vulnerability", None),
    ("p1819_r5", "p1819", REC,
     "HMIC recommends that the force should immediately:improve its arrangements both to "
     "consult with the public about business planning and to feed back on changes made to "
     "service delivery as a result of such consultation.",
     BP, D(2021, 3, 30), None, "p1819_coc_all", "Engagement", None),
    ("p1819_coc_cap", "p1819", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     BP, D(2021, 3, 30), None, None, "Investigation", None),
    ("p1819_r0", "p1819", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     CO, D(2021, 3, 30), None, "p1819_coc_cap", "Investigation", None),
    ("p1819_r6", "p1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;",
     BP, D(2021, 3, 30), None, "p1819_coc_cap", "Investigation", None),
    ("p1819_r9", "p1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to "
     "retrieve digital evidence from mobile phones, computers and other electronic devices "
     "quickly enough to ensure investigations are not delayed;",
     BP, D(2021, 3, 30), None, "p1819_coc_cap", "Investigation", None),
    ("p1819_r10", "p1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     AR, D(2019, 5, 2), None, "p1819_coc_cap", "Investigation", None),
    ("g_1819_eff", "p1819", GRADE, "Effectiveness: Inadequate", "n/a", None, None, None,
     "Grades", None),
    ("g_1819_efc", "p1819", GRADE, "Efficiency: Requires improvement", "n/a", None, None, None,
     "Grades", None),
    ("g_1819_leg", "p1819", GRADE, "Legitimacy: Good", "n/a", None, None, None, "Grades", None),
    ("p2122_whistle", "p2122", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     AR, D(2022, 7, 21), None, None, "Workforce", None),
    ("p2122_eqdiv", "p2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     BP, D(2023, 11, 16), None, None, "Workforce", None),
    ("p2122_succ", "p2122", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.",
     BP, D(2023, 11, 16), None, None, "Workforce", None),
    ("p2122_superv", "p2122", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     BP, D(2023, 11, 16), None, None, "Investigation", None),
    ("p2122_crimerec", "p2122", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     BP, D(2023, 11, 16), None, None, "Investigation", None),
    ("p2122_uof", "p2122", AFI,
     "The force should ensure it has effective internal monitoring processes on the use of "
     "force, to help it to identify and understand disproportionate use, explain the reasons "
     "and implement any necessary improvement action.",
     AR, D(2022, 7, 21), None, None, "Use of force", None),
    ("g_2122_inv", "p2122", GRADE, "Investigating crime: Requires improvement", "n/a", None,
     None, None, "Grades", None),
    ("g_2122_pvp", "p2122", GRADE, "Protecting vulnerable people: Adequate", "n/a", None, None,
     None, "Grades", None),
    ("ip_2122", "p2122", PRACT,
     "Joint digital media investigator team with Warwickshire retained after the end of the "
     "alliance: triage of seized devices within 48 hours cut the examination backlog from 11 "
     "months to 10 weeks.",
     "n/a", None, None, None, "Investigation", None),
    # logged late: on the HMICFRS definitive list but missing from the regional register
    # until the FLL's check in 2023, so they sort after everything else.
    ("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CO, D(2016, 12, 1), 3305, None, "Professional standards",
     "Added 20/03/2023 – on HMICFRS definitive list, not previously on ROLN register"),
    ("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     BP, D(2018, 2, 6), 3718, None, "Stop and search",
     "Added 20/03/2023 – on HMICFRS definitive list, not previously on ROLN register"),
]

# ------------------------------------------------------------------- force tracker rows
# (item key or None, report key/name, type, text, lead, RAG, update, submitted, ref,
#  category, why). The same item key on several rows = a split; a tuple of keys = one row
#  holding two items.
G, A, R = "GREEN", "AMBER", "RED"
F = [
    ("sas13_1", "sas13", "National rec", "S&S 2013 R1 – CCs & CoP to set out in the S&S APP a "
     "clear specification of effective & fair use of S&S powers (compliant w/ Code of Practice)",
     "ACC Local Policing", G, "Complete. APP adopted in force S&S policy.", "12/01/2016", 1174,
     "in_sync", "Same ref 1174 and same ask; HMICFRS Complete, force GREEN: closed on both."),
    ("sas13_2", "sas13", "National rec", "S&S 2013 R2 – establish/improve monitoring of the "
     "way officers stop & search people (law incl. equality legislation + Code of Practice)",
     "ACC Local Policing", G, "S&S scrutiny board in place, monthly data pack.", "12/01/2016",
     1175, "in_sync", "Same ref 1175 and same ask; Complete vs GREEN: closed on both."),
    ("sas13_3", "sas13", "National rec", "S&S 2013 R3 – in consultation with elected local "
     "policing bodies explain use of S&S to public & have records scrutinised by community "
     "reps, involving young people", "ACC Local Policing", G,
     "Community scrutiny panels established in each LPA.", "12/01/2016", None, "in_sync",
     "Filed under the 2013 report and says 'elected local policing bodies' as the 2013 item "
     "does (the 2015 item says 'police and crime commissioners'); HMICFRS Complete, force "
     "GREEN."),
    ("sas15", "sas15", "National rec", "S&S 2 – comply w/ Code of Practice: explain to public "
     "how S&S powers used, in consultation with PCC; S&S records scrutinised by community reps "
     "e.g. young people", "ACC Local Policing", A,
     "Youth panel membership being refreshed with OPCC.", None, None, "in_sync",
     "Filed under the 2015 report and says 'in consultation with PCC' as the 2015 item does, "
     "not the near-identical 2013 one; HMICFRS Being progressed (row logged late at the foot "
     "of the extract), force AMBER: open on both."),
    ("everyone", "everyone", "National rec", "Publish DA action plan – developed in consultation "
     "w/ PCC, DA support orgs & victims reps; consider all recs in report; DHRs and IPCC "
     "findings; CPS scrutiny panels / MARAC self-assessments", "Ch Supt Public Protection", G,
     "DA action plan published Sept 2014, refreshed annually.", "30/09/2014", 2329, "in_sync",
     "Ref 2329 and the plan with all four bullets; Complete vs GREEN."),
    ("aus1", "austerity", "National rec", "Review plans to deliver savings – continue to reduce "
     "crime & protect front line while balancing budget; use HMIC VfM profiles",
     "Director of Finance", A, "Addressed holistically as part of the force change programme.",
     None, 2911, "closeable_local",
     "Ref 2911, same ask; HMICFRS says No further action required (closed) but the force "
     "still has it AMBER: close it locally."),
    ("aus2", "austerity", "National rec", "Forces delivering less than 20% of savings through "
     "collaboration to assess scope to improve on this position", "Director of Finance",
     "Complete", "Alliance collaboration covers >60% of savings.", None, 2912, "conflict",
     "Ref 2912 and the same ask, both closed (NFA / Complete), but the figure differs: "
     "HMICFRS 'less than 10%', tracker 'less than 20%'."),
    ("aus3", "austerity", "National rec", "Assess whether decisive action taken to maintain "
     "crime fighting capacity where workforce/officers on front line are reducing",
     "Director of People", A, "Work undertaken in area but still requires development to "
     "complete.", None, 2913, "closeable_local",
     "Ref 2913, same ask; HMICFRS No further action required, force AMBER."),
    ("aus4", "austerity", "National rec", "Review plans for collaboration before next spending "
     "round – better VfM via joint working w/ other forces, public &/or private sector",
     "Director of Finance", G, "Complete.", None, 2914, "in_sync",
     "Ref 2914; HMICFRS NFA (closed), force GREEN: closed on both."),
    ("core1", "core", "National rec", "Call handlers to have specific, sound & comprehensible "
     "criteria to assess threat, harm & risk (THRIVE) – not later than 31/03/15",
     "Supt Contact Centre", A, "THRIVE refresher training rolled out; dip sampling to "
     "continue.", None, None, "closeable_local",
     "Same ask and deadline; HMICFRS Superseded (closed), force AMBER."),
    ("core2", "core", "National rec", "Crime prevention / disruption activity systematically "
     "recorded and evaluated to determine effectiveness of tactics (by 31 March 2015)",
     "Head of Corporate Development", G, "Complete.", None, None, "in_sync",
     "Same ask; HMICFRS Superseded, force GREEN: closed on both."),
    ("picture", "picture", "National rec", "Arrangements to scrutinise audits of compliance "
     "with APP on information management through force IM goverance structure; categorisation "
     "of records regularly adjusted", "Head of Information Management", G,
     "Information Management Board reviews audit results quarterly.", "02/06/2017", 5530,
     "in_sync", "Ref 5530; Complete vs GREEN."),
    ("fa1", "firearms", "National rec", "Within 3 months assess FL governance against APP; "
     "put correct arrangements in place immediately where standards not met",
     "Supt Firearms Licensing", G, "Governance review completed Dec 2015.", "14/03/2017", 5816,
     "conflict",
     "Same text and report and both closed (Complete / GREEN), but the tracker's HMICFRS ref is "
     "5816 where the list has 5861 for this item (no item 5816 on the list): reference "
     "disagrees."),
    ("fa2", "firearms", "National rec", "Within six months, assess demand placed on FL dept & "
     "ensure it has capacity to meet demand & provide efficient/effective service at all "
     "times", "Supt Firearms Licensing", G, "Staffing uplift agreed by FET.", "14/03/2017", 5862,
     "conflict",
     "Ref 5862 and the same ask, both closed, but the timescale differs: HMICFRS 'Within three "
     "months', tracker 'Within six months'."),
    (("fa3", "fa4"), "firearms", "National rec", "FL recs 3 & 4 – all appropriate action taken "
     "re ‘total expired’ records; temporary permits in line with HO guidance, recorded on "
     "NFLMS without delay, no holder left in unlawful possession", "Supt Firearms Licensing", G,
     "Completed. Evidence submitted to HMICFRS for closure.", "05/02/2024", None,
     "closeable_submit",
     "One tracker row holds two list items (total expired; temporary permits), GREEN; both are "
     "Being progressed on the list: submit both."),
    ("fa5", "firearms", "National rec", "Systems to identify before attendance whether an "
     "incident involves / is at address of a FAC holder, always applied by dispatchers; "
     "officers understand risk assessment & power to seize", "Supt Firearms Licensing", A,
     "STORM flag being tested.", None, 5865, "closeable_local",
     "Ref 5865; HMICFRS Complete, force AMBER."),
    ("eff15_demand", "eff15", "AFI", "Better understanding of current & likely future demand "
     "so resources can be matched to demand", "Head of Corporate Development", A,
     "Demand modelling to feed FMS.", None, 6114, "closeable_local",
     "Ref 6114; HMICFRS Superseded (by PEEL 2018/19), force AMBER."),
    ("eff15_links", "eff15", "AFI", "Develop understanding of the links between outcomes, "
     "outputs and costs", "Director of Finance", G, "Complete.", None, 6115, "in_sync",
     "Ref 6115; Complete vs GREEN."),
    ("eff15_wfp", "eff15", "AFI", "Future workforce plan aligned to demand and budget (resource "
     "allocations, skills mix, behaviours)", "Director of People", G, "Complete.", None, 6116,
     "in_sync", "Ref 6116; Complete vs GREEN."),
    ("eff16_dash_coc", "eff16", "CoC", "CoC – DA: officer discretion to complete DASH; DASH not "
     "consistently completed where policy requires; some victims not appropriately risk "
     "assessed", "C/Supt Bell", A, "Covered by the Vulnerability Improvement Delivery Plan; "
     "see latest plan update.", None, 7702, "closeable_local",
     "Ref 7702; HMICFRS Superseded, force AMBER."),
    ("eff16_dash_rec", "eff16", "Rec", "Effective supervison of initial risk assessment – "
     "completion of DASH in appropriate cases", "C/Supt Bell", R,
     "The policy is now signed off and in place with an implementation date of the end of "
     "October.", None, 7703, "closeable_local",
     "Ref 7703; HMICFRS Superseded, force RED (open)."),
    ("eff16_mis_rec", "eff16", "Rec", "Missing children – review approach: call takers use "
     "missing/absent category correctly; CSE risk factors known to call takers & frontline; "
     "supervisors oversee missing enquiries", "Ch Supt Public Protection", A,
     "Missing persons coordinator posts filled.", None, 7705, "in_sync",
     "Ref 7705, all three bullets; Being progressed vs AMBER: open on both."),
    ("cdi17", "cdi17", "Rec", "Within 6 months arrangments so that: victims believed at point "
     "of report; call handler conversations summarised accurately in incident log; multiple "
     "crimes always recorded; stop waiting for medical/video interview results before "
     "recording", "Force Crime Registrar", G, "Allocated to the Force Crime Registrar. Progress "
     "sent to the OPCC on 2 November to inform the 56-day response.", "30/04/2018", 8402,
     "conflict",
     "Ref 8402 and same ask, but the tracker lists four of the five bullets: 'online reports of "
     "crime are triaged at the point of receipt' is missing (status would otherwise be "
     "closeable_submit: Awaiting review vs GREEN)."),
    ("sf_lead", "stolen", "National rec", "MSHT leadership & goverance (a) senior leaders "
     "prioritise response to MSHT", "Det Ch Supt Force CID", G, "MSHT strategic lead "
     "appointed.", None, 8460, "in_sync",
     "Part 1 of 4 of the leadership item (ref 8460) split by bullet; part b is AMBER, so the "
     "item is open; HMICFRS Being progressed: open on both."),
    ("sf_lead", "stolen", "National rec", "(b) every MSHT incident allocated appropriate "
     "resources with skills, experience & capacity to investigate", "Det Ch Supt Force CID", A,
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None, None,
     "in_sync", "Part 2 of 4 of ref 8460; AMBER, so the item is open; HMICFRS Being "
     "progressed."),
    ("sf_lead", "stolen", "National rec", "(c) effective partnership arrangements to "
     "co-ordinate activity, share info & safeguard victims", "Det Ch Supt Force CID", G,
     "Anti-slavery partnership meets quarterly.", None, None, "in_sync",
     "Part 3 of 4 of ref 8460; item open because part b is AMBER."),
    ("sf_lead", "stolen", "National rec", "(d) performance & QA measures so senior leaders can "
     "assess service to victims", "Det Ch Supt Force CID", G, "MSHT measures added to force "
     "performance pack.", None, None, "in_sync",
     "Part 4 of 4 of ref 8460; item open because part b is AMBER."),
    ("sf_intel", "stolen", "National rec", "Within 6 months – active ISAs with other agencies "
     "for speedy exchange of intelligence, to safeguard victims & identify suspects early",
     "Head of Intelligence", A, "Draft ISA with local authorities out for signature.", None,
     8461, "in_sync", "Ref 8461 (the list's stray footnote '86' ignored); Being progressed vs "
     "AMBER."),
    ("sf_s45", "stolen", "National rec", "Victims committing crimes under compulsion – early & "
     "continuing consideration of s45 defence", "Head of Criminal Justice", G,
     "Ready to move to GREEN status.", "11/06/2024", 8462, "closeable_submit",
     "Ref 8462; HMICFRS Being progressed, force GREEN: submit for closure."),
    ("sf_nrm", "stolen", "National rec", "Fully compliant with NRM process and duty to notify "
     "HO of adult victims (MSA 2015)", "Det Ch Supt Force CID", G,
     "Already complete / believed to be complete within short time scale (and within "
     "deadline).", "11/06/2024", 8463, "closeable_submit",
     "Ref 8463; HMICFRS Awaiting review (open), force GREEN."),
    ("sf_ncrs", "stolen", "National rec", "Comply with NCRS for MSHT offences; audit capacity "
     "for FCR", "Force Crime Registrar", G, "Complete.", "02/01/2019", 8464, "in_sync",
     "Ref 8464; Complete vs GREEN."),
    ("sf_invest", "stolen", "National rec", "MSHT allegations thoroughly investigated & "
     "supervised by skilled teams (incl JITs, overseas intel)", "Det Ch Supt Force CID", A,
     "Training for CID in progress.", None, 8465, "closeable_local",
     "Ref 8465; HMICFRS Complete, force AMBER."),
    ("efc17n", "efc17n", "National rec", "By September 2019 produce ambitious plan to improve "
     "digitally-enabled services (HO/NPCC/APCC national framework)", "Head of Corporate "
     "Development", A, "Digital strategy refresh.", None, 8512, "conflict",
     "Ref 8512; both open, but the deadline differs: HMICFRS 'By September 2018', tracker 'By "
     "September 2019'."),
    ("efc17f_control", "efc17f", "Rec", "Sufficient resources in control room to fulfil "
     "resourcing model & meet demand, taking account of workforce wellbeing",
     "Supt Contact Centre", A, "Recruitment of 24 call handlers under way.", None, 8519,
     "conflict",
     "Ref 8519 and same ask, both open, but type differs: area for improvement on the list, "
     "'Rec' in the tracker."),
    ("leg17_coc", "leg17n", "CoC", "CoC – S&S: force unable to show use of S&S consistently "
     "reasonable & fair; BAME over-representation not explained", "ACC Local Policing", A,
     "See S&S recs below.", None, 8541, "in_sync",
     "Ref 8541; Being progressed vs AMBER."),
    ("leg17_mon", "leg17n", "National rec", "S&S data monitoring (by July 2018) – i) reasons "
     "for disproportionate representation of ethnic groups", "ACC Local Policing", G,
     "Quarterly disproportionality report to S&S board.", "20/09/2024", 8542,
     "closeable_submit", "Part 1 of 3 of the monitoring item (ref 8542) split by bullet; all "
     "three parts GREEN; HMICFRS Being progressed."),
    ("leg17_mon", "leg17n", "National rec", "ii) find rates by ethnicity & search type (incl "
     "drug possession vs supply)", "ACC Local Policing", G, "Included in quarterly report.",
     "20/09/2024", 8542, "closeable_submit",
     "Part 2 of 3 of ref 8542; all parts GREEN; HMICFRS open."),
    ("leg17_mon", "leg17n", "National rec", "iii) prevalence of possession-only drug searches "
     "vs local/force priorities", "ACC Local Policing", G, "Included in quarterly report.",
     "20/09/2024", 8542, "closeable_submit",
     "Part 3 of 3 of ref 8542; all parts GREEN; HMICFRS open."),
    ("leg17_disp", "leg17n", "National rec", "Where disparities found – research/analysis to "
     "understand reasons & action to reduce disparity", "ACC Local Policing", A,
     "Academic partner commissioned.", None, 8543, "in_sync",
     "Ref 8543; Awaiting review vs AMBER: open on both."),
    ("leg17_pub", "leg17n", "National rec", "Publish the analysis and actions taken at least "
     "annually from July 2018", "ACC Local Policing", G, "Published on force website.",
     "31/07/2018", 8544, "in_sync", "Ref 8544; Complete vs GREEN."),
    ("leg17_train", "leg17n", "National rec", "All S&S officers trained in unconscious bias "
     "and CoP APP on S&S (by July 2018 & ongoing)", "Head of Learning & Development", A,
     "87% of officers trained.", None, 8545, "in_sync",
     "Ref 8545; Being progressed vs AMBER."),
    ("leg17f_coc", "leg17f", "CoC", "Vetting backlog – cause of concern", "Head of "
     "Professional Standards", A, "Backlog reduced from 1,400 to 310.", None, 8550, "in_sync",
     "Ref 8550 ('Cause for concern' on the list = cause of concern); Being progressed vs "
     "AMBER."),
    ("leg17f_vet", "p1819", "Rec", "All staff to hold at least lowest level vetting asap – "
     "clear backlog & renewals, comply fully w/ national vetting guidelines",
     "Head of Professional Standards", A, "Vetting unit uplift approved.", None, 8551,
     "conflict",
     "Ref 8551 and the same ask, both open, but filed under PEEL 2018/19 in the tracker; the "
     "list holds it under PEEL: Police legitimacy 2017: report disagrees."),
    ("eff17_da_coc", "eff17", "CoC", "CoC – DA approach unacceptable: proportion of victims "
     "not supporting investigation, low use of arrest and prosecution", "Ch Supt Public "
     "Protection", A, "DA improvement plan in place.", None, 8790, "in_sync",
     "Ref 8790; Being progressed vs AMBER."),
    ("eff17_da_r1", "eff17", "Rec", "Increase use of arrest, ancillary orders & other powers "
     "for DA victims", "Ch Supt Public Protection", G, "Arrest rate up 14 points.",
     "03/06/2019", 8791, "in_sync", "Ref 8791; Complete vs GREEN."),
    ("eff17_da_r2", "eff17", "Rec", "Understand & address why high proportion of DA victims "
     "do not support police investigation", "Ch Supt Public Protection", A,
     "Victim survey commissioned.", None, 8792, "in_sync",
     "Ref 8792; Being progressed vs AMBER."),
    ("eff17_da_r3", "eff17", "Rec", "Cease DA risk assessments over the phone & dealing with "
     "DA in the resolution centre", "Supt Contact Centre", G, "The Force Executive Team agreed "
     "on 25 July that we would risk-assess all DA incidents.", "22/08/2024", 8793,
     "closeable_submit", "Ref 8793; HMICFRS Being progressed, force GREEN."),
    ("ncpi18", "ncpi18", "Rec", "Detention of children (with children's social care): detain "
     "only when absolutely necessary & for minimum time; early assessment of need for "
     "alternative accomodation; record actions/decisions; timely appropriate adults",
     "Ch Insp Custody", A, "Concordat on children in custody signed; AA contract retendered.",
     None, 9012, "in_sync", "Ref 9012, all four bullets; Awaiting review vs AMBER."),
    ("p1819_coc_all", "p1819", "CoC", "CoC – maintain full range of public services when "
     "alliance with Warwickshire ends (workforce skills, investigation, safeguarding)", "DCC",
     A, "Transition programme board.", None, None, "in_sync",
     "Same cause of concern; Being progressed vs AMBER."),
    ("p1819_r0", "p1819", "Rec", "Review officers' capabilities & capacity to manage "
     "investigative workload / understand investigative demand", "Det Ch Supt Force CID", G,
     "Complete.", None, None, "in_sync", "Same ask; Complete vs GREEN."),
    ("p1819_r1", "p1819", "Rec", "Review approach to vulnerability with partners",
     "Ch Supt Public Protection", A, "Partnership review workshop held.", None, None,
     "in_sync", "Same ask; Being progressed vs AMBER."),
    ("p1819_r2", "p1819", "Rec", "Expand skills project – assess all skills (not only "
     "operational) incl. future skills; inform workforce plans", "Director of People", A,
     "Skills audit 60% complete.", None, None, "closeable_local",
     "Same ask; HMICFRS Complete, force AMBER."),
    ("p1819_r3", "p1819", "Rec", "Agree arrangements with Warwickshire for smooth transition "
     "to future operating model, no disruption to public services", "DCC", G,
     "Section 22 agreements signed.", None, None, "in_sync", "Same ask; Complete vs GREEN."),
    ("p1819_r4", "p1819", "Rec", "Clearly define new operating model – affordable & fit to "
     "protect communities of West Mercia", "DCC", G, "Operating model launched.", None, None,
     "in_sync", "Same ask; Complete vs GREEN."),
    ("p1819_r5", "p1819", "Rec", "Improve arrangements to consult public on business planning "
     "& feed back on changes made as result", "Head of Corporate Development", G,
     "Pending sign off by the chief officer lead.", "15/07/2024", None, "closeable_submit",
     "Same ask; HMICFRS Being progressed, force GREEN."),
    ("p1819_r6", "p1819", "Rec", "Within 6 months – regular & active supervison of quality & "
     "progress of investigations, properly recorded", "Det Ch Supt Force CID", A,
     "Supervision dip sampling monthly.", None, None, "in_sync",
     "Filed under PEEL 2018/19 and says 'regular & active supervision … properly recorded' as "
     "the 2018/19 item does (not the 2021/22 AFI on investigation plans); open on both."),
    ("p1819_r9", "p1819", "Rec", "Digital evidence – improve ability to retrieve from phones, "
     "computers & other devices quickly so investigations not delayed", "Det Ch Supt Force "
     "CID", R, "DFU backlog 9 months.", None, None, "in_sync",
     "Same ask; Being progressed vs RED: open on both."),
    ("p1819_r10", "p1819", "Rec", "Understanding of suspects RUI & management of those on "
     "bail", "Head of Criminal Justice", A, "RUI review group.", None, None, "in_sync",
     "Same ask; Awaiting review vs AMBER."),
    ("p2122_whistle", "p2122", "AFI", "Confidential way for staff to raise concerns; staff "
     "aware of whistleblowing processes", "Head of Professional Standards", G,
     "Evidence pack sent to FLL 03/2024.", "28/03/2024", None, "closeable_submit",
     "Same ask; HMICFRS Awaiting review, force GREEN."),
    ("p2122_succ", "p2122", "AFI", "Succession plans to improve diversity at all levels incl "
     "direct entry", "Director of People", A, "Talent board established.", None, None,
     "in_sync", "Same ask; Being progressed vs AMBER."),
    ("p2122_superv", "p2122", "AFI", "Improve supervison of investigations – investigation "
     "plans set, reviewed & recorded; consistently good service for victims",
     "Det Ch Supt Force CID", A, "Investigation plan template on Niche.", None, None,
     "in_sync", "Filed under PEEL 2021/22 and speaks of investigation plans, as the 2021/22 "
     "AFI does; open on both."),
    ("p2122_crimerec", "p2122", "AFI", "Better use of crime recording & management system "
     "(Niche) to manage case files & investigative processes", "Force Crime Registrar", A,
     "Niche case file module go-live Q1.", None, None, "in_sync",
     "Same ask; Being progressed vs AMBER."),
    ("p2122_uof", "p2122", "AFI", "Effective internal monitoring of use of force – identify & "
     "understand disproportionate use, explain reasons, act", "ACC Local Policing", A,
     "UoF dashboard in development.", None, None, "in_sync",
     "Same ask; Awaiting review vs AMBER."),
    # not on the HMICFRS list
    (None, "PEEL Legit 14", "AFI", "Revise approach to cautions, cannabis warnings & PNDs – "
     "auditable explanation to offender; victim's views considered for victim-based crime",
     "Head of Criminal Justice", G, "Complete.", "10/11/2015", None, "not_on_hmicfrs_list",
     "No list item from a PEEL legitimacy 2014 report or with this text: closed and dropped "
     "by HMICFRS long ago, or never on its list; query with HMICFRS."),
    (None, "Police powers spotlight (Feb 21)", "National rec", "By July 2022 officers & staff "
     "to have effective communication skills in line with National Policing Guidelines on "
     "Conflict Management", "Head of Learning & Development", A, "Training package in "
     "design.", None, None, "not_on_hmicfrs_list",
     "The extract holds nothing from the 2021 police powers spotlight report; tracker row has "
     "no partner."),
    (None, "PEEL Effectiveness 2017", "Local action", "Share vulnerability desk practice "
     "(DASH QA in control room) with WAR & WMP via ROLN", "Supt Contact Centre", G,
     "Presented at ROLN 11/07/2018.", None, None, "not_on_hmicfrs_list",
     "The force's own action about the vulnerability desk; on the list this is an 'Innovative "
     "practice' row, which is not an item HMICFRS tracks, so there is no item to pair it "
     "with."),
]

TRACKER_ORDER = [  # report keys / names in the tracker's own order
    "sas13", "everyone", "austerity", "core", "PEEL Legit 14", "sas15", "picture",
    "firearms", "eff15", "eff16", "cdi17", "stolen", "efc17n", "efc17f", "leg17n", "leg17f",
    "eff17", "PEEL Effectiveness 2017", "ncpi18", "p1819", "Police powers spotlight (Feb 21)",
    "p2122",
]


def normalise_zip(path: Path) -> None:
    """Rewrite an xlsx with fixed timestamps and fixed document properties."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2024-10-18T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def build_hmicfrs() -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register extract"
    ws["A1"] = "West Midlands Regional Organisational Learning Network (ROLN)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection Findings Register – extract for West Mercia Police (WMC), "
                "including all-force findings")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Filter: Force = WMC; ALL  |  Finding type = (All)  |  HMICFRS status as "
                "notified by the FLL to ROLN, refreshed 18/10/2024")
    ws["A3"].font = Font(italic=True)
    header = ["ROLN ref", "Force", "Inspection / report", "Published", "Finding type",
              "Parent ref", "HMICFRS ID", "Finding", "HMICFRS status", "Status date",
              "ROLN theme", "ROLN note"]
    hrow = 5
    for c, h in enumerate(header, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    # regional refs: logged in order, other forces' rows filtered out -> gaps
    refs, n = {}, 1040
    for key, *_ in H:
        if key in ("integrity", "sas15"):
            continue
        n += RNG.randint(3, 9)
        refs[key] = n
    refs["integrity"], refs["sas15"] = 1691, 1692      # logged in 2023
    rows = {}
    r = hrow + 1
    for key, rep, typ, text, st, sdate, hid, parent, theme, note in H:
        title, pub, force, _ = REPORTS[rep]
        if note:
            note = note.replace("WMR-1306", f"WMR-{refs['p1819_coc_cap']:04d}")
        vals = [f"WMR-{refs[key]:04d}", force, title, pub, typ,
                f"WMR-{refs[parent]:04d}" if parent else None, hid, text, st, sdate, theme,
                note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (4, 10) and v is not None:
                cell.number_format = "dd/mm/yyyy"
        rows[key] = r
        r += 1
    last = r - 1
    ws.cell(last + 2, 1, f"{last - hrow} of 391 records shown (filtered)").font = Font(
        italic=True)
    ws.cell(last + 3, 1, "OFFICIAL-SENSITIVE – for ROLN member forces only; do not "
                         "circulate further").font = Font(italic=True, color="C00000")
    for col, w in zip("ABCDEFGHIJKL", (11, 7, 40, 11, 20, 11, 10, 80, 18, 11, 18, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A{hrow}:L{last}"
    lk = wb.create_sheet("Lists")
    lk["A1"], lk["B1"], lk["C1"] = "Finding type", "HMICFRS status", "Force"
    types = [NAT, REC, AFI, COC, "Cause for concern", GRADE, PRACT]
    stats = [AR, BP, CO, SU, NFA, "n/a"]
    forces = ["ALL", "WMC", "WAR", "WMP", "STA"]
    for i in range(max(len(types), len(stats), len(forces))):
        for c, lst in ((1, types), (2, stats), (3, forces)):
            if i < len(lst):
                lk.cell(i + 2, c, lst[i])
    for cell in lk[1]:
        cell.font = Font(bold=True)
    wb.properties.creator = "ROLN Coordinator"
    wb.properties.lastModifiedBy = "ROLN Coordinator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "hmicfrs.xlsx"
    wb.save(p)
    normalise_zip(p)
    return rows


def build_tracker() -> list[tuple[int, tuple]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "West Mercia Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    header = ["No.", "Report", "Type", "HMICFRS ref", "Recommendation / AFI", "Lead", "RAG",
              "Latest update", "Submitted for closure"]
    hrow = 3
    for c, h in enumerate(header, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    order = {k: i for i, k in enumerate(TRACKER_ORDER)}
    frows = sorted(F, key=lambda f: order[f[1]])        # stable: keeps order within report
    fills = {"GREEN": "C6EFCE", "Complete": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}
    out = []
    r = hrow + 1
    for i, f in enumerate(frows, 1):
        key, rep, typ, text, lead, rag, upd, sub, ref, cat, why = f
        repname = REPORTS[rep][3] if rep in REPORTS else rep
        vals = [i, repname, typ, ref, text, lead, rag, upd, sub]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[rag])
        out.append((r, f))
        r += 1
    ws.cell(r + 1, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 2, 1, "GREEN / Complete = implemented, evidence held or submitted to HMICFRS")
    ws.cell(r + 3, 1, "AMBER = work in progress, expected to complete; RED = off track or "
                      "beyond deadline")
    for col, w in zip("ABCDEFGHI", (5, 26, 12, 11, 70, 26, 10, 45, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.properties.creator = "OL&A Team"
    wb.properties.lastModifiedBy = "OL&A Team"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "tracker.xlsx"
    wb.save(p)
    normalise_zip(p)
    return out


MISSING_WHY = {
    "integrity": "No tracker row asks about misconduct cases ending in 'no further action'; "
                 "HMICFRS Complete, but the item is on the list with nothing on the force side.",
    "sf_prevent": "No tracker row about preventative powers (slavery and trafficking orders); "
                  "the four-part leadership split and other MSHT rows each have their own item.",
    "eff16_mis_coc": "The force tracks only the missing-children recommendation (ref 7705), not "
                     "the cause of concern itself (ref 7704).",
    "p1819_coc_cap": "The force tracks the capacity cause of concern's recommendations but not "
                     "the cause of concern itself.",
    "p2122_eqdiv": "No tracker row about equality and diversity data / workforce demographics "
                   "(the succession-plan AFI is a different item).",
}

README = """# Case `regional_findings_register_grades_and_practice`

## Story
West Mercia Police is one of four forces in the West Midlands Regional Organisational Learning
Network (ROLN: West Mercia WMC, Warwickshire WAR, West Midlands WMP, Staffordshire STA). The
ROLN coordinator keeps one **Inspection Findings Register** for the region and logs *every
finding* of every HMICFRS report about a member force or all forces: recommendations, areas for
improvement, causes of concern, national recommendations **and also the graded judgements and
innovative practice** the reports contain (the network uses the register to compare grades and
share good practice). The FLLs notify the coordinator of HMICFRS's status for each monitored
item, so the register carries the HMICFRS status. Before committee the West Mercia analyst has
no separate definitive list: she filters the regional register to Force = WMC or ALL and copies
the visible rows into a new workbook. That extract is the HMICFRS side. The force side is the
force's own plain tracker.

## Files
- `hmicfrs.xlsx`
  - sheet `Register extract`: rows 1-3 title, subtitle, filter note; row 4 blank; **row 5
    header**; rows 6-78 records (73 rows: 64 items + 9 non-items); row 79 blank; row 80
    "73 of 391 records shown (filtered)"; row 81 protective-marking line. Columns: ROLN ref
    (`WMR-nnnn`, gaps where other forces' rows were filtered out), Force (`WMC`/`ALL`),
    Inspection / report (HMICFRS title), Published (Excel date, dd/mm/yyyy), Finding type,
    Parent ref (ROLN ref of the cause of concern a recommendation answers), HMICFRS ID (the old
    public register's integer id; blank for items from 2019 on), Finding (verbatim text, line
    breaks and bullets kept), HMICFRS status, Status date, ROLN theme, ROLN note. AutoFilter on
    A5:L78, panes frozen under the header.
  - sheet `Lists`: the register's data-validation lists (finding types, statuses, force codes),
    header row 1, values rows 2-8. **No items** (its cells say "Recommendation", "Complete"...).
- `tracker.xlsx`, sheet `Tracker`: row 1 title, row 2 blank, **row 3 header**, rows 4-69 the 66
  item rows, row 70 blank, rows 71-73 RAG key. Columns: No., Report (tracker's short name),
  Type (National rec / Rec / AFI / CoC / Local action), HMICFRS ref (old register id, often
  blank), Recommendation / AFI (the force's abridged wording), Lead, RAG (GREEN / Complete =
  done; AMBER / RED = open; cell shaded too), Latest update, Submitted for closure (text date).
- `truth.csv`: 72 lines. Both workbooks are xlsx written with openpyxl, UTF-8 inside.

## What the layout brings (HMICFRS side)
1. **Rows that look like items but are not**: `Graded judgement` rows 25, 40, 65, 66, 67, 74, 75
   ("Effectiveness: Inadequate", ...) and `Innovative practice` rows 52, 76. They have a ROLN
   ref, a report, a date and status "n/a", sit among the items and read like findings. HMICFRS
   does not monitor them; they are not in the truth.
2. **Type vocabulary of the network**: "National recommendation", "Recommendation", "AFI",
   "Cause of concern" and once "Cause for concern" (row 46).
3. **Two id columns**: the regional `WMR-` ref (never in the force tracker) and the old
   HMICFRS integer id, present only for 2013-2018 reports; the PEEL 2018/19 and 2021/22 items
   (rows 54-76) have none, so those must be matched on text and report.
4. **Parent ref**: recommendations point at their cause of concern (rows 27, 29, 42-45, 47,
   49-51, 55-59, 61-64); the causes of concern are items in their own right.
5. **Order by ROLN ref, not by report**: rows 77-78 (Integrity matters 2015, Stop and search
   powers 2 2015) were logged in 2023 and sit at the foot, after the 2022 report; note "Added
   20/03/2023 - on HMICFRS definitive list, not previously on ROLN register".
6. **Statuses** are HMICFRS's words (Awaiting review, Being progressed, Complete, Superseded,
   No further action required) plus "n/a" on non-items; ROLN notes explain supersession.
7. Title/filter rows above the header, a count line and a protective-marking line below,
   and a second sheet of lookup lists.

## Traps and how the truth decides them
- Grade / practice rows: not items. The force's own row "Share vulnerability desk practice"
  (Tracker!51) echoes the innovative-practice row 52 but there is no item to pair it with:
  `not_on_hmicfrs_list`.
- Near-identical national items from two reports: row 8 (2013, "elected local policing bodies")
  and row 78 (2015, "police and crime commissioners", logged late at the foot). Tracker!6 and
  Tracker!15 pair by their report names and that phrase: both `in_sync` (Complete/GREEN and
  Being progressed/AMBER); swapping them would give wrong categories.
- Similar supervision items: row 62 (PEEL 2018/19, "regular and active supervision") vs row 71
  (PEEL 2021/22, "investigation plans"); Tracker!61 / Tracker!67.
- One tracker row holding two items: Tracker!19 (firearms recs 3 & 4) -> rows 19 and 20, both
  `closeable_submit`.
- Splits: leadership item row 31 split over Tracker!28-31 (part b AMBER, so the item is open:
  `in_sync` on all four lines); monitoring item row 42 split over Tracker!40-42 (all GREEN,
  HMICFRS open: `closeable_submit` on all three lines).
- Conflicts (7): figure 10% vs 20% (row 11 / Tracker!9); reference 5861 vs 5816 (row 17 /
  Tracker!17); timescale three vs six months (row 18 / Tracker!18); missing fifth bullet "online
  reports ... triaged" (row 30 / Tracker!27); deadline September 2018 vs 2019 (row 38 /
  Tracker!37); type AFI vs Rec (row 39 / Tracker!38); report PEEL legitimacy 2017 vs "PEEL
  2018/19" (row 47 / Tracker!53). Each would otherwise be in_sync or closeable; the
  disagreement decides.
- Causes of concern the force does not track separately (rows 28, 60): `missing_from_force`;
  also rows 37, 69, 77 (row 77 is HMICFRS Complete but still on the list with nothing on the
  force side).
- Closed on the list, open in the force (Superseded / NFA / Complete vs AMBER/RED): 9
  `closeable_local`.
- Not on the list: Tracker!14 (PEEL legitimacy 2014 AFI), Tracker!64 (2021 police powers
  spotlight), Tracker!51 (local action).

## Counts (truth lines)
COUNTS
Items: HMICFRS 64 (31 national + 33 force), force rows 66.

## Rows that are not items
- hmicfrs.xlsx `Register extract`: 1-3 (title, subtitle, filter note), 4 (blank), 5 (header),
  25, 40, 65, 66, 67, 74, 75 (graded judgements), 52, 76 (innovative practice), 79 (blank), 80
  (record count), 81 (protective marking). Sheet `Lists`: all rows (lookup lists).
- tracker.xlsx `Tracker`: 1 (title), 2 (blank), 3 (header), 70 (blank), 71-73 (RAG key).

## Checks run
- Every item row of both files appears in the truth (64 HMICFRS rows, 66 force rows; Tracker!19
  twice, once per item it holds); no truth line points at a non-item row.
- Both workbooks read back with openpyxl and with pandas (`header=4` / `header=2`).
- Builder run twice: every file identical byte for byte (fixed seed, fixed document
  properties, zip entries re-stamped).
- Texts: HMICFRS findings copied from `/work/shared/data/real_recommendations.csv`, the JAC
  paper and the casegen text lists (force name put into the "{force}" templates and the child
  detention recommendation). Grade and innovative-practice wording is invented (not items).
"""


def write_readme(lines) -> None:
    import collections
    c = collections.Counter(l[2] for l in lines)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"- {k}: {c.get(k, 0)}" for k in order) + f"\n- total: {len(lines)}"
    (OUT / "README.md").write_text(README.replace("COUNTS", counts), encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    frows = build_tracker()
    lines = []
    used = set()
    for r, f in frows:
        key, *_, cat, why = f
        keys = key if isinstance(key, tuple) else (key,)
        for k in keys:
            if k is None:
                lines.append(("", f"Tracker!{r}", cat, why))
            else:
                used.add(k)
                lines.append((f"Register extract!{hrows[k]}", f"Tracker!{r}", cat, why))
    for key, rep, typ, *_ in H:
        if typ in (GRADE, PRACT) or key in used:
            continue
        lines.append((f"Register extract!{hrows[key]}", "", "missing_from_force",
                      MISSING_WHY[key]))
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10**6,
                              int(x[1].split("!")[1]) if x[1] else 0))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(lines)


if __name__ == "__main__":
    main()
