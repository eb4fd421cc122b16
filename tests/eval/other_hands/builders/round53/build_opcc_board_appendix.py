"""Build the `opcc_board_appendix` case.

The HMICFRS definitive list for Lincolnshire Police reaches the force's analyst second-hand:
the OPCC received the portal extract from the force, re-sorted it by Police and Crime Plan
priority and OPCC assurance level, added its own columns (short title, force position at the
last Board, s.55 response, assurance rating, comment, for-Board flag, OPCC lead), highlighted
rows, moved most HMICFRS-closed items into a "for noting" section and appended it to its
Performance and Accountability Board papers as Appendix B.  The force side is a plain tracker.

Run:  /work/main/.venv/bin/python build_opcc_board_appendix.py
Texts are real HMICFRS texts (Open Government Licence), copied from the casegen text lists
and /work/shared/data; progress notes, summaries and comments are written for this case.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 5304
CASE = "opcc_board_appendix"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"
FIXED_TIME = dt.datetime(2024, 2, 20, 9, 0, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Real texts (copied from reconcile/casegen/texts and /work/shared/data)
# --------------------------------------------------------------------------------------
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

SF_LEADERSHIP_STEM = ("Within twelve months, forces should review their leadership and governance "
                      "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_LEADERSHIP_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

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
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
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
    "and crime commissioners should hold forces to account in this respect.")
CDI_STEM = "Immediately, the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
DETENTION_CHILDREN_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")
DIGITAL_FULL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should "
    "support the development of these plans by establishing a national framework "
    "which allows for the provision of digitally enabled services across force "
    "boundaries.")
DIGITAL_SHORT = ("By September 2018, chief constables should produce an ambitious plan to improve "
                 "digitally-enabled services within their force.")
HO_NPCC = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish "
           "this data as soon as possible.")

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force tracker name)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "ncpi16": ("National child protection inspection 2016 – Lincolnshire Police",
               dt.date(2016, 6, 21), "NCPI 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
               "PEEL Efficiency 17 (all forces)"),
    "efc17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
               "PEEL Legit 17 S&S"),
    "leg17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites in "
                  "Lincolnshire 2018", dt.date(2018, 8, 14), "Custody inspection 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
                 "Police", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 26),
              "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
                 "Police", dt.date(2022, 5, 11), "PEEL 2021/22"),
    "peel2325": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of "
                 "Lincolnshire Police", dt.date(2023, 10, 12), "PEEL 2023-25"),
}

P1 = "Priority 1 – Protecting vulnerable people and supporting victims"
P2 = "Priority 2 – Preventing and tackling crime"
P3 = "Priority 3 – Public confidence, fairness and integrity"
P4 = "Priority 4 – An efficient and effective police service"

# Items: key, report, type, HMICFRS text, PCP priority, OPCC short title
ITEMS = [
    ("sas13a", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", P3, "S&S APP – define effective and fair use"),
    ("sas13b", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", P3,
     "Monitor officers' use of stop and search"),
    ("sas13c", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", P3,
     "Explain S&S to public; community scrutiny of records"),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, P1, "Publish a domestic abuse action plan"),
    ("aust_a", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", P4,
     "Review savings plans – protect the front line"),
    ("aust_b", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", P4,
     "Collaboration savings under 10% – assess scope"),
    ("aust_c", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", P4,
     "Front-line reductions – crime-fighting capacity"),
    ("aust_d", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", P4,
     "Review collaboration plans (spending round)"),
    ("core_a", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", P4,
     "Call-handler threat, harm and risk criteria"),
    ("core_b", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", P2, "Record and evaluate crime prevention activity"),
    ("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.", P3,
     "Fairness of 'no further action' misconduct outcomes"),
    ("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", P3,
     "S&S community scrutiny (2015 repeat)"),
    ("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", P4,
     "Scrutiny of information management APP audits"),
    ("fa1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", P2, "Firearms licensing governance v APP"),
    ("fa2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", P2,
     "Firearms licensing demand and capacity"),
    ("fa3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", P2,
     "'Total expired' licensing records"),
    ("fa4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     P2, "Temporary firearms permits"),
    ("fa5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", P2, "Flag certificate holders before attendance"),
    ("st1", "stolen", NAT, SF_LEADERSHIP, P1, "MSHT leadership and governance review"),
    ("st2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", P1,
     "MSHT information-sharing agreements"),
    ("st3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", P1,
     "Section 45 defence for victims"),
    ("st4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", P1, "NRM compliance and duty to notify"),
    ("st5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", P1, "NCRS compliance – MSHT"),
    ("st6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", P1, "MSHT investigation and supervision"),
    ("st7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", P1, "Slavery and trafficking prevention orders"),
    ("efc17n", "efc17n", NAT, DIGITAL_FULL, P4, "Digital services plan"),
    ("coc17", "leg17n", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", P3,
     "S&S – reasonable and fair use; BAME disproportionality"),
    ("leg17b", "leg17n", NAT, SAS_MONITORING_2017, P3, "S&S data monitoring"),
    ("leg17c", "leg17n", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", P3, "Explain and act on S&S disparities"),
    ("leg17d", "leg17n", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", P3, "Publish S&S analysis annually"),
    ("leg17e", "leg17n", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", P3,
     "Unconscious bias training for S&S"),
    ("pw1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", P3,
     "Communication skills / conflict management"),
    ("pw2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", P3, "CPD and BWV debriefs"),
    ("pw3", "powers", NAT, BWV_2021, P3, "BWV – record, review, external access"),
    ("pw4", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", P3,
     "Internal monitoring of use of force"),
    # ---- force-level
    ("F1", "ncpi16", REC,
     "Within three months, the force should " + DETENTION_CHILDREN_BODY + ".", P1,
     "Detention of children in custody"),
    ("F2", "ncpi16", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", P1, "CSE – partnership safeguarding"),
    ("F3", "eff16", COC, CAUSE_MISSING, P1, "CoC: missing and absent children"),
    ("F4", "eff16", REC,
     "HMIC recommends that within six months the force should: " + MISSING_CHILDREN_BODY + ";",
     P1, "Missing children – call takers and supervision"),
    ("F5", "eff16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases. In cases where a DASH risk assessment is not completed "
     "the officer should record an assessment on the crime management system.", P1,
     "Supervision of DASH risk assessments"),
    ("F6", "eff16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", P2, "Digital evidence backlog"),
    ("F7", "efc17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", P4,
     "Understand current and future demand"),
    ("F8", "efc17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", P4, "Link outcomes, outputs and costs"),
    ("F9", "efc17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", P4, "Future workforce plan"),
    ("F10", "leg17", AFI,
     "Lincolnshire Police should ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", P3, "Vetting backlog and renewals"),
    ("F11", "leg17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", P3, "Confidential reporting / whistleblowing"),
    ("F12", "leg17", REC,
     "Within six months the force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination.", P3,
     "Misconduct NFA outcomes – fairness (force)"),
    ("F13", "custody18", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.", P1, "Custody – mental health training"),
    ("F14", "peel1819", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them;", P2, "Investigative workload review"),
    ("F15", "peel1819", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", P2,
     "Supervision of investigations (2019)"),
    ("F16", "peel1819", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", P2, "Released under investigation and bail"),
    ("F17", "peel1819", AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", P3, "Public consultation on business planning"),
    ("F18", "cdi19", REC, CDI_VICTIMS, P2, "CDI – victims believed / recording decisions"),
    ("F19", "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", P2, "Use of crime recording system"),
    ("F20", "peel2122", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.", P2,
     "Investigation plans and supervision"),
    ("F21", "peel2122", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", P3, "Monitor team cultures"),
    ("F22", "peel2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", P4, "Workforce equality and diversity data"),
    ("F23", "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.", P1,
     "Keep DA victims informed (VCOP)"),
    ("F24", "peel2122", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", P2, "Prevention strategy"),
    ("F25", "peel2325", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate rape and serious sexual offences.", P1, "RASSO specialist capacity"),
    ("F26", "peel2325", AFI, CONTROL_ROOM, P4, "Control room resourcing"),
    ("F27", "peel2325", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", P4, "Corporate risk register"),
    ("F28", "peel2325", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", P2, "Hate crime recording"),
    ("F29", "peel2325", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about online "
     "child sexual abuse.", P1, "Online CSA intelligence"),
    ("F30", "peel2325", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", P3, "Accessible speak-up information"),
]

# HMICFRS status and force RAG for each item, and the truth category.
# (hmicfrs status, force RAG or None if not on the tracker, category)
PLAN = {
    "sas13a": ("Complete", "GREEN", "in_sync"),
    "sas13b": ("Superseded", "AMBER", "closeable_local"),
    "sas13c": ("Superseded", "AMBER", "closeable_local"),
    "everyone": ("Complete", "GREEN", "in_sync"),
    "aust_a": ("Complete", "GREEN", "in_sync"),
    "aust_b": ("Being progressed", None, "missing_from_force"),
    "aust_c": ("No further action required", "AMBER", "closeable_local"),
    "aust_d": ("Being progressed", "AMBER", "in_sync"),
    "core_a": ("Being progressed", None, "missing_from_force"),
    "core_b": ("Complete", "AMBER", "closeable_local"),
    "integrity": ("Being progressed", "GREEN", "closeable_submit"),
    "sas15": ("Being progressed", "GREEN", "closeable_submit"),
    "picture": ("Awaiting review", None, "missing_from_force"),
    "fa1": ("Complete", "GREEN", "in_sync"),
    "fa2": ("Being progressed", "AMBER", "in_sync"),
    "fa3": ("Complete", "AMBER", "closeable_local"),
    "fa4": ("Being progressed", "GREEN", "conflict"),
    "fa5": ("Being progressed", "GREEN", "closeable_submit"),
    "st1": ("Being progressed", "GREEN", "closeable_submit"),      # split in 4 rows
    "st2": ("Being progressed", "AMBER", "conflict"),
    "st3": ("Awaiting review", "GREEN", "closeable_submit"),
    "st4": ("Being progressed", "AMBER", "in_sync"),
    "st5": ("Complete", "GREEN", "in_sync"),
    "st6": ("Being progressed", "AMBER", "in_sync"),
    "st7": ("Being progressed", "RED", "in_sync"),
    "efc17n": ("Being progressed", "GREEN", "closeable_submit"),
    "coc17": ("Being progressed", "AMBER", "in_sync"),
    "leg17b": ("Being progressed", "AMBER", "in_sync"),
    "leg17c": ("Being progressed", "GREEN", "closeable_submit"),
    "leg17d": ("Being progressed", None, "missing_from_force"),
    "leg17e": ("Complete", "GREEN", "in_sync"),
    "pw1": ("Being progressed", "AMBER", "in_sync"),
    "pw2": ("Being progressed", "AMBER", "in_sync"),
    "pw3": ("Being progressed", "AMBER", "in_sync"),               # split in 3 rows, 2 GREEN 1 AMBER
    "pw4": ("Awaiting review", "GREEN", "closeable_submit"),
    "F1": ("Complete", "GREEN", "in_sync"),
    "F2": ("Complete", "AMBER", "closeable_local"),
    "F3": ("Being progressed", "AMBER", "in_sync"),
    "F4": ("Being progressed", "GREEN", "closeable_submit"),
    "F5": ("Superseded", "AMBER", "closeable_local"),
    "F6": ("Being progressed", "RED", "in_sync"),
    "F7": ("Complete", "GREEN", "in_sync"),
    "F8": ("Being progressed", "AMBER", "conflict"),
    "F9": ("Being progressed", "GREEN", "closeable_submit"),
    "F10": ("Being progressed", "AMBER", "in_sync"),
    "F11": ("No further action required", "AMBER", "closeable_local"),
    "F12": ("Being progressed", "AMBER", "in_sync"),
    "F13": ("Complete", "GREEN", "in_sync"),
    "F14": ("Being progressed", "AMBER", "in_sync"),
    "F15": ("Being progressed", "GREEN", "conflict"),
    "F16": ("Being progressed", "GREEN", "closeable_submit"),
    "F17": ("Complete", "AMBER", "closeable_local"),
    "F18": ("Being progressed", "GREEN", "conflict"),
    "F19": ("Being progressed", "AMBER", "in_sync"),
    "F20": ("Being progressed", "AMBER", "in_sync"),
    "F21": ("Being progressed", "GREEN", "closeable_submit"),
    "F22": ("Complete", "GREEN", "in_sync"),
    "F23": ("Being progressed", "AMBER", "in_sync"),
    "F24": ("Superseded", "AMBER", "closeable_local"),
    "F25": ("Awaiting review", "AMBER", "in_sync"),
    "F26": ("Awaiting review", "RED", "in_sync"),
    "F27": ("Awaiting review", "GREEN", "closeable_submit"),
    "F28": ("Awaiting review", "AMBER", "in_sync"),
    "F29": ("Awaiting review", None, "missing_from_force"),
    "F30": ("Awaiting review", "AMBER", "in_sync"),
}
CLOSED = {"Complete", "Superseded", "No further action required"}

CONFLICT_WHY = {
    "fa4": "same text, report and date, but the tracker's HMICFRS ref is {fref} where the list "
           "has {ref} (digits transposed); reference disagrees",
    "st2": "tracker has 'Within twelve months' where HMICFRS says 'Within six months'; timescale "
           "disagrees",
    "F8": "tracker files it under PEEL Efficiency 2016 (published 03/11/2016); HMICFRS has PEEL "
          "Police efficiency 2017 (09/11/2017); report and date disagree (ref matches)",
    "F15": "HMICFRS type Area for improvement, tracker type Recommendation; type disagrees",
    "F18": "tracker text drops the fifth bullet (online reports of crime triaged at the point of "
           "receipt); missing bullet",
}

# HMICFRS refs: plain integers, rising with publication
REF_BASE = {"sas13": 1012, "everyone": 1893, "austerity": 2304, "core": 2481, "integrity": 2957,
            "sas15": 3126, "picture": 3308, "firearms": 3412, "ncpi16": 5127, "eff16": 5874,
            "stolen": 7861, "efc17n": 8019, "efc17": 8033, "leg17n": 8538, "leg17": 8572,
            "custody18": 9214, "peel1819": 10431, "cdi19": 11106, "powers": 12213,
            "peel2122": 13340, "peel2325": 15022}
REF = {}
_last = {}
for key, rep, *_ in ITEMS:
    n = _last.get(rep, REF_BASE[rep] - rng.randint(1, 3))
    n += rng.randint(1, 4)
    _last[rep] = n
    REF[key] = n
assert len(set(REF.values())) == len(REF)
FA4_FORCE_REF = int(str(REF["fa4"])[:-2] + str(REF["fa4"])[-1] + str(REF["fa4"])[-2])
assert FA4_FORCE_REF != REF["fa4"] and FA4_FORCE_REF not in REF.values()
assert not {4316, 8215} & set(REF.values())

ITEM = {it[0]: it for it in ITEMS}

# --------------------------------------------------------------------------------------
# The force tracker (plain)
# --------------------------------------------------------------------------------------
PROG_GREEN = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; closure pack sent to HMICFRS liaison lead.",
    "Implemented. Chief officer lead signed off at Strategic Assurance Board; submitted for closure.",
    "Already complete – evidence pack (briefing, audit results, minutes) uploaded to portal.",
    "Ready to move to GREEN status. Dip sample Q3 confirms practice embedded; submitted.",
]
PROG_AMBER = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed. Delivery due Q1 2024/25.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Draft procedure with Legal Services; training package being designed with L&D.",
    "Progress reported to Strategic Assurance Board Jan 24. Awaiting audit results before closure.",
]
PROG_RED = [
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Dependent on the new records system release – now delayed to Q2 2024/25.",
]
SPECIAL_PROG = {
    "F10": "Downgraded from GREEN to AMBER after the January 2024 vetting audit found renewals "
           "overdue; recovery plan agreed with PSD.",
    "sas13b": "Superseded by later S&S work? Awaiting confirmation from HMICFRS before closing.",
    "sas13c": "Community scrutiny panel meets quarterly; youth panel being set up with OPCC.",
    "F5": "DASH supervision now part of the DA Improvement Plan. Dip sample due April.",
    "fa4": "NFLMS permit checks built into daily licensing management meeting. Completed.",
    "F8": "Cost/outcome model being built by Finance with Corporate Development.",
    "F15": "Investigation supervision standards issued; compliance 89% in last audit. "
           "Submitted for closure.",
    "F18": "CDI action plan delivered; re-audit by Force Crime Registrar shows 94% compliance.",
    "st2": "ISAs in place with 3 of 7 local authorities; others drafted.",
}


LEAD = {
    "sas13a": "Supt Stop & Search lead", "sas13b": "Supt Stop & Search lead",
    "sas13c": "Supt Stop & Search lead", "everyone": "Ch Supt Public Protection",
    "aust_a": "Director of Finance", "aust_c": "DCC", "aust_d": "Head of Corporate Development",
    "core_b": "ACC Local Policing", "integrity": "Head of Professional Standards",
    "sas15": "Supt Stop & Search lead", "fa1": "Supt Firearms Licensing",
    "fa2": "Supt Firearms Licensing", "fa3": "Supt Firearms Licensing",
    "fa4": "Supt Firearms Licensing", "fa5": "Supt Contact Centre",
    "st1": "Det Ch Supt Force CID", "st2": "Ch Supt Public Protection",
    "st3": "Head of Criminal Justice", "st4": "Ch Supt Public Protection",
    "st5": "Force Crime Registrar", "st6": "Det Ch Supt Force CID", "st7": "Det Ch Supt Force CID",
    "efc17n": "Head of Corporate Development", "coc17": "ACC Local Policing",
    "leg17b": "Supt Stop & Search lead", "leg17c": "Supt Stop & Search lead",
    "leg17e": "Head of Learning & Development", "pw1": "Head of Learning & Development",
    "pw2": "Head of Learning & Development", "pw3": "Supt Stop & Search lead",
    "pw4": "ACC Local Policing", "F1": "Ch Insp Custody", "F2": "Ch Supt Public Protection",
    "F3": "Ch Supt Public Protection", "F4": "Supt Contact Centre", "F5": "Ch Supt Public Protection",
    "F6": "Head of Intelligence", "F7": "Head of Corporate Development", "F8": "Director of Finance",
    "F9": "Director of People", "F10": "Head of Professional Standards",
    "F11": "Head of Professional Standards", "F12": "Head of Professional Standards",
    "F13": "Ch Insp Custody", "F14": "Det Ch Supt Force CID", "F15": "Det Ch Supt Force CID",
    "F16": "Head of Criminal Justice", "F17": "Head of Corporate Development",
    "F18": "Force Crime Registrar", "F19": "Head of Information Management",
    "F20": "Det Ch Supt Force CID", "F21": "Director of People", "F22": "Director of People",
    "F23": "Ch Supt Public Protection", "F24": "ACC Local Policing", "F25": "Det Ch Supt Force CID",
    "F26": "Supt Contact Centre", "F27": "DCC", "F28": "Force Crime Registrar",
    "F30": "Head of Professional Standards",
}


def rag_progress(key, rag):
    if key in SPECIAL_PROG:
        return SPECIAL_PROG[key]
    pool = {"GREEN": PROG_GREEN, "AMBER": PROG_AMBER, "RED": PROG_RED, "WHITE": PROG_GREEN}[rag]
    return rng.choice(pool)


def submitted_date_for(key, pub):
    """Open on HMICFRS and done on the tracker: submitted in the last year. Closed on both:
    submitted before HMICFRS closed it."""
    hst = PLAN[key][0]
    if hst in CLOSED:
        return STATUS_DATE[key] - dt.timedelta(days=rng.randint(30, 220))
    return dt.date(2023, 3, 1) + dt.timedelta(days=rng.randint(0, 340))


def abbreviate(t):
    for a, b in [("modern slavery and human trafficking", "MSHT"), ("stop and search", "S&S"),
                 ("Chief Constables", "CCs"), ("chief constables", "CCs"),
                 ("Within three months", "Within 3 months"), ("department", "dept"),
                 (" and ensure", " & ensure"), ("Authorised Professional Practice", "APP")]:
        t = t.replace(a, b)
    return t


def force_text(key):
    """The force's copy of the HMICFRS text: mostly verbatim, some reworded the way trackers do."""
    t = ITEM[key][3]
    if key == "everyone":
        return EVERYONE_PLAN_RUN_ON
    if key == "efc17n":
        return DIGITAL_SHORT
    if key == "st2":
        return ("Within twelve months, forces should have in place active information-sharing "
                "agreements with other agencies to facilitate speedy exchange of intelligence and "
                "in order to safeguard victims better and to identify suspects as early as possible.")
    if key == "F18":
        return CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS[:4]).rstrip(" and")
    if key in ("fa2", "fa5", "st6", "leg17e"):
        return abbreviate(t)
    if key in ("F6", "F16", "F19", "F23", "F27"):   # stem dropped, capitalised
        body = t.split("The force should ", 1)[1]
        return body[0].upper() + body[1:]
    if key == "F10":
        return t.replace("Lincolnshire Police should", "The force should")
    if key == "F21":
        return t.replace("analysis", "analyis")
    if key == "F12":
        return t.replace("“", '"').replace("”", '"')
    if key == "F4":
        return t.replace("HMIC recommends that within six months the force should: ",
                         "Within six months the force should ")
    return t


