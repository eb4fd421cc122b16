"""Build the `excel_kanban_board` evaluation case for `reconcile` (round 79).

The force side is a visual-management board kept in Excel by a force improvement team:
one cell per card, the stage given only by the column the card sits in, portfolio swim
lanes as banner rows, closed cards cut each quarter to a 'Closed archive' tab.
The HMICFRS side is an ordinary definitive-list export.

Run:  /work/main/.venv/bin/python /tmp/indep79/build_excel_kanban_board.py
Writes /tmp/indep79/excel_kanban_board/{hmicfrs.xlsx,tracker.xlsx,truth.csv,README.md}.
Everything is literal data: no randomness, no clock; fixed document properties and
XlsxWriter's fixed zip timestamps make two runs byte-identical.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter, OrderedDict
from pathlib import Path

import xlsxwriter

CASE = "excel_kanban_board"
OUT = Path("/tmp/indep79") / CASE
FIXED = dt.datetime(2024, 10, 3, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

AWAIT, PROG = "Awaiting review", "Being progressed"
COMPLETE, SUPER, NFA = "Complete", "Superseded", "No further action required"
HM_OPEN = {AWAIT, PROG}
HM_CLOSED = {COMPLETE, SUPER, NFA}

# ---------------------------------------------------------------------------------------
# HMICFRS definitive list. Texts are real HMICFRS wording (Open Government Licence), copied
# as literals from /work/shared/data/real_recommendations.csv, the casegen text lists and
# the JAC paper. Force-level items use the real stems with real bodies ("The force should
# …", "Within six months the force should …").
# ---------------------------------------------------------------------------------------

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PIC = "Building the picture: an inspection of police information management"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_EF15 = "PEEL: Police efficiency 2015 – Bedfordshire Police"
R_E16 = "PEEL: Police effectiveness 2016 – Bedfordshire Police"
R_SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
R_NCPI = "National child protection inspection: Bedfordshire Police"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_P18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Bedfordshire Police"
R_CDI = "Crime data integrity inspection 2019 – Bedfordshire Police"
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force")
R_Q = "PEEL 2021/22 – An inspection of Bedfordshire Police"
R_V = "PEEL 2023–25 – An inspection of Bedfordshire Police"

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
NCPI_CUSTODY = (
    "Within six months Bedfordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
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
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
MISSING_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# key: (ID, report, published, type, text, status, status date)
H = OrderedDict()


def item(key, ref, report, published, typ, text, status, status_date):
    assert key not in H
    H[key] = dict(key=key, ref=ref, report=report, published=published, type=typ, text=text,
                  status=status, status_date=status_date)


D = dt.date
item("sas13_1", 1187, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", COMPLETE, D(2024, 5, 14))
item("sas13_2", 1188, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     PROG, D(2023, 11, 2))
item("sas13_3", 1189, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     PROG, D(2023, 11, 2))
item("everyone", 2321, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN, SUPER, D(2024, 6, 20))
item("aust_1", 3410, R_AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     NFA, D(2024, 4, 30))
item("aust_2", 3411, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2024, 4, 30))
item("aust_3", 3412, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NFA, D(2024, 4, 30))
item("aust_4", 3413, R_AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     NFA, D(2024, 4, 30))
item("core_1", 4822, R_CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", PROG, D(2022, 8, 1))
item("core_2", 4823, R_CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", AWAIT, D(2019, 3, 12))
item("integrity", 5127, R_INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     PROG, D(2023, 2, 15))
item("sas15", 5302, R_SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     PROG, D(2023, 11, 2))
item("picture", 5588, R_PIC, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", AWAIT, D(2018, 10, 1))
item("fire_1", 6120, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", COMPLETE, D(2024, 7, 9))
item("fire_2", 6121, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", PROG, D(2024, 1, 22))
item("fire_3", 6122, R_FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     COMPLETE, D(2024, 7, 9))
item("fire_4", 6123, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     PROG, D(2024, 1, 22))
item("fire_5", 6124, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", PROG, D(2024, 1, 22))
item("ef15_1", 6651, R_EF15, D(2015, 10, 22), AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public",
     SUPER, D(2024, 4, 18))
item("ef15_2", 6652, R_EF15, D(2015, 10, 22), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs", PROG, D(2021, 9, 30))
item("ef15_3", 6653, R_EF15, D(2015, 10, 22), AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", PROG, D(2021, 9, 30))
item("e16_coc", 7311, R_E16, D(2017, 3, 2), COC, MISSING_COC, COMPLETE, D(2024, 8, 12))
item("e16_rec", 7312, R_E16, D(2017, 3, 2), REC, MISSING_REC, COMPLETE, D(2024, 8, 12))
item("sf_1", 8262, R_SF, D(2017, 10, 24), NAT, SF_LEADERSHIP, PROG, D(2023, 5, 10))
item("sf_2", 8263, R_SF, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     PROG, D(2023, 5, 10))
item("sf_3", 8264, R_SF, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     AWAIT, D(2018, 2, 6))
item("sf_4", 8265, R_SF, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", AWAIT, D(2018, 2, 6))
item("sf_5", 8266, R_SF, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", COMPLETE, D(2024, 5, 2))
item("sf_6", 8267, R_SF, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", PROG, D(2023, 5, 10))
item("sf_7", 8268, R_SF, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", PROG, D(2023, 5, 10))
item("efc17", 8390, R_EFC17, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", SUPER, D(2024, 6, 20))
item("ncpi_rec", 8548, R_NCPI, D(2017, 11, 24), REC, NCPI_CUSTODY, PROG, D(2024, 2, 27))
item("ncpi_afi", 8549, R_NCPI, D(2017, 11, 24), AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", PROG, D(2024, 2, 27))
item("leg_coc", 8541, R_LEG17, D(2017, 12, 12), COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", PROG, D(2023, 11, 2))
item("leg_1", 8542, R_LEG17, D(2017, 12, 12), NAT, SAS_MONITORING_2017, PROG, D(2023, 11, 2))
item("leg_2", 8543, R_LEG17, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", PROG, D(2023, 11, 2))
item("leg_3", 8544, R_LEG17, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", COMPLETE, D(2024, 5, 14))
item("leg_4", 8545, R_LEG17, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", PROG, D(2023, 11, 2))
item("p18_1", 10925, R_P18, D(2019, 5, 2), AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", SUPER, D(2024, 6, 20))
item("p18_2", 10927, R_P18, D(2019, 5, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     PROG, D(2022, 3, 17))
item("cdi_1", 11830, R_CDI, D(2019, 9, 19), REC, CDI_VICTIMS, PROG, D(2024, 8, 29))
item("cdi_2", 11831, R_CDI, D(2019, 9, 19), REC,
     "Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", COMPLETE, D(2024, 9, 3))
item("cdi_3", 11832, R_CDI, D(2019, 9, 19), AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", PROG, D(2024, 8, 29))
item("pow_1", 14402, R_POW, D(2021, 2, 26), NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     PROG, D(2023, 6, 8))
item("pow_2", 14403, R_POW, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", PROG, D(2023, 6, 8))
item("pow_3", 14404, R_POW, D(2021, 2, 26), NAT, BWV_2021, PROG, D(2023, 6, 8))
item("pow_4", 14405, R_POW, D(2021, 2, 26), NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", AWAIT, D(2021, 3, 1))
item("pow_5", 14406, R_POW, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", COMPLETE, D(2024, 7, 25))
item("q_coc", 17650, R_Q, D(2022, 7, 29), COC,
     "The size of the vetting backlog within Bedfordshire Police is a cause of concern.",
     PROG, D(2024, 3, 5))
item("q_rec", 17651, R_Q, D(2022, 7, 29), REC,
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", PROG, D(2024, 3, 5))
item("q_da", 17652, R_Q, D(2022, 7, 29), AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", PROG, D(2024, 3, 5))
item("q_ctrl", 17653, R_Q, D(2022, 7, 29), AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", PROG, D(2024, 3, 5))
item("q_asb", 17654, R_Q, D(2022, 7, 29), AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", PROG, D(2024, 3, 5))
item("q_stalk", 17655, R_Q, D(2022, 7, 29), AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     AWAIT, D(2022, 7, 29))
item("q_data", 17656, R_Q, D(2022, 7, 29), AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", COMPLETE, D(2024, 5, 30))
item("q_risk", 17657, R_Q, D(2022, 7, 29), AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", PROG, D(2024, 3, 5))
item("q_cult", 17658, R_Q, D(2022, 7, 29), AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", PROG, D(2024, 3, 5))
item("v_perf", 30412, R_V, D(2024, 6, 14), AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", AWAIT, D(2024, 6, 14))
item("v_vawg", 30413, R_V, D(2024, 6, 14), AFI,
     "The force should make sure its analysis of violence against women and girls informs its "
     "strategic assessment and control strategy.", AWAIT, D(2024, 6, 14))
item("v_ocsa", 30414, R_V, D(2024, 6, 14), AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", AWAIT, D(2024, 6, 14))
item("v_hba", 30415, R_V, D(2024, 6, 14), AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", AWAIT, D(2024, 6, 14))
item("v_speak", 30416, R_V, D(2024, 6, 14), AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", AWAIT, D(2024, 6, 14))
item("v_supp", 30417, R_V, D(2024, 6, 14), AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", AWAIT,
     D(2024, 6, 14))
item("v_rasso", 30418, R_V, D(2024, 6, 14), AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", AWAIT,
     D(2024, 6, 14))

H_SHEET = "Definitive list"
H_HEADER_ROW = 4  # as Excel shows it
for i, k in enumerate(H):
    H[k]["row"] = H_HEADER_ROW + 1 + i
H_LAST_ROW = H_HEADER_ROW + len(H)
H_FOOTER_ROW = H_LAST_ROW + 2

# ---------------------------------------------------------------------------------------
# The force's board. Columns (stages) B..J; lanes are banner rows; one card = one cell.
# ---------------------------------------------------------------------------------------

STAGES = OrderedDict([
    ("B", "BACKLOG\n(not started / no owner)"),
    ("C", "PLANNING"),
    ("D", "IN PROGRESS"),
    ("E", "EVIDENCE OF IMPACT"),
    ("F", "READY FOR FIB SIGN-OFF"),
    ("G", "SUBMITTED TO HMICFRS"),
    ("H", "CLOSED ✔"),
    ("I", "ON HOLD"),
    ("J", "NOT FOR FORCE (WHITE)"),
])
DONE_COLS = {"F", "G", "H", "J"}     # per the Key sheet: READY FOR FIB SIGN-OFF onwards
STAGE_WORD = {"B": "Backlog", "C": "Planning", "D": "In progress", "E": "Evidence of impact",
              "F": "Ready for FIB sign-off", "G": "Submitted to HMICFRS", "H": "Closed",
              "I": "On hold", "J": "Not for force (WHITE)"}
# Typed, never recounted: the team stopped updating these in 2023 (years of use).
STALE_COUNTS = {"B": "9 cards", "C": "6", "D": "WIP limit 12 (now 19!)", "E": "5",
                "F": "4", "G": "3", "H": "see archive tab", "I": "1", "J": "1"}

# card colour = type (Key sheet)
FILL = {"AFI": "#FFF2CC", "REC": "#F8CBAD", "COC": "#FF7C80", "NAT": "#BDD7EE",
        "OTHER": "#D9D9D9"}

LANES = [
    ("legacy", "LEGACY – migrated from the old Risk & Assurance register (Feb 2022) – owners TBC"),
    ("dcc", "DCC – Standards, Vetting & Culture"),
    ("crime", "ACC Crime & Public Protection"),
    ("lp", "ACC Local Policing & Contact (was ACC Ops until Apr-23)"),
    ("corp", "Director of Corporate Services"),
]

# A card: lane, column, colour, text, HMICFRS keys it covers (empty: not on the list),
# category, why (how a person decided). Order within a column = order on the board.
CARDS = []


def card(lane, col, colour, text, keys, category, why):
    CARDS.append(dict(lane=lane, col=col, colour=colour, text=text, keys=list(keys),
                      category=category, why=why))


# --- LEGACY lane ---
card("legacy", "B", "NAT",
     "Everyone's Business (DA) 2014\nPublish a DA action plan – consult PCC, DA support orgs & "
     "victims' reps; DHRs/IPCC findings\nLead: TBC",
     ["everyone"], "closeable_local",
     "Card names Everyone's Business 2014 and the DA action plan; it sits in BACKLOG (open) but "
     "HMICFRS has the item Superseded, so the force can take its card off.")
card("legacy", "B", "AFI",
     "PEEL 18/19 AFI\nUnderstand nature & scale of county lines in Beds\nLead: TBC (was D/Supt "
     "Crime)",
     ["p18_1"], "closeable_local",
     "PEEL 2018/19 AFI on county lines: same report and ask. Card in BACKLOG (open); HMICFRS "
     "Superseded.")
card("legacy", "B", "AFI",
     "PEEL Efficiency 2015 AFI 2\nLinks between outcomes, outputs & costs (VfM profile)\n"
     "Lead: Dir Finance?",
     ["ef15_2"], "in_sync",
     "PEEL Efficiency 2015 AFI on links between outcomes, outputs and costs. Card in BACKLOG "
     "(open); HMICFRS Being progressed: both open.")
card("legacy", "E", "NAT",
     "S&S 2013 rec 2\nMonitor how officers use S&S – lawful (incl. equality), effective, keeps "
     "public trust\nLead: Supt S&S lead – update due Sep-24",
     ["sas13_2"], "in_sync",
     "2013 stop and search report, monitoring of how officers use the power. EVIDENCE OF IMPACT "
     "is still open per the Key; HMICFRS Being progressed: both open.")
card("legacy", "H", "NAT",
     "Core Business 2014\nTHR (THRIVE) criteria for call handlers\nLead: Supt Contact Centre. "
     "Closed at FIB 06/02/24",
     ["core_1"], "closeable_submit",
     "Core Business 2014, threat/harm/risk criteria for call handlers. Card CLOSED (done, closed "
     "at FIB) but HMICFRS still has it Being progressed: evidence never sent, submit it.")
card("legacy", "I", "NAT",
     "Policing in Austerity 2014 – all 4 recs\n(1) savings plans  (2) <10% savings via "
     "collaboration  (3) front line reductions  (4) collaboration review\nForce position: "
     "covered holistically by Change Programme – ON HOLD pending HMICFRS view",
     ["aust_1", "aust_2", "aust_3", "aust_4"], "closeable_local",
     "One card holds all four Policing in Austerity recommendations (numbered on the card). "
     "ON HOLD is open per the Key; HMICFRS marks all four No further action required, so the "
     "force can close the card.")

# --- DCC lane ---
card("dcc", "B", "AFI",
     "ID 30417 · PEEL 23/25 AFI\nSupport for staff who raise concerns – review & act\n"
     "Lead: Head of PSD",
     ["v_supp"], "in_sync",
     "ID 30417 and the text (support for those who raise concerns) agree with HMICFRS 30417. "
     "BACKLOG open; HMICFRS Awaiting review: both open.")
card("dcc", "C", "AFI",
     "ID 30416 · PEEL 23/25 AFI\nConfidential route to raise concerns + whistleblowing "
     "awareness\nLead: Head of PSD · due Jun-25",
     ["v_speak"], "in_sync",
     "ID 30416 and text (confidential way to raise concerns, whistleblowing) agree. PLANNING "
     "open; Awaiting review: both open.")
card("dcc", "C", "AFI",
     "PEEL 23/25 AFI\nMonitor team cultures (staff feedback) & act promptly on issues\n"
     "Lead: Dir People · due Mar-25",
     ["q_cult"], "conflict",
     "Only HMICFRS item on team cultures is the PEEL 2021/22 AFI 17658 (PEEL 2023-25 has no "
     "such item), so this is the pair; the card files it under PEEL 23/25: report disagrees. "
     "Both open.")
card("dcc", "D", "NAT",
     "Integrity Matters 2015\n'NFA' misconduct investigations fair & free of discrimination\n"
     "Lead: Head of PSD",
     ["integrity"], "in_sync",
     "Integrity matters 2015, fairness of 'no further action' misconduct outcomes. IN PROGRESS; "
     "Being progressed: both open.")
card("dcc", "D", "COC",
     "PEEL 21/22 · CAUSE OF CONCERN\nVetting backlog\nLead: DCC / Force Vetting Manager · due "
     "Dec-24",
     ["q_coc"], "in_sync",
     "PEEL 2021/22 cause of concern on the vetting backlog (red card = cause of concern). IN "
     "PROGRESS; Being progressed: both open.")
card("dcc", "D", "AFI",
     "PEEL 21/22 · AFI\nVetting – all staff to have min. vetting clearance asap; clear backlog & "
     "renewals (national vetting guidelines)\nLead: Force Vetting Manager",
     ["q_rec"], "conflict",
     "Text is the PEEL 2021/22 vetting recommendation 17651 (lowest level of clearance, backlog "
     "and renewals). HMICFRS types it Recommendation; the card says AFI and is yellow: type "
     "disagrees. Both open.")
card("dcc", "D", "OTHER",
     "Internal audit action (23/24 plan)\nVetting goverance arrangements – audit recs 1-3\n"
     "Lead: Force Vetting Manager",
     [], "not_on_hmicfrs_list",
     "An internal audit action (grey card), not an HMICFRS item; nothing on the list matches.")

# --- ACC Crime & Public Protection lane ---
card("crime", "B", "NAT",
     "Stolen Freedom (MSHT) 2017 R7\nUse MSA 2015 preventative powers (STRO/STPO)\nLead: DCI "
     "MSHT",
     ["sf_7"], "in_sync",
     "Stolen freedom, preventative powers under the Modern Slavery Act. BACKLOG; Being "
     "progressed: both open.")
card("crime", "B", "AFI",
     "ID 30413 · PEEL 23/25 AFI\nVAWG analysis to feed strategic assessment & control strategy\n"
     "Lead: Head of Intelligence",
     ["v_vawg"], "in_sync",
     "ID 30413 and VAWG analysis text agree. BACKLOG; Awaiting review: both open.")
card("crime", "B", "AFI",
     "ID 30418 · PEEL 23/25 AFI\nRASSO investigations – skilled officers, effective supervision\n"
     "Lead: D/Supt Public Protection",
     ["v_rasso"], "in_sync",
     "ID 30418 and RASSO allocation/supervision text agree. BACKLOG; Awaiting review: both "
     "open.")
card("crime", "C", "AFI",
     "PEEL 21/22 AFI\nKeep stalking & harassment victims updated (VCOP)\nLead: Ch Insp Victim "
     "Care",
     ["q_stalk"], "in_sync",
     "PEEL 2021/22 AFI on keeping stalking and harassment victims informed. PLANNING; Awaiting "
     "review: both open.")
card("crime", "C", "OTHER",
     "Force action\nRefresh the DA problem profile and add it to the control strategy\nLead: "
     "Head of Intelligence",
     [], "not_on_hmicfrs_list",
     "The force's own action (grey card, 'Force action'); no HMICFRS item asks for a DA problem "
     "profile.")
card("crime", "D", "REC",
     "CDI 2019 R1 (b) + (c)\nCall summaries accurate in incident log; multiple crimes always "
     "recorded\nLead: Force Crime Registrar",
     ["cdi_1"], "in_sync",
     "Part of CDI 2019 rec 11830 (bullets 2 and 3), split over three cards. All five bullets "
     "are carded; this part is IN PROGRESS so the item is open; HMICFRS Being progressed: both "
     "open.")
card("crime", "D", "NAT",
     "MSHT 2017 R1 – bullet 4\nPerformance & QA measures so senior leaders see quality of service "
     "to victims\nLead: DCI MSHT",
     ["sf_1"], "conflict",
     "Part of Stolen freedom rec 8262 (leadership and governance), split over two cards "
     "(bullets 1-2 and bullet 4). Bullet 3 (partnership arrangements) has no card anywhere on "
     "the board or archive: missing bullet. Item open on both sides.")
card("crime", "D", "NAT",
     "Stolen Freedom R6\nMSHT investigations – skilled teams, effective supervision (use JITs)\n"
     "Lead: DCI MSHT",
     ["sf_6"], "in_sync",
     "Stolen freedom rec on MSHT investigation and supervision (joint intelligence teams). IN "
     "PROGRESS; Being progressed: both open.")
card("crime", "D", "AFI",
     "PEEL 21/22 AFI\nDA investigations – officers with right skills, effective supervision\n"
     "Lead: D/Supt Public Protection · due Mar-25",
     ["q_da"], "in_sync",
     "PEEL 2021/22 AFI on domestic abuse investigations. IN PROGRESS; Being progressed: both "
     "open.")
card("crime", "D", "AFI",
     "ID 30416 · PEEL 23/25 AFI\nHBA – training so officers & staff identify and respond\nLead: "
     "D/Supt Public Protection",
     ["v_hba"], "conflict",
     "Text is honour-based abuse training, HMICFRS 30415. The card's ID 30416 is the "
     "speak-up AFI, which has its own card with the right ID: reference disagrees (a typo). "
     "Both open.")
card("crime", "D", "OTHER",
     "IOPC learning rec (2023)\nCustody – rousing / cell checks refresher for DDOs\nLead: Ch "
     "Insp Custody",
     [], "not_on_hmicfrs_list",
     "IOPC learning recommendation (grey card), not an HMICFRS item.")
card("crime", "E", "REC",
     "CDI 2019 R2\nOOCD – cautions, CWs & PNDs: auditable explanation to offender; victim's "
     "views recorded\nLead: Head of Criminal Justice",
     ["cdi_2"], "closeable_local",
     "CDI 2019 rec on out-of-court disposals (cautions, cannabis warnings, PNDs). EVIDENCE OF "
     "IMPACT is open per the Key; HMICFRS Complete: close the card.")
card("crime", "E", "NAT",
     "MSHT 2017 R2\nISAs with partner agencies – speedy intel exchange\nLead: Head of "
     "Intelligence",
     ["sf_2"], "in_sync",
     "Stolen freedom information-sharing agreements. EVIDENCE OF IMPACT (open); Being "
     "progressed: both open.")
card("crime", "E", "REC",
     "NCPI 2017 (8548)\nChildren in custody – detain only when necessary; early alt. "
     "accommodation; detention certs; record all decisions; AA timeliness\nLead: Ch Insp "
     "Custody",
     ["ncpi_rec"], "in_sync",
     "NCPI detention of children, ID 8548 agrees, all five bullets named. EVIDENCE OF IMPACT "
     "(open); Being progressed: both open.")
card("crime", "F", "AFI",
     "CDI 2019 AFI\nRASSO crimes recorded accurately & without delay\nLead: FCR – evidence pack "
     "v3 with FIT",
     ["cdi_3"], "closeable_submit",
     "CDI 2019 AFI on recording rape and serious sexual offences. READY FOR FIB SIGN-OFF counts "
     "as complete per the Key; HMICFRS Being progressed: submit.")
card("crime", "G", "NAT",
     "MSHT 2017 R3 + R4\ns45 defence considered early & throughout; NRM compliance + duty to "
     "notify HO\nLead: DCI MSHT. Submitted 02/07/24",
     ["sf_3", "sf_4"], "closeable_submit",
     "One card holds two Stolen freedom recs: the section 45 defence (8264) and NRM/duty to "
     "notify (8265). SUBMITTED (done); both Awaiting review at HMICFRS.")
card("crime", "G", "REC",
     "CDI 2019 R1 (d) + (e)\nStop waiting for medicals / ABE before recording; triage online "
     "reports on receipt\nLead: FCR. Sent to HMICFRS 19/08/24",
     ["cdi_1"], "in_sync",
     "Part of CDI 2019 rec 11830 (bullets 4 and 5). This part is submitted, but part (b)+(c) is "
     "still IN PROGRESS, so the item is open; HMICFRS Being progressed: both open.")
card("crime", "H", "NAT",
     "MSHT 2017 R1 – bullets 1 & 2\nSenior leaders prioritise MSHT; every incident resourced "
     "with skills/capacity\nLead: D/Supt Crime",
     ["sf_1"], "conflict",
     "Part of Stolen freedom rec 8262 (bullets 1 and 2). The split leaves bullet 3 "
     "(partnership arrangements) uncarded: missing bullet, so the item is a conflict, not "
     "done.")
card("crime", "H", "AFI",
     "NCPI 2017 AFI\nWork with partners to safeguard people at risk from CSE\nLead: D/Supt "
     "Public Protection",
     ["ncpi_afi"], "closeable_submit",
     "NCPI AFI on partners and CSE. CLOSED on the board; HMICFRS Being progressed: submit.")
card("crime", "H", "REC",
     "CDI 2019 R1 (a)\nVictims believed at point of report\nLead: FCR",
     ["cdi_1"], "in_sync",
     "Part of CDI 2019 rec 11830 (bullet 1). Closed, but other parts are open, so the item is "
     "open; HMICFRS Being progressed: both open.")

# --- ACC Local Policing & Contact lane ---
card("lp", "C", "NAT",
     "Targeting the Risk 2015 R5\nWithin 6 months – flag FAC holders' addresses on STORM; "
     "dispatchers always check; officers briefed on risk assessment & seizure powers\nLead: "
     "Supt Firearms Licensing",
     ["fire_5"], "conflict",
     "Firearms licensing rec 6124 (certificate holders at incident addresses, seizure powers). "
     "HMICFRS says within three months; the card says within 6 months: timescale disagrees. "
     "Both open.")
card("lp", "D", "NAT",
     "Targeting the Risk 2015 R3\n'Total expired' licensing records\nLead: Supt Firearms "
     "Licensing",
     ["fire_3"], "closeable_local",
     "Firearms licensing, 'total expired' records. IN PROGRESS; HMICFRS Complete: close the "
     "card.")
card("lp", "D", "NAT",
     "Targeting the Risk 2015 R4\nTemporary permits – HO guidance; record on NFLMS; no unlawful "
     "possession\nLead: Supt Firearms Licensing",
     ["fire_4"], "in_sync",
     "Firearms licensing, temporary permits. IN PROGRESS; Being progressed: both open.")
card("lp", "D", "AFI",
     "PEEL 21/22 AFI\nASB – timeliness of response to calls\nLead: Supt Neighbourhoods",
     ["q_asb"], "in_sync",
     "PEEL 2021/22 AFI on timeliness of response to anti-social behaviour. IN PROGRESS; Being "
     "progressed: both open.")
card("lp", "D", "NAT",
     "Police powers spotlight (Feb 21) R1\nComms skills in line with Nat. Policing Guidelines "
     "on Conflict Mgmt – by July 2021\nLead: Head of L&D",
     ["pow_1"], "conflict",
     "Text (communication skills in line with the National Policing Guidelines on Conflict "
     "Management) is 14402, whose deadline is July 2022; the card says July 2021: deadline "
     "disagrees. Rec R2 (CPD, BWV debriefs) has its own card. Both open.")
card("lp", "D", "NAT",
     "Police powers spotlight (Feb 21) R2\nComms skills in CPD; supervisors debrief using BWV\n"
     "Lead: Head of L&D",
     ["pow_2"], "in_sync",
     "Police powers spotlight, CPD and BWV debriefs (14403). IN PROGRESS; Being progressed: "
     "both open.")
card("lp", "D", "NAT",
     "Police powers spotlight R5\nInternal monitoring of use of force – disproportionality\n"
     "Lead: Supt Ops Support",
     ["pow_5"], "closeable_local",
     "Police powers spotlight, internal monitoring of use of force. IN PROGRESS; HMICFRS "
     "Complete: close the card.")
card("lp", "D", "NAT",
     "PEEL Legit 17 S&S rec 2\nWhere disparities found – research/analysis + action to reduce; "
     "show the public\nLead: Supt S&S lead",
     ["leg_2"], "in_sync",
     "PEEL legitimacy 2017, disparities: research and action. IN PROGRESS; Being progressed: "
     "both open.")
card("lp", "E", "COC",
     "PEEL Legit 17 – CAUSE OF CONCERN\nS&S not shown to be reasonable & fair; BAME "
     "over-representation unexplained\nLead: ACC LP",
     ["leg_coc"], "in_sync",
     "PEEL legitimacy 2017 cause of concern on stop and search. EVIDENCE OF IMPACT (open); "
     "Being progressed: both open.")
card("lp", "F", "NAT",
     "Targeting the Risk 2015 R2\nFirearms licensing – demand & capacity of FLU\nLead: Supt "
     "Firearms Licensing",
     ["fire_2"], "closeable_submit",
     "Firearms licensing demand and capacity. READY FOR FIB SIGN-OFF (done per the Key); "
     "HMICFRS Being progressed: submit.")
card("lp", "F", "NAT",
     "PEEL Legit 17 S&S rec 1 (by July 2018)\nMonitor S&S data – disproportionality, find "
     "rates, possession-only drug searches\nLead: Supt S&S lead",
     ["leg_1"], "closeable_submit",
     "PEEL legitimacy 2017 monitoring rec (three bullets all named). READY FOR FIB SIGN-OFF; "
     "HMICFRS Being progressed: submit.")
card("lp", "F", "AFI",
     "PEEL 21/22 AFI\nControl room resourcing model + staff wellbeing\nLead: Supt Contact "
     "Centre",
     ["q_ctrl"], "closeable_submit",
     "PEEL 2021/22 control room AFI. READY FOR FIB SIGN-OFF; HMICFRS Being progressed: submit.")
card("lp", "G", "NAT",
     "S&S 2013 R3 / S&S 2 (2015)\nExplain S&S use to the public; community scrutiny of "
     "records (involve young people)\nLead: Supt S&S lead. Submitted 11/06/24",
     ["sas13_3", "sas15"], "closeable_submit",
     "One card for two near-identical recs, named on the card: 2013 rec 3 (1189) and the 2015 "
     "follow-up (5302). SUBMITTED (done); both Being progressed at HMICFRS.")
card("lp", "G", "NAT",
     "PEEL Legit 17 S&S rec 4\nUnconscious bias + APP S&S training for all officers who use "
     "S&S\nLead: Head of L&D",
     ["leg_4"], "closeable_submit",
     "PEEL legitimacy 2017 training rec. SUBMITTED; HMICFRS Being progressed.")
card("lp", "H", "NAT",
     "PEEL Legit 17 S&S rec 3\nPublish the analysis & actions annually\nLead: Supt S&S lead",
     ["leg_3"], "in_sync",
     "PEEL legitimacy 2017, publish analysis annually. CLOSED on the board; HMICFRS Complete: "
     "both closed.")
card("lp", "H", "NAT",
     "Police powers spotlight R3 (by Sept 21)\nBWV – record all S&S / UoF; review a sample; "
     "scrutiny panel access\nLead: Supt Ops Support",
     ["pow_3"], "closeable_submit",
     "Police powers spotlight BWV rec, all three parts named. CLOSED on the board; HMICFRS Being "
     "progressed: submit.")
card("lp", "J", "NAT",
     "Police powers spotlight R4\nHO & NPCC – quality of use-of-force data for S&S\nNot for "
     "force – agreed FIB 12/10/21",
     ["pow_4"], "closeable_submit",
     "The Home Office/NPCC data rec. NOT FOR FORCE (WHITE) counts as done per the Key; HMICFRS "
     "still Awaiting review: ask HMICFRS to close it.")

# --- Director of Corporate Services lane ---
card("corp", "C", "AFI",
     "ID 30412 · PEEL 23/25 AFI\nPerformance management processes effective\nLead: Head of "
     "Corporate Development · due Sep-25",
     ["v_perf"], "in_sync",
     "ID 30412 and performance management text agree. PLANNING; Awaiting review: both open.")
card("corp", "G", "AFI",
     "PEEL 21/22 AFI\nCorporate risk register actively used\nLead: Head of Risk & Assurance. "
     "Submitted 28/08/24",
     ["q_risk"], "closeable_submit",
     "PEEL 2021/22 AFI on the corporate risk register. SUBMITTED; HMICFRS Being progressed.")

# Cards cut from CLOSED to the archive tab, oldest first: all count as complete (Key sheet).
ARCHIVE = [
    (D(2023, 3, 31), "lp", "NAT",
     "Targeting the Risk 2015 R1\nGovernance of firearms licensing vs APP – self-assessment "
     "done, gaps closed\nLead: Supt Firearms Licensing",
     "Closed at FIB 14/03/23 – evidence to HMICFRS 20/03/23",
     ["fire_1"], "in_sync",
     "Firearms licensing governance vs APP. Archived (done); HMICFRS Complete: both closed."),
    (D(2023, 3, 31), "corp", "NAT",
     "PEEL Efficiency 2017 (national)\nAmbitious plan for digitally-enabled services → "
     "Digital Strategy 2020-25",
     "Closed at FIB 14/03/23 – evidence to HMICFRS 20/03/23",
     ["efc17"], "in_sync",
     "PEEL efficiency 2017 digital plan. Archived (done); HMICFRS Superseded: both closed."),
    (D(2023, 3, 31), "corp", "AFI",
     "PEEL Efficiency 2015 AFI 3\nFuture workforce plan aligned to demand & budget\nLead: "
     "Director of People",
     "Closed at FIB 14/03/23 – evidence to HMICFRS 20/03/23",
     ["ef15_3"], "closeable_submit",
     "PEEL efficiency 2015 workforce plan AFI. Archived as closed in 2023, but HMICFRS still "
     "has it Being progressed: the evidence needs (re)submitting."),
    (D(2023, 6, 30), "crime", "AFI",
     "PEEL 18/19 AFI\nDFU backlog – timeliness of digital forensics\nClosed by HMICFRS (per "
     "2022 list)",
     "HMICFRS closed on portal – 2022 definitive list",
     [], "not_on_hmicfrs_list",
     "A PEEL 2018/19 AFI on the digital forensics backlog; the 2024 list holds no such item "
     "(the card itself says HMICFRS closed it in 2022)."),
    (D(2023, 9, 29), "crime", "NAT",
     "Stolen Freedom R5\nNCRS compliance for MSHT offences; FCR audit capacity\nLead: Force "
     "Crime Registrar",
     "Closed at FIB 12/09/23 – submitted 15/09/23",
     ["sf_5"], "in_sync",
     "Stolen freedom NCRS/crime registrar audit rec. Archived (done); HMICFRS Complete: both "
     "closed."),
    (D(2024, 3, 28), "crime", "COC",
     "PEEL Effectiveness 2016 – CAUSE OF CONCERN\nMissing & absent children – risk "
     "assessment / grading\nLead: D/Supt Public Protection",
     "Closed at FIB 05/03/24 – submitted 08/03/24",
     ["e16_coc"], "in_sync",
     "PEEL effectiveness 2016 cause of concern on missing and absent children. Archived; "
     "HMICFRS Complete: both closed."),
    (D(2024, 3, 28), "crime", "REC",
     "PEEL Effectiveness 2016 rec\nMissing children: call takers use missing/absent "
     "correctly; CSE risk factors; supervisors' oversight\nLead: D/Supt Public Protection",
     "Closed at FIB 05/03/24 – submitted 08/03/24",
     ["e16_rec"], "in_sync",
     "The recommendation under that cause of concern (three bullets named). Archived; HMICFRS "
     "Complete: both closed."),
    (D(2024, 6, 28), "corp", "AFI",
     "PEEL 21/22 AFI\nAccurate data & analysis for performance management\nLead: Head of "
     "Corporate Development",
     "HMICFRS closed on portal 30/05/24",
     ["q_data"], "in_sync",
     "PEEL 2021/22 AFI on data and analysis. Archived; HMICFRS Complete: both closed."),
]

MISSING = {
    "sas13_1": "No card on the board or archive for the 2013 APP specification rec (it was "
               "addressed to chief constables and the College; never carded). HMICFRS has it "
               "Complete, so low risk, but it is on one list only.",
    "core_2": "No card for recording and evaluating crime prevention/disruption activity "
              "(Core Business 2014 rec 2); only rec 1 (THR criteria) was migrated. HMICFRS: "
              "Awaiting review - nobody owns it.",
    "picture": "No card for the Building the picture (information management) rec. HMICFRS: "
               "Awaiting review.",
    "ef15_1": "No card for the PEEL efficiency 2015 demand AFI (only AFIs 2 and 3 were carded). "
              "HMICFRS: Superseded.",
    "p18_2": "No card for the PEEL 2018/19 supervision-of-investigations AFI. HMICFRS: Being "
             "progressed - open and unowned.",
    "v_ocsa": "No card for the PEEL 2023-25 AFI on managing offenders involved in online child "
              "sexual abuse (the other six PEEL 2023-25 AFIs are carded). Awaiting review.",
}

# ---------------------------------------------------------------------------------------
# Consistency checks of my own labels (not a tool): categories follow from the statuses.
# ---------------------------------------------------------------------------------------


def expected(hm_status, force_done):
    hm_closed = hm_status in HM_CLOSED
    if hm_closed and force_done:
        return "in_sync"
    if not hm_closed and not force_done:
        return "in_sync"
    return "closeable_submit" if force_done else "closeable_local"


def check_labels():
    by_key = {}
    for c in CARDS:
        for k in c["keys"]:
            by_key.setdefault(k, []).append(("board", c["col"] in DONE_COLS, c["category"]))
    for a in ARCHIVE:
        for k in a[5]:
            by_key.setdefault(k, []).append(("archive", True, a[6]))
    for k in H:
        parts = by_key.get(k)
        if k in MISSING:
            assert not parts, k
            continue
        assert parts, f"HMICFRS item {k} has no force row and is not listed missing"
        cats = {p[2] for p in parts}
        assert len(cats) == 1, (k, cats)
        cat = cats.pop()
        done = all(p[1] for p in parts)
        if cat != "conflict":
            assert cat == expected(H[k]["status"], done), (k, cat, H[k]["status"], done)


check_labels()

# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------


def props(wb, title):
    wb.set_properties({
        "title": title, "author": "", "company": "", "comments": "",
        "created": FIXED,
    })
    wb.set_calc_mode("auto")


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                         "strings_to_formulas": False,
                                         "strings_to_urls": False})
    props(wb, "HMICFRS definitive list")
    ws = wb.add_worksheet(H_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 13})
    note = wb.add_format({"italic": True})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS – recommendations and areas for improvement held against "
                   "Bedfordshire Police", bold)
    ws.write(1, 0, "Definitive list issued to the force liaison lead on 30/09/2024. Includes "
                   "items closed since the last list (status date from 01/04/2024).", note)
    cols = ["ID", "Force", "Report", "Published", "Type",
            "Recommendation / area for improvement", "Status", "Status date"]
    widths = [8, 18, 42, 11, 22, 90, 18, 11]
    for c, (name, w) in enumerate(zip(cols, widths)):
        ws.write(H_HEADER_ROW - 1, c, name, head)
        ws.set_column(c, c, w)
    for it in H.values():
        r = it["row"] - 1
        ws.write_number(r, 0, it["ref"], cell)
        ws.write_string(r, 1, "Bedfordshire Police", cell)
        ws.write_string(r, 2, it["report"], cell)
        ws.write_datetime(r, 3, dt.datetime.combine(it["published"], dt.time()), date)
        ws.write_string(r, 4, it["type"], cell)
        ws.write_string(r, 5, it["text"], cell)
        ws.write_string(r, 6, it["status"], cell)
        ws.write_datetime(r, 7, dt.datetime.combine(it["status_date"], dt.time()), date)
    ws.write(H_FOOTER_ROW - 1, 0, f"{len(H)} items. OFFICIAL – not for onward circulation.",
             note)
    ws.autofilter(H_HEADER_ROW - 1, 0, H_LAST_ROW - 1, len(cols) - 1)
    ws.freeze_panes(H_HEADER_ROW, 0)
    wb.close()


def layout_board():
    """Place cards: per lane a banner row, then slot rows (card k of every column on the
    k-th slot row), then one blank spacer row. Returns rows info (1-based Excel rows)."""
    rows = {"title": 1, "note": 2, "blank": [3], "header": 4, "counts": 5}
    r = 6
    banners, spacers, placed = {}, [], []
    for lane, _label in LANES:
        banners[lane] = r
        r += 1
        cols = OrderedDict((c, []) for c in STAGES)
        for cd in CARDS:
            if cd["lane"] == lane:
                cols[cd["col"]].append(cd)
        height = max(len(v) for v in cols.values())
        for c, lst in cols.items():
            for k, cd in enumerate(lst):
                cd["row"] = r + k
                placed.append(cd)
        r += height
        spacers.append(r)
        r += 1
    rows["banners"] = banners
    rows["spacers"] = spacers
    rows["footnote"] = r
    return rows


BOARD_NOTES = {
    # (lane, slot index) -> note written in column L, beside the board
    ("legacy", 0): "Legacy cards: owners still to be agreed – FIB action 24/031 (JH)",
    ("lp", 0): "Firearms licensing cards moved here from ACC Ops lane 03/2023",
    ("crime", 2): "CDI R1 split into 3 cards at FIB 11/2023 (too big for one)",
}


def write_tracker(path):
    rows = layout_board()
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                         "strings_to_formulas": False,
                                         "strings_to_urls": False})
    props(wb, "HMICFRS Improvement Board")
    ws = wb.add_worksheet("Board")
    arch = wb.add_worksheet("Closed archive")
    key = wb.add_worksheet("Key")

    title = wb.add_format({"bold": True, "font_size": 16, "font_color": "#1F3864"})
    italic = wb.add_format({"italic": True, "font_size": 9})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "align": "center", "valign": "vcenter",
                          "border": 2})
    cnt = wb.add_format({"italic": True, "font_size": 8, "align": "center",
                         "font_color": "#595959"})
    banner = wb.add_format({"bold": True, "bg_color": "#404040", "font_color": "#FFFFFF",
                            "font_size": 11})
    lane_cell = wb.add_format({"bg_color": "#F2F2F2", "border": 1})
    sticky = wb.add_format({"italic": True, "font_size": 9, "font_color": "#C00000",
                            "text_wrap": True, "valign": "top"})
    card_fmt = {t: wb.add_format({"bg_color": col, "text_wrap": True, "valign": "top",
                                  "font_size": 9, "border": 1, "border_color": "#7F7F7F"})
                for t, col in FILL.items()}

    ws.write(0, 0, "HMICFRS IMPROVEMENT BOARD – Bedfordshire Police – Force Improvement Team",
             title)
    ws.write(1, 0, "Stand-up Tuesdays 09:30 (HQ room 2.14 / Teams). Move cards by CUT & PASTE, "
                   "never copy. One card = one HMICFRS item (or part of one). Board last tidied "
                   "01/10/2024 (JH). Colours and columns: see Key tab.", italic)
    ws.write(rows["header"] - 1, 0, "Portfolio lane", head)
    for i, (c, name) in enumerate(STAGES.items()):
        ws.write(rows["header"] - 1, 1 + i, name, head)
        ws.write(rows["counts"] - 1, 1 + i, STALE_COUNTS[c], cnt)
    ws.set_column(0, 0, 16)
    ws.set_column(1, 9, 30)
    ws.set_column(10, 10, 3)
    ws.set_column(11, 11, 34)
    ws.set_row(rows["header"] - 1, 32)

    for lane, label in LANES:
        br = rows["banners"][lane] - 1
        ws.merge_range(br, 0, br, 9, label, banner)
    slot_rows = sorted({cd["row"] for cd in CARDS})
    for r in slot_rows:
        ws.set_row(r - 1, 78)
        ws.write_blank(r - 1, 0, None, lane_cell)
    for cd in CARDS:
        col = 1 + list(STAGES).index(cd["col"])
        ws.write_string(cd["row"] - 1, col, cd["text"], card_fmt[cd["colour"]])
    for (lane, k), text in BOARD_NOTES.items():
        first = rows["banners"][lane] + 1
        ws.write_string(first + k - 1, 11, text, sticky)
    ws.write(rows["footnote"] - 1, 0, "Older closed cards: see 'Closed archive' tab (cut there "
                                      "each quarter end).", italic)
    ws.freeze_panes(rows["counts"], 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)

    # archive tab
    ahead = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    adate = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    atext = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    arch.write(0, 0, "Cards cut from the CLOSED column at each quarter end (oldest first)",
               wb.add_format({"bold": True, "font_size": 12}))
    for c, (name, w) in enumerate([("Archived", 11), ("Card", 48), ("Lane", 16),
                                   ("Closure route", 40)]):
        arch.write(1, c, name, ahead)
        arch.set_column(c, c, w)
    lane_short = {"legacy": "Legacy", "dcc": "DCC", "crime": "ACC Crime & PP",
                  "lp": "ACC LP & Contact", "corp": "Corporate Services"}
    archive_rows = []
    for i, (when, lane, colour, text, route, _keys, _cat, _why) in enumerate(ARCHIVE):
        r = 2 + i
        arch.write_datetime(r, 0, dt.datetime.combine(when, dt.time()), adate)
        arch.write_string(r, 1, text, card_fmt[colour])
        arch.write_string(r, 2, lane_short[lane], atext)
        arch.write_string(r, 3, route, atext)
        arch.set_row(r, 48)
        archive_rows.append(r + 1)
    arch.freeze_panes(2, 0)

    # key tab
    kb = wb.add_format({"bold": True})
    key.set_column(0, 0, 30)
    key.set_column(1, 1, 90)
    key.write(0, 0, "KEY – how to read the board", wb.add_format({"bold": True,
                                                               "font_size": 13}))
    key.write(2, 0, "Card colour", kb)
    key.write(2, 1, "What the card is", kb)
    legend = [("AFI", "Area for improvement (AFI)"), ("REC", "Recommendation"),
              ("COC", "Cause of concern"), ("NAT", "National / all-forces recommendation"),
              ("OTHER", "Not from HMICFRS (internal audit, IOPC, force's own actions)")]
    for i, (t, text) in enumerate(legend):
        key.write(3 + i, 0, "", card_fmt[t])
        key.write(3 + i, 1, text)
    key.write(9, 0, "Column", kb)
    key.write(9, 1, "Meaning", kb)
    meanings = [
        ("BACKLOG", "No work started, or no owner yet"),
        ("PLANNING", "Owner agreed; delivery plan being written"),
        ("IN PROGRESS", "Actions being delivered"),
        ("EVIDENCE OF IMPACT", "Actions delivered; gathering evidence that the change has "
                               "worked. NOT complete yet"),
        ("READY FOR FIB SIGN-OFF", "Lead says complete; evidence pack with FIT for the Force "
                                   "Improvement Board"),
        ("SUBMITTED TO HMICFRS", "Signed off at FIB; closure evidence sent to HMICFRS"),
        ("CLOSED ✔", "Signed off and closed on our side (see card for HMICFRS decision)"),
        ("ON HOLD", "Paused by FIB (still open)"),
        ("NOT FOR FORCE (WHITE)", "FIB agreed delivery sits with another body (HO, NPCC, CoP)"),
    ]
    for i, (c, m) in enumerate(meanings):
        key.write(10 + i, 0, c)
        key.write(10 + i, 1, m)
    key.write(20, 0, "Counting rule", kb)
    key.write(20, 1, "For the JAC return, cards from READY FOR FIB SIGN-OFF rightwards, and every "
                     "card on the Closed archive tab, count as complete.")
    key.write(22, 0, "Card layout", kb)
    key.write(22, 1, "Line 1 report + ref; line 2 what it asks (our words); line 3 lead / due / "
                     "notes. From Jun-24 the HMICFRS portal ID goes at the start of line 1.")
    wb.close()
    return rows, archive_rows


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_hmicfrs(OUT / "hmicfrs.xlsx")
    rows, archive_rows = write_tracker(OUT / "tracker.xlsx")

    truth = []
    for cd in CARDS:
        fr = f"Board!{cd['row']}"
        if not cd["keys"]:
            truth.append(("", fr, cd["category"], cd["why"]))
        for k in cd["keys"]:
            truth.append((f"{H_SHEET}!{H[k]['row']}", fr, cd["category"], cd["why"]))
    for a, r in zip(ARCHIVE, archive_rows):
        fr = f"Closed archive!{r}"
        if not a[5]:
            truth.append(("", fr, a[6], a[7]))
        for k in a[5]:
            truth.append((f"{H_SHEET}!{H[k]['row']}", fr, a[6], a[7]))
    for k, why in MISSING.items():
        truth.append((f"{H_SHEET}!{H[k]['row']}", "", "missing_from_force", why))

    pairs = [(t[0], t[1]) for t in truth if t[0]]
    assert len(pairs) == len(set(pairs)), "two parts of one item share a row"

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = t[1]
        fs = (0 if f.startswith("Board") else 1, int(f.split("!")[1])) if f else (2, 0)
        return (h, fs)

    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    (OUT / "README.md").write_text(readme(rows, archive_rows, truth), encoding="utf-8")


def readme(rows, archive_rows, truth):
    counts = Counter(t[2] for t in truth)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    n_cards = len(CARDS)
    card_rows = sorted({cd["row"] for cd in CARDS})
    multi = Counter(cd["row"] for cd in CARDS)
    busiest = max(multi.values())
    banner_list = ", ".join(f"{rows['banners'][l]} ({lbl.split(' –')[0].split(' (')[0]})"
                            for l, lbl in LANES)
    spacer_list = ", ".join(str(s) for s in rows["spacers"])

    def where(keyname):
        for cd in CARDS:
            if keyname in cd["keys"]:
                return f"Board!{cd['row']} col {cd['col']}"
        for a, r in zip(ARCHIVE, archive_rows):
            if keyname in a[5]:
                return f"Closed archive!{r}"
        return "-"

    def cards_of(keyname):
        out = []
        for cd in CARDS:
            if keyname in cd["keys"]:
                out.append(f"Board!{cd['row']} ({cd['col']}: {STAGE_WORD[cd['col']]})")
        return ", ".join(out)

    def hr(k):
        return f"{H_SHEET}!{H[k]['row']}"

    not_on = [(t[1]) for t in truth if t[2] == "not_on_hmicfrs_list"]
    lines_board = sum(1 for t in truth if t[1].startswith("Board"))
    lines_arch = sum(1 for t in truth if t[1].startswith("Closed archive"))
    return f"""# Case `excel_kanban_board`