def force_type(key):
    typ = ITEM[key][2]
    if key == "F15":
        return "Recommendation"
    return {NAT: "Recommendation", REC: "Recommendation", AFI: "AFI",
            COC: "Cause of Concern"}[typ]


STATUS_DATE = {}
for key, rep, *_ in ITEMS:
    if PLAN[key][0] in CLOSED:
        d = (dt.date(2023, 12, 13) + dt.timedelta(days=rng.randint(0, 50))
             if key != "F5" else dt.date(2023, 11, 20))
    else:
        d = dt.date(2023, rng.randint(1, 11), rng.randint(1, 28))
    if REPORTS[rep][1] > dt.date(2023, 1, 1):
        d = max(d, REPORTS[rep][1] + dt.timedelta(days=30))
    STATUS_DATE[key] = d

force_rows = []   # dicts: key (or None), hkey for truth, report name, pub, type, text, lead, prog, rag, sub, ref
for key, rep, typ, text, prio, short in ITEMS:
    hst, rag, cat = PLAN[key]
    if rag is None:
        continue
    title, pub, fname = REPORTS[rep]
    lead = LEAD[key]
    ref = REF[key]
    if rep in ("everyone", "austerity"):
        ref = None                              # never recorded for 2014 national items
    if key == "fa4":
        ref = FA4_FORCE_REF
    fpub = pub
    if key == "F8":
        fname, fpub = "PEEL Efficiency 2016", dt.date(2016, 11, 3)
    if key == "st1":
        st1_sub = submitted_date_for(key, pub)
        for i, b in enumerate(SF_BULLETS):
            force_rows.append(dict(hkey=key, report=fname, pub=fpub, type=force_type(key),
                text=f"MSHT leadership & governance review ({'abcd'[i]}) – ensure that {b}",
                lead=lead, prog=rng.choice(PROG_GREEN), rag="GREEN",
                sub=st1_sub, ref=ref, cat=cat, part=f"bullet {'abcd'[i]}"))
        continue
    if key == "pw3":
        for i, (b, r) in enumerate(zip(BWV_PARTS, ["GREEN", "GREEN", "AMBER"])):
            force_rows.append(dict(hkey=key, report=fname, pub=fpub, type=force_type(key),
                text=f"By September 2021, forces should: ({i + 1}) {b}", lead=lead,
                prog=("Part complete – evidence held; recommendation not yet submitted until part 3 "
                      "is done." if r == "GREEN" else
                      "Scrutiny panel access to BWV agreed in principle; data protection impact "
                      "assessment outstanding."),
                rag=r, sub=None, ref=ref, cat=cat,
                part=f"part {i + 1}"))
        continue
    force_rows.append(dict(hkey=key, report=fname, pub=fpub, type=force_type(key),
                           text=force_text(key), lead=lead, prog=rag_progress(key, rag), rag=rag,
                           sub=submitted_date_for(key, pub) if rag == "GREEN" else None, ref=ref, cat=cat))

# Force rows with no HMICFRS item
LOCALS = [
    dict(hkey=None, report="PEEL 2021/22", pub=REPORTS["peel2122"][1], type="Local action",
         text="Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter and "
              "report findings to the Crime Standards Board",
         lead="Ch Supt Public Protection", prog="Q3 dip sample complete; Q4 in progress.",
         rag="AMBER", sub=None, ref=None,
         why="force's own local action (dip sampling) under PEEL 2021/22; not an HMICFRS item"),
    dict(hkey=None, report="PEEL 2023-25", pub=REPORTS["peel2325"][1], type="Local action",
         text="Local action: Appoint a single point of contact for hate crime in each local "
              "policing area", lead="ACC Local Policing",
         prog="SPOCs appointed in all three LPAs; listed on intranet.", rag="GREEN",
         sub=None, ref=None,
         why="force's own local action supporting the hate crime AFI; not an HMICFRS item"),
    dict(hkey=None, report="Internal audit 2023/24", pub=None, type="Local action",
         text="Internal audit action: Internal audit of the vetting governance arrangements "
              "(audit plan 2023/24)", lead="Head of Professional Standards",
         prog="Fieldwork complete; draft report due March 2024.", rag="AMBER", sub=None, ref=None,
         why="internal audit action the force tracks alongside HMICFRS items; not an HMICFRS item"),
    dict(hkey=None, report="Police powers spotlight (Feb 21)", pub=REPORTS["powers"][1],
         type="Recommendation", text=HO_NPCC, lead="Supt Stop & Search lead",
         prog="Not the force's responsibility to deliver; dependent upon another organisation.",
         rag="WHITE", sub=None, ref=None,
         why="national recommendation addressed to the Home Office and NPCC; HMICFRS does not "
             "hold it against the force (WHITE on the tracker)"),
    dict(hkey=None, report="PEEL Effectiveness 2015", pub=dt.date(2016, 2, 25), type="AFI",
         text="The force should make sure officers and staff have the training they need to "
              "identify and respond to honour-based abuse.", lead="Ch Supt Public Protection",
         prog="Completed. Evidence submitted to HMICFRS for closure.", rag="GREEN",
         sub=dt.date(2017, 6, 30), ref=4316,
         why="old PEEL 2015 AFI (ref 4316) no longer on the definitive list: HMICFRS closed it "
             "before this list; force has it done"),
    dict(hkey=None, report="PEEL Effectiveness 2017", pub=dt.date(2018, 3, 22), type="AFI",
         text="The force should improve the way it manages the risk posed by offenders involved "
              "in county lines drug dealing.", lead="Det Ch Supt Force CID",
         prog="County lines intensification weeks continue; new ROCU tasking process in place.",
         rag="AMBER", sub=None, ref=8215,
         why="PEEL 2017 AFI (ref 8215) not on the definitive list (HMICFRS no longer holds it) "
             "but still open on the tracker; query with HMICFRS"),
]
for l in LOCALS:
    l["cat"] = "not_on_hmicfrs_list"