## Story

Bedfordshire Police (force side invented; every HMICFRS text is real public wording, Open
Government Licence) set up a small Force Improvement Team (FIT) in 2022. The FIT runs a weekly
stand-up in front of a visual-management board and, for people on Teams, keeps the same board
in an Excel workbook on SharePoint. Since 2022 that workbook *is* the force's HMICFRS tracker:
the old Risk & Assurance register was retired and its still-open rows were typed onto cards in a
LEGACY lane.

So the tracker is a board, not a table. One cell is one card; the **stage is only the column
the card sits in** (BACKLOG … CLOSED, ON HOLD, NOT FOR FORCE); the chief-officer portfolio is a
**swim lane** given by a banner row above its cards; the **type is the card colour** (with the
type usually repeated in words on line 1). Cards in a lane stack from the top of each column,
so one sheet row holds up to {busiest} unrelated cards side by side. Card text is the team's
own sticky-note shorthand (S&S, MSHT, RASSO, VCOP, FAC, STORM, OOCD…), never the HMICFRS
wording, usually three lines: report + number, what it asks, lead / due / note. Two years of
use have added: cards split when an item was too big (CDI R1 in three parts; MSHT R1 in two,
with one bullet never carded), several items put on one card (all four Policing in Austerity
recommendations; the 2013 and 2015 stop and search scrutiny recs; MSHT R3 + R4), a lane
renamed after a restructure, typed WIP counts nobody updates, pencil notes beside the board in
column L, portal IDs on line 1 only for cards made after June 2024 (one mistyped), and a
quarterly habit of cutting CLOSED cards to a **Closed archive** tab. The **Key** tab says how
to read it, including the counting rule the truth relies on: *cards from READY FOR FIB SIGN-OFF
rightwards, and every archived card, count as complete*; EVIDENCE OF IMPACT and ON HOLD are
still open.