def sort_key(r):
    pub = r["pub"] or dt.date(2024, 1, 31)
    return (pub, r["report"], 1 if r["hkey"] is None else 0, r["ref"] or 0)


force_rows = sorted(force_rows + LOCALS, key=sort_key)

# --------------------------------------------------------------------------------------
# OPCC annotations
# --------------------------------------------------------------------------------------
ASSURANCE_ORDER = ["Limited", "Reasonable", "Substantial", "Not yet assessed", ""]
LIMITED = {"F10", "F26", "st7", "F6", "coc17", "F25", "st2"}
OPCC_LEADS = ["Head of Performance & Assurance", "Policy Officer – Criminal Justice",
              "Victims Commissioning Lead", "Chief Executive", "Finance & Resources Officer"]
RAG_WORD = {"GREEN": "Green", "AMBER": "Amber", "RED": "Red", "WHITE": "White"}
STALE = {"F10": "Green", "F16": "Amber", "fa5": "Amber", "st3": "Red", "F26": "Amber",
         "aust_d": "Green", "F27": "Not reported"}
COMMENTS = {
    "F10": "Reported Green at December Board – now Amber? OPCC to ask why. Links to internal "
           "audit of vetting governance.",
    "F26": "999 answer times still below target. PCC to seek a recovery date. See also "
           "{ref_F25} re RASSO capacity.",
    "st7": "Only two slavery and trafficking prevention orders obtained in 2023.",
    "F6": "Digital forensics backlog 9 months. Force says new kiosks in Q2 2024/25.",
    "coc17": "Stop and search scrutiny panel raised this in January. PCC wants the annual "
             "disproportionality report before the Board supports closure.",
    "F25": "Linked to the OPCC-funded ISVA service.",
    "st2": "ISAs with district councils still outstanding.",
    "F9": "Force reports complete; evidence pack seen by OPCC 14/02/24. Support submission for "
          "closure.",
    "F16": "RUI figures now in the monthly performance pack. OPCC content for this to go to "
           "HMICFRS as complete.",
    "integrity": "Force reports complete – why is this still open on the portal?",
    "core_a": "No force update received. OPCC to query who owns this.",
    "sas15": "Force says complete. OPCC comfortable – scrutiny panel is the PCC's own panel.",
    "F5": "HMICFRS superseded this with PEEL 2021/22. OPCC wants assurance that DASH "
          "supervision work continues under the DA plan, so kept on the agenda.",
    "fa3": "Closed by HMICFRS in January. OPCC not yet assured – licensing audit due May. Keep "
           "for one more Board.",
    "F21": "Staff survey results due April – is closure premature?",
    "efc17n": "Digital strategy 2021-25 published. Superseded by national digital work?",
    "F4": "Force says complete; linked to CoC {ref_F3} which remains open.",
    "pw3": "Part 3 (scrutiny panel access to BWV) outstanding – OPCC to help with the DPIA.",
    "leg17b": "Quarterly S&S data now on the PCC website.",
    "F27": "No update received from the force for this Board.",
    "F23": "Victims' Code compliance audit by OPCC commissioning team due June.",
}
NOTING_COMMENTS = {
    "sas13b": "Superseded by the 2017 legitimacy recommendations.",
    "sas13c": "Superseded by {ref_sas15} (Stop and search powers 2).",
    "aust_c": "HMICFRS: no further action required.",
    "F11": "HMICFRS: no further action required – now covered by PEEL 2023–25 AFI {ref_F30}.",
    "F24": "Superseded by PEEL 2023–25.",
    "core_b": "Closed after CDI re-inspection.",
}
KEEP_IN_SECTION = {"F5", "fa3"}   # HMICFRS closed but the OPCC kept them in their priority section


def fill_refs(s):
    for k, v in REF.items():
        s = s.replace("{ref_" + k + "}", str(v))
    return s


def deadline_passed(text):
    t = text.lower()
    return any(w in t for w in ("within three months", "within six months", "within twelve months",
                                "immediately", "by july", "by september", "by 31", "by 30",
                                "not later than"))


def s55(pub):
    if pub < dt.date(2013, 11, 1):
        return "Not held"
    d = pub + dt.timedelta(days=rng.randint(35, 56))
    return f"Published {d:%d/%m/%Y}"


opcc = {}
list_order = sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], REF[it[0]]))
for n, it in enumerate(list_order, 1):
    key, rep, typ, text, prio, short = it
    hst, rag, cat = PLAN[key]
    closed = hst in CLOSED
    sdate = STATUS_DATE[key]
    if closed and key not in KEEP_IN_SECTION:
        assurance = ""
        forboard = ""
    elif rag is None:
        assurance, forboard = "Not yet assessed", ""
    elif key in LIMITED:
        assurance, forboard = "Limited", "Yes"
    elif rep == "peel2325":
        assurance, forboard = "Not yet assessed", ""
    else:
        assurance = rng.choice(["Reasonable", "Reasonable", "Substantial"])
        forboard = ""
    if key in KEEP_IN_SECTION:
        assurance, forboard = "Limited", "Yes"
    if key in ("F9", "F16", "pw3"):
        forboard = "Yes"
    if rag is None:
        fpos = "No update received"
    elif key in STALE:
        fpos = STALE[key]
    elif closed and key not in KEEP_IN_SECTION:
        fpos = "Closed"
    else:
        fpos = RAG_WORD[rag] if rag != "GREEN" else rng.choice(["Green", "Complete"])
        if key == "pw3":
            fpos = "Amber"
    comment = fill_refs(COMMENTS.get(key, NOTING_COMMENTS.get(key, "")))
    opcc[key] = dict(no=n, ref=REF[key], report=REPORTS[rep][0], pub=REPORTS[rep][1], type=typ,
                     short=short, text=text, hst=hst, sdate=sdate, fpos=fpos,
                     s55=s55(REPORTS[rep][1]), assurance=assurance, comment=comment,
                     forboard=forboard, olead=rng.choice(OPCC_LEADS), prio=prio, closed=closed,
                     overdue=(not closed) and deadline_passed(text), cat=cat)