The HMICFRS side is an ordinary definitive-list export for the force (30/09/2024), open items
plus those closed since 01/04/2024.

## Files

- `hmicfrs.xlsx`, one sheet `{H_SHEET}`. Row 1 title, row 2 note, row 3 blank, **row {H_HEADER_ROW}
  header**: `ID` (integer register ID), `Force`, `Report`, `Published` (date, dd/mm/yyyy),
  `Type` (Recommendation / Area for improvement / Cause of concern / National recommendation),
  `Recommendation / area for improvement` (real text, curly quotes, `•` bullets, inline `•`
  without spaces, stray footnote digits "and 20", "intelligence 86"), `Status`
  (Awaiting review / Being progressed / Complete / Superseded / No further action required),
  `Status date`. National items are verbatim from the casegen national list / the JAC
  paper; the NCPI custody rec and the CDI victims rec are verbatim from
  `real_recommendations.csv`; the other force-level items are real HMICFRS stems ("The force
  should …", "Within six months the force should …") with real bodies from the casegen lists,
  and two real causes of concern. **Items: rows {H_HEADER_ROW + 1}-{H_LAST_ROW} ({len(H)} items)**, sorted by
  publication date. Row {H_LAST_ROW + 1} blank, row {H_FOOTER_ROW} footer. Autofilter, frozen
  header.
- `tracker.xlsx`, three sheets, written by XlsxWriter (strings are strings, dates are real
  dates):
  - `Board`: row 1 title, row 2 instructions, row 3 blank, **row {rows['header']} header**: A
    `Portfolio lane`, B `BACKLOG (not started / no owner)` (with a line break), C `PLANNING`, D
    `IN PROGRESS`, E `EVIDENCE OF IMPACT`, F `READY FOR FIB SIGN-OFF`, G `SUBMITTED TO
    HMICFRS`, H `CLOSED ✔`, I `ON HOLD`, J `NOT FOR FORCE (WHITE)`. Row {rows['counts']}: stale
    typed counts ("WIP limit 12 (now 19!)"). Lane banner rows (merged A:J): {banner_list}.
    Blank spacer rows after each lane: {spacer_list}. Card rows: {', '.join(map(str, card_rows))}
    ({n_cards} cards). Column A of card rows is empty (the lane is only in the banner above).
    Column L holds three pencil notes on card rows. Row {rows['footnote']}: a pointer to the
    archive tab. Frozen at B{rows['counts'] + 1}.
  - `Closed archive`: row 1 title, **row 2 header** `Archived` (date), `Card` (the card text,
    coloured as on the board), `Lane`, `Closure route`; **items rows {archive_rows[0]}-{archive_rows[-1]}**
    ({len(ARCHIVE)} cards).
  - `Key`: legend only (colours, column meanings, counting rule, card layout). No items.

## What the layout brings (row numbers as Excel shows them)

1. **Status by position.** No cell says a card's status; the column does. A card in
   `Board` column H is done, the same words in column D are open. The Key's counting rule makes
   F, G, H, J and the archive done; B, C, D, E, I open. Examples: {where('core_1')}
   (Core Business, closed at FIB) vs HMICFRS Being progressed → closeable_submit; EVIDENCE OF
   IMPACT cards (e.g. CDI R2 at {where('cdi_2')}) are open.
2. **Many items per row.** A card row holds up to {busiest} cards from different reports; each
   card is its own truth line with the same `force_row`. {lines_board} truth lines come from the
   Board, on {len(card_rows)} rows.
3. **Lane only in a banner row**, merged over A:J; the cells beside a card say nothing about
   its owner apart from the card's own "Lead:" line.
4. **Type by colour** (yellow AFI, orange recommendation, red cause of concern, blue national,
   grey not HMICFRS) and usually in words on line 1.
5. **Two item tables in one workbook**: the board and the flat `Closed archive` list (different
   columns, header on row 2), both holding items; the `Key` sheet holds none.
6. **Sticky-note wording**: every card is a shorthand paraphrase; the report is named the
   team's way ("Targeting the Risk 2015 R5", "PEEL Legit 17 S&S rec 2", "Police powers
   spotlight (Feb 21) R1", "NCPI 2017", "PEEL 23/25"). Card numbers (R5, AFI 2) are the team's
   own running numbers, not HMICFRS references; only the `ID nnnnn` / `(8548)` tags on line 1
   are register IDs.

## Traps and how the truth decides them

- **Split items** (one `hmicfrs_row`, several force rows, done only when every part is done):
  CDI 2019 rec 1 ({hr('cdi_1')}) is on three cards: {cards_of('cdi_1')}. All five bullets are
  covered, one part is still IN PROGRESS, so the item is open; HMICFRS Being progressed →
  three `in_sync` lines. Stolen freedom rec 1 ({hr('sf_1')}) is on two cards:
  {cards_of('sf_1')}, covering bullets 1, 2 and 4; bullet 3 (partnership arrangements) is on no
  card → both lines `conflict` (missing bullet).
- **Several items on one card** (one force row, one line per item): Policing in Austerity
  (four recs, {where('aust_1')}, ON HOLD; HMICFRS No further action required → four
  `closeable_local`); stop and search 2013 rec 3 + 2015 ({where('sas13_3')}, SUBMITTED; both
  Being progressed → two `closeable_submit`); MSHT R3 + R4 ({where('sf_3')}, SUBMITTED; both
  Awaiting review → two `closeable_submit`).
- **Wrong ID on a card**: the HBA training card ({where('v_hba')}) says `ID 30416`, which is the
  speak-up AFI ({hr('v_speak')}, carded correctly at {where('v_speak')}). The text decides:
  the card is 30415 ({hr('v_hba')}) → `conflict` (reference). An ID lookup alone would pair it
  with the wrong item.
- **Wrong report**: the team-cultures card ({where('q_cult')}) says "PEEL 23/25"; the only
  HMICFRS culture item is PEEL 2021/22 ({hr('q_cult')}) → `conflict` (report).
- **Wrong type**: the vetting-clearance card ({where('q_rec')}) says AFI and is yellow; HMICFRS
  has a Recommendation ({hr('q_rec')}) → `conflict` (type). The vetting cause of concern beside
  it ({where('q_coc')}) is red and agrees → `in_sync`.
- **Timescale / deadline**: firearms rec 5 card says "Within 6 months", HMICFRS "Within three
  months" ({where('fire_5')} ↔ {hr('fire_5')}); police powers R1 card says "by July 2021",
  HMICFRS "By July 2022" ({where('pow_1')} ↔ {hr('pow_1')}; R2, whose deadline really is July
  2021, has its own card at {where('pow_2')}) → both `conflict`.
- **Near-identical HMICFRS texts**: stop and search 2013 rec 3 and 2015 rec 1 differ by a few
  words; the card names both, so both pair with it.
- **NOT FOR FORCE (WHITE)** is done per the Key: police powers R4 (Home Office/NPCC data,
  {where('pow_4')}) vs HMICFRS Awaiting review → `closeable_submit` (ask HMICFRS to close it).
- **Closed locally, still open at HMICFRS**: Core Business rec 1 (CLOSED column) and PEEL
  Efficiency 2015 AFI 3 (archived 2023) → `closeable_submit`.
- **Open on the board, closed at HMICFRS** → `closeable_local`: Everyone's business (Superseded),
  PEEL 2018/19 county lines (Superseded), the four Austerity recs (NFA), CDI rec 2 (Complete,
  card in EVIDENCE OF IMPACT), firearms 'total expired' (Complete), police powers R5 (Complete).
- **Not HMICFRS items** (grey cards or self-declared): internal audit vetting action, DA problem
  profile force action, IOPC custody learning, and an archived PEEL 2018/19 DFU card that the
  card itself says HMICFRS closed in 2022 → `not_on_hmicfrs_list` ({', '.join(not_on)}).
- **Missing from the force**: six HMICFRS items have no card anywhere: {', '.join(hr(k) for k in MISSING)}.
  Two are closed at HMICFRS (2013 APP rec Complete, 2015 demand AFI Superseded) and are still
  `missing_from_force`: on one list only.
- No `review` lines: every pair is decidable by report + wording on the card.

## Counts (truth lines)

| category | lines |
|---|---|
{count_lines}
| **total** | **{len(truth)}** |

{len(H)} HMICFRS items (each at least once); {n_cards} board cards + {len(ARCHIVE)} archive cards =
{n_cards + len(ARCHIVE)} force item cells ({lines_board} lines from the Board, {lines_arch} from
the archive; cards holding several items give one line per item).

## Rows that are not items

- `hmicfrs.xlsx` `{H_SHEET}`: 1 (title), 2 (note), 3 (blank), {H_HEADER_ROW} (header),
  {H_LAST_ROW + 1} (blank), {H_FOOTER_ROW} (footer "{len(H)} items. OFFICIAL…").
- `tracker.xlsx` `Board`: 1 (title), 2 (instructions), 3 (blank), {rows['header']} (header),
  {rows['counts']} (stale typed counts), lane banners {', '.join(str(rows['banners'][l]) for l, _ in LANES)},
  blank spacers {spacer_list}; {rows['footnote']} (pointer to archive). Column L notes sit on card
  rows ({', '.join(str(rows['banners'][l] + 1 + k) for (l, k) in BOARD_NOTES)}) and are not items; those
  rows are items only because of their cards.
- `tracker.xlsx` `Closed archive`: 1 (title), 2 (header).
- `tracker.xlsx` `Key`: the whole sheet (legend).

## Checks run

- Builder self-check: every HMICFRS item has a force card or a `missing_from_force` line;
  every split item has one category on all its lines; every non-conflict category equals the
  rule (HMICFRS open/closed × force stage open/done per the Key).
- Coverage: every Board cell holding a card and every archive row appears in `truth.csv`
  (one line per item it holds); every HMICFRS item row appears at least once; no non-item row
  appears.
- Files read back with pandas (`read_excel`, `header=None`) and openpyxl (cell by cell,
  merged ranges, fills); row numbers in the truth checked against the cell contents.
- Two builds compared byte for byte (sha256 of all four files identical).
- The tool was not read, imported or run.
"""


if __name__ == "__main__":
    main()