# --------------------------------------------------------------------------------------
# Write
# --------------------------------------------------------------------------------------
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
YELLOW = PatternFill("solid", fgColor="FFFF00")
F_LIM = PatternFill("solid", fgColor="FFC7CE")
F_REA = PatternFill("solid", fgColor="FFEB9C")
F_SUB = PatternFill("solid", fgColor="C6EFCE")
F_SEC = PatternFill("solid", fgColor="1F4E78")
F_HDR = PatternFill("solid", fgColor="D9E1F2")
F_BAND1 = PatternFill("solid", fgColor="BDD7EE")
F_BAND2 = PatternFill("solid", fgColor="F8CBAD")
F_NOTE = PatternFill("solid", fgColor="D9D9D9")


def build_opcc(path):
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    ws = wb.create_sheet("Appendix B")
    cols = ["No.", "HMICFRS ref", "Report", "Published", "Type", "OPCC short title",
            "Recommendation / area for improvement (HMICFRS wording)", "HMICFRS status",
            "Status date", "Force position at Dec 2023 Board", "PCC s.55 response",
            "OPCC assurance", "OPCC comment", "For Board?", "OPCC lead"]
    ncol = len(cols)
    last = chr(ord("A") + ncol - 1)
    widths = [6, 10, 34, 11, 16, 26, 70, 15, 11, 14, 16, 13, 40, 9, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    r = 1
    titles = [
        ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE", Font(bold=True, size=14)),
        ("Performance and Accountability Board – 27 February 2024", Font(bold=True, size=12)),
        ("Agenda item 6 – Appendix B: HMICFRS recommendations, causes of concern and areas for "
         "improvement held against Lincolnshire Police", Font(bold=True)),
        ("Source: HMICFRS definitive list (monitoring portal extract provided by the force on "
         "05/02/2024). Columns A, F and J to O added by the OPCC. Sorted by Police and Crime Plan "
         "priority, then OPCC assurance level. Items closed by HMICFRS since the last Board are "
         "listed for noting at the end.", Font(italic=True, size=9)),
    ]
    for text, font in titles:
        ws.cell(r, 1, text).font = font
        ws.merge_cells(f"A{r}:{last}{r}")
        r += 1
    r += 1  # blank row 5
    # row 6: band header
    ws.cell(r, 2, "HMICFRS DEFINITIVE LIST – AS RECEIVED").font = Font(bold=True)
    ws.merge_cells(f"B{r}:I{r}")
    ws.cell(r, 10, "OPCC SCRUTINY – ADDED FOR THIS BOARD").font = Font(bold=True)
    ws.merge_cells(f"J{r}:{last}{r}")
    for c in range(1, ncol + 1):
        ws.cell(r, c).fill = F_BAND2 if (c >= 10 or c in (1, 6)) else F_BAND1
    r += 1
    hdr_row = r
    for c, h in enumerate(cols, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = F_HDR
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    ws.freeze_panes = f"A{r}"

    rows_of = {}

    def section(title):
        nonlocal r
        cell = ws.cell(r, 1, title)
        cell.font = Font(bold=True, color="FFFFFF")
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = F_SEC
        ws.merge_cells(f"A{r}:{last}{r}")
        r += 1

    def item(k, grey=False):
        nonlocal r
        o = opcc[k]
        vals = [o["no"], o["ref"], o["report"], o["pub"], o["type"], o["short"], o["text"],
                o["hst"], o["sdate"], o["fpos"], o["s55"], o["assurance"], o["comment"] or None,
                o["forboard"] or None, o["olead"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if grey:
                cell.font = Font(color="808080")
            if o["forboard"] == "Yes":
                cell.fill = YELLOW
        if o["overdue"] and not grey:
            ws.cell(r, 8).font = Font(bold=True, color="C00000")
        fill = {"Limited": F_LIM, "Reasonable": F_REA, "Substantial": F_SUB}.get(o["assurance"])
        if fill:
            ws.cell(r, 12).fill = fill
        rows_of[k] = r
        r += 1

    open_keys = [k for k in opcc if not opcc[k]["closed"] or k in KEEP_IN_SECTION]
    noting = [k for k in opcc if opcc[k]["closed"] and k not in KEEP_IN_SECTION]
    for p in (P1, P2, P3, P4):
        ks = [k for k in open_keys if opcc[k]["prio"] == p]
        ks.sort(key=lambda k: (ASSURANCE_ORDER.index(opcc[k]["assurance"]), opcc[k]["ref"]))
        section(f"{p.upper()} ({len(ks)})")
        for k in ks:
            item(k)
    noting.sort(key=lambda k: (opcc[k]["sdate"], opcc[k]["ref"]))
    section(f"FOR NOTING – CLOSED BY HMICFRS SINCE THE LAST BOARD ({len(noting)})")
    for k in noting:
        item(k, grey=True)
    ws.auto_filter.ref = f"A{hdr_row}:{last}{r - 1}"
    r += 1
    n_open = sum(1 for k in opcc if not opcc[k]["closed"])
    notes = [
        f"Total on the HMICFRS definitive list: {len(opcc)} ({n_open} open, "
        f"{len(opcc) - n_open} closed by HMICFRS).",
        "Key – OPCC assurance: Substantial = evidence seen and the OPCC is satisfied; Reasonable = "
        "progress evidenced, some gaps; Limited = little evidence or progress off track; Not yet "
        "assessed = new since the last Board.",
        "Key – highlighting: yellow row = for discussion at this Board; red bold HMICFRS status = "
        "HMICFRS timescale for the recommendation has passed; grey text = closed by HMICFRS.",
        "Force position is as reported by the force to the December 2023 Board and has not been "
        "refreshed for this paper.",
        "Recommendations addressed to the PCC (s.55 Police Act 1996) are tracked in the OPCC "
        "decision log and are not shown here.",
    ]
    for t in notes:
        ws.cell(r, 1, t).font = Font(italic=True, size=9)
        ws.merge_cells(f"A{r}:{last}{r}")
        r += 1
    ws.print_title_rows = f"{hdr_row - 1}:{hdr_row}"
    ws.page_setup.orientation = "landscape"

    # Summary sheet
    summ["A1"] = "HMICFRS recommendations – summary for the Performance and Accountability Board"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = "27 February 2024 – see Appendix B for the detail"
    hdr = ["Police and Crime Plan priority", "Limited", "Reasonable", "Substantial",
           "Not yet assessed", "Total in section", "For Board"]
    for c, h in enumerate(hdr, 1):
        summ.cell(4, c, h).font = Font(bold=True)
        summ.cell(4, c).fill = F_HDR
    rr = 5
    for p in (P1, P2, P3, P4):
        ks = [k for k in open_keys if opcc[k]["prio"] == p]
        summ.cell(rr, 1, p)
        for c, a in enumerate(["Limited", "Reasonable", "Substantial", "Not yet assessed"], 2):
            summ.cell(rr, c, sum(1 for k in ks if opcc[k]["assurance"] == a))
        summ.cell(rr, 6, len(ks))
        summ.cell(rr, 7, sum(1 for k in ks if opcc[k]["forboard"] == "Yes"))
        rr += 1
    summ.cell(rr, 1, "Total").font = Font(bold=True)
    for c in range(2, 8):
        col = chr(ord("A") + c - 1)
        summ.cell(rr, c, f"=SUM({col}5:{col}{rr - 1})").font = Font(bold=True)
    rr += 2
    summ.cell(rr, 1, "Closed by HMICFRS since the last Board (for noting)")
    summ.cell(rr, 6, len(noting))
    summ.column_dimensions["A"].width = 62
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 14
    wb.active = 1
    wb.properties.creator = "OPCC Performance & Assurance"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)
    return rows_of, "Appendix B"


def build_force(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    cols = ["Item", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
            "Lead", "Progress update", "RAG", "Submitted for closure"]
    widths = [6, 12, 30, 11, 16, 70, 26, 50, 9, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations and Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Strategic Development & Assurance. RAG: GREEN implemented / AMBER in progress / "
                "RED beyond deadline or at risk / WHITE not for Lincolnshire Police to deliver")
    ws["A3"] = "Last updated: 16/02/2024"
    hdr = 5
    for c, h in enumerate(cols, 1):
        cell = ws.cell(hdr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="002060")
        cell.alignment = Alignment(wrap_text=True)
    ragfill = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}
    rows = []
    r = hdr + 1
    for n, fr in enumerate(force_rows, 1):
        vals = [n, fr["ref"], fr["report"], fr["pub"], fr["type"], fr["text"], fr["lead"],
                fr["prog"], fr["rag"], fr["sub"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = PatternFill("solid", fgColor=ragfill[fr["rag"]])
        rows.append((r, fr))
        r += 1
    ws.auto_filter.ref = f"A{hdr}:J{r - 1}"
    ws.freeze_panes = f"A{hdr + 1}"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"I{hdr + 1}:I{r + 50}")
    lists = wb.create_sheet("Lists")
    lists["A1"], lists["B1"] = "RAG", "Type"
    for i, v in enumerate(["GREEN", "AMBER", "RED", "WHITE"], 2):
        lists.cell(i, 1, v)
    for i, v in enumerate(["Recommendation", "AFI", "Cause of Concern", "Local action"], 2):
        lists.cell(i, 2, v)
    lists.sheet_state = "hidden"
    wb.properties.creator = "Strategic Development"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)
    return rows, "HMICFRS Tracker"


def normalise_zip(path):
    """Rewrite the xlsx with fixed zip timestamps so the build is byte for byte repeatable."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-02-20T09:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 2, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hpath, fpath = OUT / "hmicfrs.xlsx", OUT / "tracker.xlsx"
    hrows, hsheet = build_opcc(hpath)
    frows, fsheet = build_force(fpath)
    normalise_zip(hpath)
    normalise_zip(fpath)

    truth = []
    frows_by_key = {}
    for r, fr in frows:
        if fr["hkey"]:
            frows_by_key.setdefault(fr["hkey"], []).append((r, fr))
    for key in sorted(hrows, key=lambda k: hrows[k]):
        o = opcc[key]
        hid = f"{hsheet}!{hrows[key]}"
        cat = PLAN[key][2]
        hst, rag = PLAN[key][0], PLAN[key][1]
        if cat == "missing_from_force":
            truth.append((hid, "", cat, f"HMICFRS ref {REF[key]} ({o['short']}) is not on the "
                                        f"force tracker"))
            continue
        for r, fr in frows_by_key[key]:
            part = f" [{fr['part']}]" if fr.get("part") else ""
            if cat == "conflict":
                why = CONFLICT_WHY[key].format(ref=REF[key], fref=fr["ref"])
            elif cat == "closeable_submit":
                why = f"HMICFRS '{hst}' (open); tracker {fr['rag']} (done)"
            elif cat == "closeable_local":
                why = f"HMICFRS '{hst}' (closed); tracker {fr['rag']} (open)"
            else:
                why = f"HMICFRS '{hst}', tracker {fr['rag']}: both " + (
                    "closed/done" if hst in CLOSED else "open")
            if key == "st1":
                why += "; force split the recommendation into one row per bullet, all GREEN"
            if key == "pw3":
                why = (f"HMICFRS '{hst}' (open); force split it into three parts (GREEN, GREEN, "
                       f"AMBER), this part {fr['rag']}: the recommendation is not done until all "
                       "parts are, so the force side is open, as is HMICFRS")
            if key in STALE and cat != "missing_from_force":
                why += f"; OPCC's stale 'Force position at Dec 2023 Board' says {STALE[key]} – ignore"
            if key in KEEP_IN_SECTION:
                why += "; OPCC kept it in its priority section though HMICFRS has closed it"
            if key in ("sas13c", "sas15"):
                why += "; near-duplicate texts (2013 vs 2015) told apart by report, date and ref"
            truth.append((hid, f"{fsheet}!{r}", cat, why + part))
    for r, fr in frows:
        if fr["hkey"] is None:
            truth.append(("", f"{fsheet}!{r}", fr["cat"], fr["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print("truth lines", len(truth), counts)
    print("hmicfrs items", len(hrows), "force rows", len(frows))


if __name__ == "__main__":
    main()
